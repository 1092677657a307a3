package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WrappedGradientTest {

  private static final int W = 7;
  private static final int H = 5;

  /** A unit-amplitude tile with phase a x + b y, wrapped by cos/sin. */
  private static float[][] ramp(double a, double b) {
    float[] re = new float[W * H];
    float[] im = new float[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double phase = a * x + b * y;
        re[y * W + x] = (float) Math.cos(phase);
        im[y * W + x] = (float) Math.sin(phase);
      }
    }
    return new float[][] {re, im};
  }

  private static float[][] gradients(float[][] z, float[] mask) {
    float[] az = new float[W * H];
    float[] rg = new float[W * H];
    WrappedGradient.compute(z[0], z[1], mask, W, H, az, rg);
    return new float[][] {az, rg};
  }

  @Test
  void linearRampGivesItsSlopeInTheInterior() {
    float[][] g = gradients(ramp(0.7, -1.2), null);
    for (int y = 1; y < H - 1; y++) {
      for (int x = 1; x < W - 1; x++) {
        assertEquals(-1.2f, g[0][y * W + x], 2e-6f, "azimuth at " + x + "," + y);
        assertEquals(0.7f, g[1][y * W + x], 2e-6f, "range at " + x + "," + y);
      }
    }
  }

  @Test
  void rampSteeperThanHalfPiPerPixelWraps() {
    // Over two pixels a slope s advances 2 s, seen as 2 s wrapped into (-pi, pi], halved.
    float[][] g = gradients(ramp(2.0, 3.5), null);
    int centre = 2 * W + 3;
    assertEquals((float) ((4.0 - 2 * Math.PI) / 2), g[1][centre], 2e-6f);
    assertEquals((float) ((7.0 - 2 * Math.PI) / 2), g[0][centre], 2e-6f);
  }

  @Test
  void bordersAreNaNAlongTheAxisThatLacksANeighbour() {
    float[][] g = gradients(ramp(0.1, 0.1), null);
    assertTrue(Float.isNaN(g[0][3]), "azimuth on the first row");
    assertTrue(Float.isNaN(g[1][W]), "range on the first column");
    assertEquals(0.1f, g[1][3], 1e-6f);
    assertEquals(0.1f, g[0][W], 1e-6f);
  }

  @Test
  void nanOrZeroNeighbourGivesNaN() {
    float[][] z = ramp(0.3, 0.3);
    int centre = 2 * W + 3;
    z[0][centre + 1] = Float.NaN;
    z[0][centre - W] = 0f;
    z[1][centre - W] = 0f;
    float[][] g = gradients(z, null);
    assertTrue(Float.isNaN(g[1][centre]));
    assertTrue(Float.isNaN(g[0][centre]));
    assertEquals(0.3f, g[1][centre + W], 1e-6f);
  }

  @Test
  void maskedPixelOrNeighbourGivesNaN() {
    float[] mask = new float[W * H];
    java.util.Arrays.fill(mask, 1f);
    int centre = 2 * W + 3;
    mask[centre] = 0f;
    mask[centre + W + 2] = Float.NaN;
    float[][] g = gradients(ramp(0.3, 0.3), mask);
    assertTrue(Float.isNaN(g[0][centre]) && Float.isNaN(g[1][centre]), "masked pixel");
    assertTrue(Float.isNaN(g[1][centre + 1]), "pixel whose left neighbour is masked");
    assertTrue(Float.isNaN(g[0][centre + 2]), "pixel whose lower neighbour is NaN-masked");
    assertEquals(0.3f, g[0][centre + 1], 1e-6f);
  }

  @Test
  void amplitudeDoesNotChangeTheGradient() {
    float[][] z = ramp(0.5, 0.25);
    for (int i = 0; i < z[0].length; i++) {
      z[0][i] *= 1 + i;
      z[1][i] *= 1 + i;
    }
    float[][] g = gradients(z, null);
    assertEquals(0.5f, g[1][2 * W + 3], 2e-6f);
    assertEquals(0.25f, g[0][2 * W + 3], 2e-6f);
  }

  @Test
  void halfWrappedRoundsTurnsAsRintDoes() {
    SplittableRandom random = new SplittableRandom(5);
    float twoPi = (float) (2 * Math.PI);
    float[] differences = new float[10_003];
    for (int i = 0; i < 10_000; i++) {
      differences[i] = (float) ((random.nextDouble() * 2 - 1) * 2 * Math.PI);
    }
    differences[10_000] = twoPi / 2;  // ties: half a turn either way
    differences[10_001] = -twoPi / 2;
    differences[10_002] = 0f;
    for (float d : differences) {
      float expected = 0.5f * (d - twoPi * (float) Math.rint(d / twoPi));
      assertEquals(expected, WrappedGradient.halfWrapped(d), 1e-6f, "at " + d);
      assertTrue(Math.abs(WrappedGradient.halfWrapped(d)) <= Math.PI / 2 + 1e-6, "at " + d);
    }
  }

  /**
   * Every gradient is its definition to the bit, NaN wherever the pixel or a neighbour it uses is
   * missing or lies beyond the tile, on random phases with holes: however the loops are arranged
   * for speed, the gradients stay the same.
   */
  @Test
  void everyGradientIsItsDefinitionToTheBit() {
    int w = 23;
    int h = 17;
    SplittableRandom random = new SplittableRandom(3);
    float[] re = new float[w * h];
    float[] im = new float[w * h];
    for (int i = 0; i < re.length; i++) {
      double phase = random.nextDouble(-Math.PI, Math.PI);
      re[i] = i % 29 == 0 ? Float.NaN : (float) Math.cos(phase);
      im[i] = i % 31 == 0 ? 0f : (float) Math.sin(phase);
      if (i % 31 == 0) {
        re[i] = 0f;
      }
    }
    float[] az = new float[w * h];
    float[] rg = new float[w * h];
    WrappedGradient.compute(re, im, null, w, h, az, rg);

    float[] phase = new float[w * h];
    FastAtan2.atan2(im, re, phase);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        boolean own = !Float.isNaN(phase[i]);
        float azimuth = own && y > 0 && y < h - 1 && !Float.isNaN(phase[i - w])
            && !Float.isNaN(phase[i + w]) ? WrappedGradient.halfWrapped(phase[i + w] - phase[i - w])
            : Float.NaN;
        float range = own && x > 0 && x < w - 1 && !Float.isNaN(phase[i - 1])
            && !Float.isNaN(phase[i + 1]) ? WrappedGradient.halfWrapped(phase[i + 1] - phase[i - 1])
            : Float.NaN;
        assertEquals(Float.floatToIntBits(azimuth), Float.floatToIntBits(az[i]),
            "azimuth at (" + x + ", " + y + ")");
        assertEquals(Float.floatToIntBits(range), Float.floatToIntBits(rg[i]),
            "range at (" + x + ", " + y + ")");
      }
    }
  }

  @Test
  void rejectsArraysOfTheWrongLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WrappedGradient.compute(new float[6], new float[6], null, 2, 3, new float[6],
            new float[5]));
    assertTrue(e.getMessage().contains("range 5"), e.getMessage());
  }
}
