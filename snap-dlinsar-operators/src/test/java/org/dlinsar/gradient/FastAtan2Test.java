package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastAtan2Test {

  private static float[] atan2(float[] y, float[] x) {
    float[] angle = new float[y.length];
    FastAtan2.atan2(y, x, angle);
    return angle;
  }

  @Test
  void agreesWithMathAtan2Within1e6RadAllAroundTheCircle() {
    double[] radii = {1e-20, 1e-3, 1, 7.5, 1e20};
    int steps = 100_000;
    float[] x = new float[steps * radii.length];
    float[] y = new float[x.length];
    for (int k = 0; k < steps; k++) {
      double angle = -Math.PI + 2 * Math.PI * k / steps + 1e-9;
      for (int r = 0; r < radii.length; r++) {
        x[k * radii.length + r] = (float) (radii[r] * Math.cos(angle));
        y[k * radii.length + r] = (float) (radii[r] * Math.sin(angle));
      }
    }
    float[] angle = atan2(y, x);
    double worst = 0;
    for (int i = 0; i < x.length; i++) {
      worst = Math.max(worst, Math.abs(angle[i] - Math.atan2(y[i], x[i])));
    }
    assertTrue(worst < 1e-6, "worst error " + worst);
  }

  @Test
  void agreesOnRandomComplexSamples() {
    SplittableRandom random = new SplittableRandom(3);
    float[] x = new float[100_000];
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      double scale = Math.exp(10 * random.nextGaussian());
      x[i] = (float) (scale * random.nextGaussian());
      y[i] = (float) (scale * random.nextGaussian());
    }
    float[] angle = atan2(y, x);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Math.atan2(y[i], x[i]), angle[i], 1e-6, "at (" + x[i] + ", " + y[i] + ")");
    }
  }

  @Test
  void handlesAxesAndGivesNaNWhereThereIsNoPhase() {
    float[] x = {2f, 0f, 0f, -2f, -2f, 0f, -0f, Float.NaN, 1f, Float.POSITIVE_INFINITY};
    float[] y = {0f, 2f, -2f, 0f, -0f, 0f, 0f, 1f, Float.NaN, 1f};
    float[] angle = atan2(y, x);
    assertEquals(0, angle[0], 1e-6);
    assertEquals(Math.PI / 2, angle[1], 1e-6);
    assertEquals(-Math.PI / 2, angle[2], 1e-6);
    assertEquals(Math.PI, angle[3], 1e-6);
    assertEquals(Math.PI, angle[4], 1e-6, "either sign of zero is the negative real axis");
    for (int i = 5; i < x.length; i++) {
      assertTrue(Float.isNaN(angle[i]), "NaN at (" + x[i] + ", " + y[i] + "), got " + angle[i]);
    }
  }

  @Test
  void rejectsMismatchedOrSharedArrays() {
    float[] a = new float[3];
    assertThrows(IllegalArgumentException.class, () -> FastAtan2.atan2(a, new float[3], a));
    assertThrows(IllegalArgumentException.class,
        () -> FastAtan2.atan2(new float[3], new float[2], new float[3]));
  }
}
