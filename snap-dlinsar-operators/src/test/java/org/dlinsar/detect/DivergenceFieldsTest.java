package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The divergence fields peak on a blob of phase, with its sign, wrapped or not. */
class DivergenceFieldsTest {

  private static final int W = 64;
  private static final int H = 64;

  @Test
  void theStackedGradientsDivergencePeaksOnAPositiveBlobAsMinusItsLaplacian() {
    double[] rate = new double[W * H];
    for (int i = 0; i < rate.length; i++) {
      rate[i] = ArrayFields.blob(i % W, i / W, 32, 30, 5, 10);
    }
    float[][] stack = ArrayFields.gradientStack(rate, W, H, 0, 1);
    float[] d = new float[W * H];
    new StackedGradientDivergence(ArrayFields.rates(stack[0], stack[1], stack[2], W), W, H)
        .fill(0, 0, W, H, d);

    int peak = argMax(d);
    assertEquals(32, peak % W);
    assertEquals(30, peak / W);
    // -Laplacian at the centre of A exp(-r^2 / 2 s^2) is 2 A / s^2 (steps of two pixels: close)
    assertEquals(2 * 10 / 25.0, d[peak], 0.05);
  }

  @Test
  void pixelsWithoutARateWeighNothing() {
    float[] az = new float[W * H];
    float[] rg = new float[W * H];
    float[] weight = new float[W * H];
    java.util.Arrays.fill(az, Float.NaN);
    java.util.Arrays.fill(rg, Float.NaN);
    float[] d = new float[W * H];
    new StackedGradientDivergence(ArrayFields.rates(az, rg, weight, W), W, H).fill(0, 0, W, H, d);
    for (float v : d) {
      assertEquals(0f, v, 0f);
    }
  }

  @Test
  void theFringeDivergenceOfAWrappedBowlPeaksAtItsCentreThroughSeveralFringes() {
    double[] phase = new double[W * H];
    for (int i = 0; i < phase.length; i++) {
      phase[i] = ArrayFields.blob(i % W, i / W, 30, 34, 8, 20); // over three fringes
    }
    float[][] ifg = ArrayFields.interferogram(phase, 0.3, 5);
    DivergenceRows field = new FringeDivergence(ArrayFields.samples(ifg[0], ifg[1], W), W, H);
    float response = PointResponse.at(field, 30, 34, 3);
    float beside = PointResponse.at(field, 55, 8, 3);

    assertTrue(response > 0, "response " + response);
    assertTrue(response > 10 * Math.abs(beside), "bowl " + response + ", beside " + beside);
  }

  /**
   * The fringe field does not depend on the rectangle asked: a frame taller than the bands it is
   * computed in, filled at once, equals its rows filled a few at a time.
   */
  @Test
  void theFringeDivergenceOfAFrameIsThatOfItsPieces() {
    int w = 50;
    int h = 300;
    double[] phase = new double[w * h];
    for (int i = 0; i < phase.length; i++) {
      phase[i] = ArrayFields.blob(i % w, i / w, 25, 140, 9, 25);
    }
    float[][] ifg = ArrayFields.interferogram(phase, 0.5, 9);
    DivergenceRows field = new FringeDivergence(ArrayFields.samples(ifg[0], ifg[1], w), w, h);
    float[] whole = new float[w * h];
    field.fill(0, 0, w, h, whole);
    for (int y0 = 0; y0 < h; y0 += 7) {
      int rows = Math.min(7, h - y0);
      float[] piece = new float[w * rows];
      field.fill(0, y0, w, rows, piece);
      for (int i = 0; i < piece.length; i++) {
        assertEquals(whole[y0 * w + i], piece[i], 0f, "row " + (y0 + i / w) + ", column " + i % w);
      }
    }
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
