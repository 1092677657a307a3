package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradientStackerTest {

  private static final int W = 5;
  private static final int H = 4;
  private static final int N = W * H;
  private static final int INNER = W + 1;

  /** A unit interferogram whose phase is a plane: gradients {@code az} and {@code rg} rad/pixel. */
  private static float[][] ramp(double az, double rg) {
    float[][] z = new float[2][N];
    for (int i = 0; i < N; i++) {
      double phase = az * (i / W) + rg * (i % W);
      z[0][i] = (float) Math.cos(phase);
      z[1][i] = (float) Math.sin(phase);
    }
    return z;
  }

  private static float[] filled(float v) {
    float[] a = new float[N];
    Arrays.fill(a, v);
    return a;
  }

  private static void add(GradientStacker stacker, float[][] z, float[] coherence, double span) {
    stacker.addInterferogram(z[0], z[1], null, coherence, span);
  }

  @Test
  void constantRateOverTwoSpansGivesThatRate() {
    GradientStacker stacker = new GradientStacker(W, H);
    add(stacker, ramp(0.25, -0.25), null, 0.1);
    add(stacker, ramp(0.5, -0.5), null, 0.2);
    float[] az = new float[N];
    float[] rg = new float[N];
    int[] count = new int[N];
    stacker.finish(az, rg, count);
    for (int y = 1; y < H - 1; y++) {
      for (int x = 1; x < W - 1; x++) {
        int i = y * W + x;
        assertEquals(2.5f, az[i], 1e-5f, "azimuth at " + i);
        assertEquals(-2.5f, rg[i], 1e-5f, "range at " + i);
        assertEquals(2, count[i]);
      }
    }
  }

  @Test
  void weightsByTheMeanCoherenceOfTheNeighboursUsed() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[] lowAzimuthNeighbours = filled(1f);
    lowAzimuthNeighbours[INNER - W] = 0.4f;
    lowAzimuthNeighbours[INNER + W] = 0.6f;
    add(stacker, ramp(0.1, 0.1), null, 0.1);
    add(stacker, ramp(0.9, 0.9), lowAzimuthNeighbours, 0.3);
    float[] az = new float[N];
    float[] rg = new float[N];
    stacker.finish(az, rg, new int[N]);
    assertEquals((float) ((0.1 + 0.5 * 0.9) / (0.1 + 0.5 * 0.3)), az[INNER], 1e-5f);
    assertEquals((float) ((0.1 + 0.9) / (0.1 + 0.3)), rg[INNER], 1e-5f);
  }

  @Test
  void skipsUnusableSamplesAndCountsOnlyContributors() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[][] noData = ramp(0.2, 0.2);
    noData[0][INNER] = 0f; // 0 + 0i
    noData[1][INNER] = 0f;
    float[][] invalid = ramp(0.3, 0.3);
    invalid[0][INNER + W] = Float.NaN;
    float[] masked = filled(1f);
    masked[INNER + W + 1] = 0f;
    float[] zeroCoherence = filled(1f);
    zeroCoherence[INNER + 2] = 0f;
    add(stacker, ramp(0.1, 0.1), null, 1.0);
    add(stacker, noData, null, 1.0);
    add(stacker, invalid, null, 1.0);
    stacker.addInterferogram(ramp(0.4, 0.4)[0], ramp(0.4, 0.4)[1], masked, null, 1.0);
    add(stacker, ramp(0.5, 0.5), zeroCoherence, 1.0);
    int[] count = new int[N];
    float[] az = new float[N];
    stacker.finish(az, new float[N], count);
    // INNER: no data itself in #2, its neighbour INNER + W invalid in #3: contributed #1, #4, #5
    assertEquals(3, count[INNER]);
    assertEquals((0.1f + 0.4f + 0.5f) / 3, az[INNER], 1e-5f);
    // INNER + 1: neighbours INNER (#2), INNER + 1 + W masked (#4), INNER + 2 zero coherence (#5)
    assertEquals(2, count[INNER + 1]);
    // INNER + 2: its own coherence is zero in #5; the masked pixel of #4 is only diagonal to it
    assertEquals(4, count[INNER + 2]);
  }

  @Test
  void isNaNWhereNothingContributedAndOnTheBorder() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[] nan = filled(Float.NaN);
    stacker.addInterferogram(nan, nan, null, null, 0.5);
    float[] az = new float[N];
    float[] rg = new float[N];
    int[] count = new int[N];
    stacker.finish(az, rg, count);
    assertTrue(Float.isNaN(az[INNER]) && Float.isNaN(rg[INNER]));
    assertEquals(0, count[INNER]);

    stacker.reset();
    add(stacker, ramp(0.5, 0.5), filled(1f), 0.5);
    stacker.finish(az, rg, count);
    for (int i = 0; i < N; i++) {
      boolean border = i < W || i >= N - W || i % W == 0 || i % W == W - 1;
      assertEquals(border ? 0 : 1, count[i], "count at " + i);
      assertEquals(border, Float.isNaN(az[i]), "azimuth at " + i);
    }
    assertEquals(1f, az[INNER], 1e-5f);
  }

  @Test
  void tilesTooSmallForAnInteriorGiveNothing() {
    GradientStacker stacker = new GradientStacker(2, 7);
    stacker.addInterferogram(new float[14], new float[14], null, null, 1.0);
    int[] count = new int[14];
    stacker.finish(new float[14], new float[14], count);
    assertArrayEquals(new int[14], count);
  }

  @Test
  void resetForgetsEarlierInterferograms() {
    GradientStacker stacker = new GradientStacker(W, H);
    add(stacker, ramp(1.2, 1.2), null, 1.0);
    stacker.reset();
    add(stacker, ramp(0.5, 0.5), null, 1.0);
    float[] az = new float[N];
    int[] count = new int[N];
    stacker.finish(az, new float[N], count);
    assertEquals(0.5f, az[INNER], 1e-5f);
    assertEquals(1, count[INNER]);
  }

  @Test
  void rejectsANonPositiveSpan() {
    GradientStacker stacker = new GradientStacker(W, H);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> add(stacker, ramp(0, 0), null, 0.0));
    assertTrue(e.getMessage().contains("spanYears"), e.getMessage());
  }

  @Test
  void rejectsArraysOfTheWrongLength() {
    GradientStacker stacker = new GradientStacker(W, H);
    assertThrows(IllegalArgumentException.class,
        () -> stacker.addInterferogram(new float[N - 1], filled(1f), null, null, 1.0));
    assertThrows(IllegalArgumentException.class,
        () -> stacker.finish(new float[N], new float[N], new int[N + 1]));
  }

  /**
   * A noisy interferogram on a phase ramp with random amplitude, mask (10 % masked) and coherence,
   * and a few samples without data: NaN, 0 + 0i, infinite, NaN or zero coherence, NaN mask.
   * Returns real, imaginary, mask, coherence.
   */
  private static float[][] noisyInterferogram(SplittableRandom random, int w, int h) {
    int n = w * h;
    float[][] z = new float[4][n];
    for (int i = 0; i < n; i++) {
      double phase = 0.3 * (i % w) - 0.2 * (i / w) + random.nextGaussian();
      double amplitude = Math.exp(3 * random.nextGaussian());
      z[0][i] = (float) (amplitude * Math.cos(phase));
      z[1][i] = (float) (amplitude * Math.sin(phase));
      z[2][i] = random.nextDouble() < 0.1 ? 0f : 1f;
      z[3][i] = (float) random.nextDouble();
    }
    z[0][random.nextInt(n)] = Float.NaN;
    int noData = random.nextInt(n);
    z[0][noData] = 0f;
    z[1][noData] = 0f;
    z[1][random.nextInt(n)] = Float.POSITIVE_INFINITY;
    z[2][random.nextInt(n)] = Float.NaN;
    z[3][random.nextInt(n)] = Float.NaN;
    z[3][random.nextInt(n)] = 0f;
    return z;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 15})
  void addingRowRangesThatCoverTheTileEqualsAddingTheWholeTile(int window) {
    int w = 23;
    int h = 31;
    int n = w * h;
    SplittableRandom random = new SplittableRandom(11);
    GradientStacker whole = new GradientStacker(w, h, window);
    GradientStacker byRows = new GradientStacker(w, h, window);
    for (int k = 0; k < 4; k++) {
      float[][] z = noisyInterferogram(random, w, h);
      whole.addInterferogram(z[0], z[1], z[2], z[3], 0.1 * (k + 1));
      // uneven ranges, the first and last of one row
      int[] cuts = {0, 1, 5, 6, 17, 30, 31};
      for (int c = 0; c + 1 < cuts.length; c++) {
        byRows.addInterferogram(z[0], z[1], z[2], z[3], 0.1 * (k + 1), cuts[c], cuts[c + 1]);
      }
    }
    float[][] expected = {new float[n], new float[n]};
    float[][] actual = {new float[n], new float[n]};
    int[] expectedCount = new int[n];
    int[] actualCount = new int[n];
    float[] expectedError = new float[n];
    float[] actualError = new float[n];
    whole.finish(expected[0], expected[1], expectedCount, expectedError);
    byRows.finish(actual[0], actual[1], actualCount, actualError);
    assertArrayEquals(expectedCount, actualCount);
    assertArrayEquals(expectedError, actualError);
    assertArrayEquals(expected[0], actual[0]);
    assertArrayEquals(expected[1], actual[1]);
    assertTrue(Arrays.stream(expectedCount).filter(c -> c > 0 && c < 4).count() > 0,
        "some pixels are partly masked");
    assertTrue(Arrays.stream(expectedCount).filter(c -> c == 4).count() > 0, "some are not");
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5})
  void windowedConstantRateGivesThatRateAndNoError(int window) {
    GradientStacker stacker = new GradientStacker(W, H, window);
    add(stacker, ramp(0.25, -0.25), null, 0.1);
    add(stacker, ramp(0.5, -0.5), filled(0.7f), 0.2);
    float[] az = new float[N];
    float[] rg = new float[N];
    int[] count = new int[N];
    float[] error = new float[N];
    stacker.finish(az, rg, count, error);
    for (int y = 1; y < H - 1; y++) {
      for (int x = 1; x < W - 1; x++) {
        int i = y * W + x;
        assertEquals(2.5f, az[i], 1e-4f, "azimuth at " + i);
        assertEquals(-2.5f, rg[i], 1e-4f, "range at " + i);
        assertEquals(2, count[i]);
        assertEquals(0f, error[i], 1e-2f, "error at " + i); // float sums cancel to ~1e-3
      }
    }
    assertTrue(Float.isNaN(error[0]), "no contribution: NaN");
  }

  /**
   * Phase is the angle of i + iq whatever their scale: samples of 1e21, whose squares overflow
   * float, give the window's rates of unit samples. Their phasors came out 0 + 0i and usable, so
   * grad_count counted them and the rates were NaN (0 / 0).
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 7})
  void samplesWhoseSquaresOverflowFloatGiveTheRatesOfUnitSamples(int window) {
    float[] unit = windowedRates(1f, window);
    float[] huge = windowedRates(1e21f, window);
    int inner = 3 * W + 2;
    assertEquals(2.5f, unit[inner], 1e-4f);
    assertArrayEquals(unit, huge, 1e-5f);
  }

  /** Azimuth rates, then range rates, then counts, of two ramps of magnitude {@code scale}. */
  private static float[] windowedRates(float scale, int window) {
    GradientStacker stacker = new GradientStacker(W, H + 4, window);
    for (int k = 1; k <= 2; k++) {
      float[] re = new float[W * (H + 4)];
      float[] im = new float[re.length];
      for (int i = 0; i < re.length; i++) {
        double phase = 0.25 * k * (i / W) - 0.25 * k * (i % W);
        re[i] = scale * (float) Math.cos(phase);
        im[i] = scale * (float) Math.sin(phase);
      }
      stacker.addInterferogram(re, im, null, null, 0.1 * k);
    }
    int n = W * (H + 4);
    float[] az = new float[n];
    float[] rg = new float[n];
    int[] count = new int[n];
    stacker.finish(az, rg, count);
    float[] all = new float[3 * n];
    System.arraycopy(az, 0, all, 0, n);
    System.arraycopy(rg, 0, all, n, n);
    for (int i = 0; i < n; i++) {
      all[2 * n + i] = count[i];
    }
    return all;
  }

  /**
   * A window whose products cancel exactly (at the frame's second row, the first row without
   * products: three at phase 0 and three at pi across a half-cycle step) has no direction: that
   * interferogram takes no part at the pixel, which the other gives its rate. atan2 of 0 + 0i was
   * NaN, and the pixel NaN for the whole stack though an interferogram had contributed.
   */
  @Test
  void aWindowWhoseProductsCancelExactlyTakesNoPart() {
    int w = 7;
    int h = 8;
    float[] re = new float[w * h];
    float[] im = new float[w * h];
    float[] rampRe = new float[w * h];
    float[] rampIm = new float[w * h];
    for (int i = 0; i < w * h; i++) {
      re[i] = i / w < 3 ? 1f : -1f;
      rampRe[i] = (float) Math.cos(0.2 * (i / w));
      rampIm[i] = (float) Math.sin(0.2 * (i / w));
    }
    GradientStacker stacker = new GradientStacker(w, h, 3);
    stacker.addInterferogram(re, im, null, null, 0.1);
    stacker.addInterferogram(rampRe, rampIm, null, null, 0.1);
    float[] az = new float[w * h];
    float[] rg = new float[w * h];
    int[] count = new int[w * h];
    stacker.finish(az, rg, count);

    int cancelled = w + 3;
    assertEquals(1, count[cancelled], "the ramp alone");
    assertEquals(2f, az[cancelled], 1e-4f);
    for (int i = 0; i < w * h; i++) {
      assertTrue(count[i] == 0 || (Float.isFinite(az[i]) && Float.isFinite(rg[i])), "pixel " + i);
    }
  }

  @Test
  void windowsRejectEvenOrLargeSides() {
    assertThrows(IllegalArgumentException.class, () -> new GradientStacker(W, H, 2));
    assertThrows(IllegalArgumentException.class, () -> new GradientStacker(W, H, 17));
    assertThrows(IllegalArgumentException.class, () -> new GradientStacker(W, H, 0));
  }

  /**
   * 184 interferograms of pure noise: a pixel that only 3 of them reach gets a far larger error
   * than one that all reach, and one that a single one reaches an infinite error.
   */
  @Test
  void standardErrorIsLargeForAFewNoisyContributions() {
    int w = 7;
    int h = 3;
    int n = w * h;
    SplittableRandom random = new SplittableRandom(5);
    GradientStacker stacker = new GradientStacker(w, h);
    int few = 1 * w + 2; // pixel (1, 2): its range neighbour (1, 3) masked but in 3 of them
    int one = 1 * w + 4; // pixel (1, 4): (1, 5) masked but in 1
    for (int k = 0; k < 184; k++) {
      float[] re = new float[n];
      float[] im = new float[n];
      for (int i = 0; i < n; i++) {
        double phase = random.nextDouble(-Math.PI, Math.PI);
        re[i] = (float) Math.cos(phase);
        im[i] = (float) Math.sin(phase);
      }
      float[] mask = new float[n];
      Arrays.fill(mask, 1f);
      mask[few + 1] = k < 3 ? 1f : 0f;
      mask[one + 1] = k < 1 ? 1f : 0f;
      stacker.addInterferogram(re, im, mask, null, 12 / 365.25);
    }
    float[] az = new float[n];
    float[] rg = new float[n];
    int[] count = new int[n];
    float[] error = new float[n];
    stacker.finish(az, rg, count, error);
    int all = 1 * w + 1;
    assertEquals(184, count[all]);
    assertEquals(3, count[few]);
    assertEquals(1, count[one]);
    assertTrue(error[few] > 4 * error[all], error[few] + " against " + error[all]);
    assertTrue(Math.hypot(az[few], rg[few]) < 3 * error[few], "rate within 3 errors of 0");
    assertEquals(Float.POSITIVE_INFINITY, error[one]);
  }

  @Test
  void rejectsRowsOutsideTheTile() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[][] z = ramp(0, 0);
    assertThrows(IllegalArgumentException.class,
        () -> stacker.addInterferogram(z[0], z[1], null, null, 1.0, 2, 2));
    assertThrows(IllegalArgumentException.class,
        () -> stacker.addInterferogram(z[0], z[1], null, null, 1.0, 0, H + 1));
  }

  @Test
  void agreesWithAStraightforwardDoublePrecisionStack() {
    for (int[] size : new int[][] {{37, 29}, {3, 3}, {64, 5}, {5, 64}}) {
      int w = size[0];
      int h = size[1];
      int n = w * h;
      SplittableRandom random = new SplittableRandom(8);
      GradientStacker stacker = new GradientStacker(w, h);
      ReferenceStack reference = new ReferenceStack(w, h);
      for (int k = 0; k < 6; k++) {
        float[][] z = noisyInterferogram(random, w, h);
        double span = 0.05 * (k + 1);
        float[] maskOrNone = k % 3 == 1 ? null : z[2];
        float[] coherenceOrNone = k % 2 == 0 ? z[3] : null;
        stacker.addInterferogram(z[0], z[1], maskOrNone, coherenceOrNone, span);
        reference.add(z[0], z[1], maskOrNone, coherenceOrNone, span);
      }
      float[] az = new float[n];
      float[] rg = new float[n];
      int[] count = new int[n];
      stacker.finish(az, rg, count);

      String at = " of " + w + " x " + h;
      assertArrayEquals(reference.count, count, "count" + at);
      if (n > 100) {
        assertTrue(Arrays.stream(count).filter(c -> c > 0 && c < 6).count() > 0,
            "some pixels are partly masked");
      }
      for (int i = 0; i < n; i++) {
        assertEquals(reference.rate(reference.sumAzimuth, reference.sumAzimuthSpan, i), az[i],
            1e-5, "azimuth at " + i + at);
        assertEquals(reference.rate(reference.sumRange, reference.sumRangeSpan, i), rg[i], 1e-5,
            "range at " + i + at);
      }
    }
  }

  /**
   * The windowed estimator against the class comment written out pixel by pixel in double: the
   * row-by-row kernel ({@link WindowSums}) with its rounded products, running sums and split loops
   * gives the same rates and counts.
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 7})
  void windowedStackAgreesWithAStraightforwardDoublePrecisionWindowSum(int window) {
    int w = 41;
    int h = 33;
    int n = w * h;
    SplittableRandom random = new SplittableRandom(window);
    GradientStacker stacker = new GradientStacker(w, h, window);
    WindowReference reference = new WindowReference(w, h, window);
    for (int k = 0; k < 5; k++) {
      float[][] z = new float[4][n];
      for (int i = 0; i < n; i++) {
        double phase = 0.25 * (i % w) - 0.15 * (i / w) + 0.3 * random.nextGaussian();
        double amplitude = Math.exp(random.nextGaussian());
        z[0][i] = (float) (amplitude * Math.cos(phase));
        z[1][i] = (float) (amplitude * Math.sin(phase));
        z[2][i] = random.nextDouble() < 0.1 ? 0f : 1f;
        z[3][i] = (float) (0.05 + 0.95 * random.nextDouble());
      }
      z[0][random.nextInt(n)] = Float.NaN;
      int noData = random.nextInt(n);
      z[0][noData] = 0f;
      z[1][noData] = 0f;
      float[] maskOrNone = k == 2 ? null : z[2];
      float[] coherenceOrNone = k == 3 ? null : z[3];
      double span = 0.04 * (k + 1);
      stacker.addInterferogram(z[0], z[1], maskOrNone, coherenceOrNone, span);
      reference.add(z[0], z[1], maskOrNone, coherenceOrNone, span);
    }
    float[] az = new float[n];
    float[] rg = new float[n];
    int[] count = new int[n];
    stacker.finish(az, rg, count);

    assertArrayEquals(reference.count, count, "count");
    assertTrue(Arrays.stream(count).filter(c -> c > 0 && c < 5).count() > 0, "some pixels partly masked");
    for (int i = 0; i < n; i++) {
      double expectedAz = reference.rate(reference.sumAzimuth, reference.sumAzimuthSpan, i);
      double expectedRg = reference.rate(reference.sumRange, reference.sumRangeSpan, i);
      if (count[i] == 0) {
        assertTrue(Float.isNaN(az[i]) && Float.isNaN(rg[i]), "NaN where nothing contributed, at " + i);
        continue;
      }
      assertEquals(expectedAz, az[i], 1e-4 * Math.max(1, Math.abs(expectedAz)), "azimuth at " + i);
      assertEquals(expectedRg, rg[i], 1e-4 * Math.max(1, Math.abs(expectedRg)), "range at " + i);
    }
  }

  /** The windowed stack of the class comment, one pixel and one product at a time, in double. */
  private static final class WindowReference extends ReferenceSums {
    final int window;

    WindowReference(int w, int h, int window) {
      super(w, h);
      this.window = window;
    }

    void add(float[] re, float[] im, float[] mask, float[] coherence, double span) {
      for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
          int i = y * w + x;
          if (!ReferenceStack.usable(re, im, mask, coherence, i)) {
            continue;
          }
          double[] azimuth = windowSum(re, im, mask, coherence, x, y, 0, 1);
          double[] range = windowSum(re, im, mask, coherence, x, y, 1, 0);
          if (azimuth[2] == 0 || range[2] == 0) {
            continue;
          }
          double area = window * window;
          sumAzimuth[i] += azimuth[2] / area * Math.atan2(azimuth[1], azimuth[0]) / 2;
          sumAzimuthSpan[i] += azimuth[2] / area * span;
          sumRange[i] += range[2] / area * Math.atan2(range[1], range[0]) / 2;
          sumRangeSpan[i] += range[2] / area * span;
          count[i]++;
        }
      }
    }

    /**
     * Real, imaginary and weight sums over the window around (x, y) of the weighted unit-phasor
     * products z(p + step) conj(z(p - step)) whose samples are both usable and in the tile.
     */
    private double[] windowSum(float[] re, float[] im, float[] mask, float[] coherence, int x,
        int y, int dx, int dy) {
      double[] sum = new double[3];
      int half = window / 2;
      for (int py = y - half; py <= y + half; py++) {
        for (int px = x - half; px <= x + half; px++) {
          int ax = px + dx;
          int ay = py + dy;
          int bx = px - dx;
          int by = py - dy;
          if (py < 0 || py >= h || px < 0 || px >= w || ax >= w || ay >= h || bx < 0 || by < 0) {
            continue;
          }
          int a = ay * w + ax;
          int b = by * w + bx;
          if (!ReferenceStack.usable(re, im, mask, coherence, a)
              || !ReferenceStack.usable(re, im, mask, coherence, b)) {
            continue;
          }
          double weight = coherence == null ? 1 : (coherence[a] + coherence[b]) / 2.0;
          double ma = Math.hypot(re[a], im[a]);
          double mb = Math.hypot(re[b], im[b]);
          sum[0] += weight * ((double) re[a] * re[b] + (double) im[a] * im[b]) / (ma * mb);
          sum[1] += weight * ((double) im[a] * re[b] - (double) re[a] * im[b]) / (ma * mb);
          sum[2] += weight;
        }
      }
      return sum;
    }
  }

  /** The stack written as the class comment says it, one pixel at a time, in double. */
  private static final class ReferenceStack extends ReferenceSums {

    ReferenceStack(int w, int h) {
      super(w, h);
    }

    void add(float[] re, float[] im, float[] mask, float[] coherence, double span) {
      for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
          int i = y * w + x;
          int[] used = {i, i - w, i + w, i - 1, i + 1};
          if (!Arrays.stream(used).allMatch(p -> usable(re, im, mask, coherence, p))) {
            continue;
          }
          double weightAzimuth = coherence == null ? 1 : (coherence[i - w] + coherence[i + w]) / 2;
          double weightRange = coherence == null ? 1 : (coherence[i - 1] + coherence[i + 1]) / 2;
          sumAzimuth[i] += weightAzimuth * halfAngle(re, im, i + w, i - w);
          sumAzimuthSpan[i] += weightAzimuth * span;
          sumRange[i] += weightRange * halfAngle(re, im, i + 1, i - 1);
          sumRangeSpan[i] += weightRange * span;
          count[i]++;
        }
      }
    }

    /** arg(z(a) conj(z(b))) / 2. */
    private static double halfAngle(float[] re, float[] im, int a, int b) {
      double real = (double) re[a] * re[b] + (double) im[a] * im[b];
      double imaginary = (double) im[a] * re[b] - (double) re[a] * im[b];
      return Math.atan2(imaginary, real) / 2;
    }

    static boolean usable(float[] re, float[] im, float[] mask, float[] coherence, int p) {
      return Float.isFinite(re[p]) && Float.isFinite(im[p]) && (re[p] != 0 || im[p] != 0)
          && (mask == null || mask[p] > 0)
          && (coherence == null || (Float.isFinite(coherence[p]) && coherence[p] > 0));
    }
  }

  /** What both reference stacks sum per pixel, in double, and the rate it gives. */
  private abstract static class ReferenceSums {
    final int w;
    final int h;
    final double[] sumAzimuth;
    final double[] sumAzimuthSpan;
    final double[] sumRange;
    final double[] sumRangeSpan;
    final int[] count;

    ReferenceSums(int w, int h) {
      this.w = w;
      this.h = h;
      sumAzimuth = new double[w * h];
      sumAzimuthSpan = new double[w * h];
      sumRange = new double[w * h];
      sumRangeSpan = new double[w * h];
      count = new int[w * h];
    }

    float rate(double[] sum, double[] sumSpan, int i) {
      return count[i] == 0 ? Float.NaN : (float) (sum[i] / sumSpan[i]);
    }
  }
}
