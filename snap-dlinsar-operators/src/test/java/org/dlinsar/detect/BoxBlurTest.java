package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoxBlurTest {

  @ParameterizedTest(name = "radius {0}")
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void spreadsAPointLikeAGaussianOfItsSigmaKeepingItsSum(int radius) {
    int size = 12 * radius + 9;
    float[] in = new float[size * size];
    int c = size / 2;
    in[c * size + c] = 1f;
    float[] out = new float[in.length];
    BoxBlur.smooth(in, out, new float[in.length], new float[in.length], size, size, radius);

    double sum = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double v = out[y * size + x];
        sum += v;
        varianceX += v * (x - c) * (x - c);
        varianceY += v * (y - c) * (y - c);
      }
    }
    double sigma = BoxBlur.sigma(radius);
    assertEquals(1, sum, 1e-5);
    assertEquals(sigma * sigma, varianceX, 1e-3 * sigma * sigma);
    assertEquals(sigma * sigma, varianceY, 1e-3 * sigma * sigma);
  }

  /**
   * The scan transposes its strip once for all scales, padded for the largest: each scale's
   * result is that of its own transposition to the bit (its running sums start at the same
   * column), so sharing it changes no detection.
   */
  @Test
  void aStripTransposedOnceForTheLargestScaleSmoothsEveryScaleToTheBit() {
    int width = 53;
    int rows = 47;
    float[] in = new float[width * rows];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < in.length; i++) {
      in[i] = (float) random.nextGaussian();
    }
    int pad = BoxBlur.reach(5);
    float[] t = new float[(width + 2 * pad) * rows];
    BoxBlur.transpose(in, width, rows, t, pad);
    float[] transposedCopy = t.clone();
    for (int radius : new int[] {2, 3, 5}) {
      float[] own = new float[in.length];
      BoxBlur.smooth(in, own, new float[in.length], new float[in.length], width, rows, radius);
      float[] shared = new float[in.length];
      BoxBlur.smoothTransposed(t, pad, shared, new float[in.length], new float[in.length],
          new float[t.length], new float[t.length], width, rows, radius);
      assertArrayEquals(own, shared, "radius " + radius);
    }
    assertArrayEquals(transposedCopy, t, "left as it was");
  }

  @Test
  void keepsAConstantAwayFromTheEdgesAndZeroesRowsWhoseSmoothingLeavesTheStrip() {
    int width = 40;
    int rows = 30;
    float[] in = new float[width * rows];
    java.util.Arrays.fill(in, 2.5f);
    float[] out = new float[in.length];
    BoxBlur.smooth(in, out, new float[in.length], new float[in.length], width, rows, 2);

    assertEquals(2.5f, out[15 * width + 20], 1e-5f);
    assertEquals(0f, out[5 * width + 20], 0f); // row 5 < reach 6: incomplete
    // along x the strip's outside counts as 0: the edge column keeps about half
    assertEquals(0.5, out[15 * width] / 2.5, 0.1);
  }
}
