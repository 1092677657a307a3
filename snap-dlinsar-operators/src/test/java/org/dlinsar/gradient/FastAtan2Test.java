package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastAtan2Test {

  @Test
  void agreesWithMathAtan2Within1e6RadAllAroundTheCircle() {
    double worst = 0;
    for (int k = 0; k < 100_000; k++) {
      double angle = -Math.PI + 2 * Math.PI * k / 100_000.0 + 1e-9;
      for (double radius : new double[] {1e-20, 1e-3, 1, 7.5, 1e20}) {
        float x = (float) (radius * Math.cos(angle));
        float y = (float) (radius * Math.sin(angle));
        worst = Math.max(worst, Math.abs(FastAtan2.atan2(y, x) - Math.atan2(y, x)));
      }
    }
    assertTrue(worst < 1e-6, "worst error " + worst);
  }

  @Test
  void agreesOnRandomComplexProducts() {
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 100_000; k++) {
      float x = (float) random.nextGaussian();
      float y = (float) random.nextGaussian();
      assertEquals(Math.atan2(y, x), FastAtan2.atan2(y, x), 1e-6, "at (" + x + ", " + y + ")");
    }
  }

  @Test
  void handlesAxesZeroAndNaN() {
    assertEquals(0f, FastAtan2.atan2(0f, 0f));
    assertEquals(0f, FastAtan2.atan2(0f, 2f), 1e-7);
    assertEquals(Math.PI / 2, FastAtan2.atan2(2f, 0f), 1e-7);
    assertEquals(-Math.PI / 2, FastAtan2.atan2(-2f, 0f), 1e-7);
    assertEquals(Math.PI, FastAtan2.atan2(0f, -2f), 1e-7);
    assertTrue(Float.isNaN(FastAtan2.atan2(Float.NaN, 1f)));
    assertTrue(Float.isNaN(FastAtan2.atan2(1f, Float.NaN)));
  }
}
