package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.gradient.FastAtan2;
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
    float[][] ifg = noisyBowl(); // over three fringes
    DivergenceRows field = new FringeDivergence(ArrayFields.samples(ifg[0], ifg[1], W), W, H);
    float response = PointResponse.at(field, 30, 34, 3);
    float beside = PointResponse.at(field, 55, 8, 3);

    assertTrue(response > 0, "response " + response);
    assertTrue(response > 10 * Math.abs(beside), "bowl " + response + ", beside " + beside);
  }

  @Test
  void anInfiniteSampleDropsOutOfTheFringeFieldAsANaNDoes() {
    // CONTRACT.md section 1: an infinite part is no data; its products were infinite and their
    // window sums NaN, which blanked the divergence around it (a bowl's box moved by two rows)
    float[][] withNaN = noisyBowl();
    float[][] withInfinity = {withNaN[0].clone(), withNaN[1].clone()};
    withNaN[0][36 * W + 31] = Float.NaN;
    withInfinity[0][36 * W + 31] = Float.POSITIVE_INFINITY;
    withInfinity[1][37 * W + 28] = Float.NEGATIVE_INFINITY;
    withNaN[1][37 * W + 28] = Float.NaN;
    assertArrayEquals(fringeDivergence(withNaN[0], withNaN[1]), fringeDivergence(withInfinity[0], withInfinity[1]));
  }

  /**
   * The fringe field is a ratio of the samples' products, so the scale of i and q changes nothing:
   * the bowl at magnitudes 2^40 (1.1e12) and 2^-40 (9e-13) gives the field of magnitude 1, to the
   * bit (powers of two scale floats exactly). In float the products |z|^2 |z'|^2 overflowed above
   * about 4e9 and underflowed below about 1e-10, and either made every fringe's quality 0: a field
   * of zeros, no bowl.
   */
  @Test
  void theFringeDivergenceDoesNotDependOnTheSamplesScale() {
    float[][] ifg = noisyBowl();
    float[] expected = fringeDivergence(ifg[0], ifg[1]);
    assertTrue(PointResponse.at(
        new FringeDivergence(ArrayFields.samples(ifg[0], ifg[1], W), W, H), 30, 34, 3) > 0);
    for (float scale : new float[] {0x1p40f, 0x1p-40f}) {
      float[] re = ifg[0].clone();
      float[] im = ifg[1].clone();
      for (int i = 0; i < re.length; i++) {
        re[i] *= scale;
        im[i] *= scale;
      }
      assertArrayEquals(expected, fringeDivergence(re, im), "samples scaled by " + scale);
    }
  }

  /**
   * One wild sample (a corrupt pixel of 1e30 among unit samples) spoils the field only where its
   * windows reach, not its whole band of rows, as a scale taken from the band's largest sample did.
   */
  @Test
  void oneWildSampleSpoilsTheFringeDivergenceOnlyAroundIt() {
    float[][] ifg = noisyBowl();
    float[] expected = fringeDivergence(ifg[0], ifg[1]);
    ifg[0][4 * W + 4] = 1e30f;
    float[] field = fringeDivergence(ifg[0], ifg[1]);
    int reach = 16;
    int same = 0;
    for (int i = 0; i < field.length; i++) {
      if (Math.max(Math.abs(i % W - 4), Math.abs(i / W - 4)) > reach) {
        assertEquals(expected[i], field[i], 0f, "pixel " + i % W + ", " + i / W);
        same++;
      }
    }
    assertTrue(same > W * H / 2, "most of the frame compared: " + same);
  }

  /** A bowl of 20 rad at (30, 34), sigma 8, in noise of 0.3 rad (seed 5): i and q. */
  private static float[][] noisyBowl() {
    double[] phase = new double[W * H];
    for (int i = 0; i < phase.length; i++) {
      phase[i] = ArrayFields.blob(i % W, i / W, 30, 34, 8, 20);
    }
    return ArrayFields.interferogram(phase, 0.3, 5);
  }

  private static float[] fringeDivergence(float[] re, float[] im) {
    float[] field = new float[W * H];
    new FringeDivergence(ArrayFields.samples(re, im, W), W, H).fill(0, 0, W, H, field);
    return field;
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

  /**
   * The fringe field is its definition (FringeDivergence's class comment) to the bit, computed
   * here pixel by pixel in the order the sums are documented in, on noisy fringes with holes
   * (0 + 0i and NaN samples): however its loops are arranged for speed, the detections measured
   * on it stay those of the README's tables.
   */
  @Test
  void theFringeDivergenceIsItsDefinitionToTheBit() {
    int w = 90;
    int h = 150;
    double[] phase = new double[w * h];
    for (int i = 0; i < phase.length; i++) {
      phase[i] = ArrayFields.blob(i % w, i / w, 40, 70, 12, 30) + 0.2 * (i % w);
    }
    float[][] ifg = ArrayFields.interferogram(phase, 0.6, 11);
    for (int i = 0; i < phase.length; i += 37) {
      ifg[0][i] = i % 2 == 0 ? 0f : Float.NaN;
      ifg[1][i] = i % 2 == 0 ? 0f : Float.NaN;
    }
    // the field shares its work arrays with another interferogram's, which fills first (as the
    // fields of a run share theirs): what that one leaves in them changes nothing
    WorkArrays work = new WorkArrays(FringeDivergence.WORK_ARRAYS);
    float[][] other = ArrayFields.interferogram(new double[w * h], 2.0, 12);
    new FringeDivergence(ArrayFields.samples(other[0], other[1], w), w, h, work)
        .fill(0, 0, w, h, new float[w * h]);
    float[] field = new float[w * h];
    new FringeDivergence(ArrayFields.samples(ifg[0], ifg[1], w), w, h, work)
        .fill(0, 0, w, h, field);

    float[] range = definedRates(ifg[0], ifg[1], w, h, 1, 0);
    float[] azimuth = definedRates(ifg[0], ifg[1], w, h, 0, 1);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        float expected = x < 3 || y < 3 || x >= w - 3 || y >= h - 3 ? 0f
            : -0.5f * ((range[i + 1] - range[i - 1]) + (azimuth[i + w] - azimuth[i - w]));
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(field[i]),
            "row " + y + ", column " + x + ": " + expected + " against " + field[i]);
      }
    }
  }

  /**
   * The quality-weighted fringe rate along (dx, dy) by its definition: sums of the products
   * z(+1) conj(z) over offsets -2 .. 1 along the axis, those sums summed over -2 .. 2 across it,
   * each sum from 0 in the order of its offsets; 0 within 2 pixels of the frame's edge.
   */
  private static float[] definedRates(float[] re, float[] im, int w, int h, int dx, int dy) {
    float[] rates = new float[w * h];
    for (int y = 2; y < h - 2; y++) {
      for (int x = 2; x < w - 2; x++) {
        float sumRe = 0f;
        float sumIm = 0f;
        float sumAbs = 0f;
        for (int across = -2; across <= 2; across++) {
          float alongRe = 0f;
          float alongIm = 0f;
          float alongAbs = 0f;
          for (int along = -2; along <= 1; along++) {
            int px = x + along * dx + across * dy;
            int py = y + along * dy + across * dx;
            float[] b = sample(re, im, w, px, py);
            float[] a = sample(re, im, w, px + dx, py + dy);
            alongRe += a[0] * b[0] + a[1] * b[1];
            alongIm += a[1] * b[0] - a[0] * b[1];
            alongAbs += (float) Math.sqrt((a[0] * a[0] + a[1] * a[1]) * (b[0] * b[0] + b[1] * b[1]));
          }
          sumRe += alongRe;
          sumIm += alongIm;
          sumAbs += alongAbs;
        }
        float[] angle = new float[1];
        FastAtan2.atan2(new float[] {sumIm}, new float[] {sumRe}, angle);
        float quality = sumAbs > 0f ? (float) Math.sqrt(sumRe * sumRe + sumIm * sumIm) / sumAbs : 0f;
        rates[y * w + x] = Float.isNaN(angle[0]) ? 0f : quality * quality * angle[0];
      }
    }
    return rates;
  }

  /** The sample at (x, y), 0 + 0i where it is NaN. */
  private static float[] sample(float[] re, float[] im, int w, int x, int y) {
    int i = y * w + x;
    return Float.isNaN(re[i]) || Float.isNaN(im[i]) ? new float[] {0f, 0f} : new float[] {re[i], im[i]};
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
