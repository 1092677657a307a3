package org.dlinsar.detect;

import java.util.Arrays;
import org.dlinsar.gradient.FastAtan2;

/**
 * The divergence field of one wrapped interferogram: where its fringes close around a point
 * (a subsidence bowl) the local fringe rate points into or out of it from every side and its
 * divergence peaks, as the gradient stack's does for a moving slope ({@link
 * StackedGradientDivergence}).
 *
 * <p>Local fringe rate: the phase of the products of neighbouring samples summed over a small
 * window, c_rg(x, y) = sum over dy = -1..1 of z(x, y+dy) conj(z(x-1, y+dy)) + z(x+1, y+dy)
 * conj(z(x, y+dy)), and c_az alike; arg(c) in rad/pixel needs no unwrapping and aliases only
 * beyond pi rad/pixel (dense fringes of fast bowls). Each rate is weighted by its fringe quality
 * |c| / sum |z||z'| in [0, 1], which is near 1 on clean fringes and small on noise, so that
 * decorrelated areas make no blobs. Samples without data (NaN or infinite, 0 + 0i, masked) are 0 and drop
 * out of the sums. Then -(d/dx (q g_rg) + d/dy (q g_az)), centred, as for the stack. The field
 * does not depend on the samples' scale, which differs by orders of magnitude between processors:
 * rows whose magnitudes would leave float's range in the sums are scaled by a power of two first.
 */
final class FringeDivergence implements DivergenceRows {

  /** Reads a rectangle of one interferogram. */
  @FunctionalInterface
  interface Samples {
    /**
     * Fills the rectangle at (x0, y0) of w x h pixels (inside the frame), row-major: real and
     * imaginary parts, 0 + 0i or NaN where there is no data or the pixel is masked.
     */
    void read(int x0, int y0, int w, int h, float[] real, float[] imaginary);
  }

  /** Pixels read beyond a rectangle: one for the window, one for the products, one for the divergence. */
  private static final int HALO = 4;
  /** Half-size of the window the fringe rate is summed over (the sums are written out for 2). */
  private static final int WINDOW = 2;
  /** Every how many samples the typical magnitude is taken from. */
  private static final int EXPONENT_STRIDE = 16;
  /** Rows computed at a time. */
  private static final int BAND_ROWS = 64;

  /** Work arrays a band takes (see {@link #FringeDivergence(Samples, int, int, WorkArrays)}). */
  static final int WORK_ARRAYS = 14;

  private final Samples samples;
  private final int width;
  private final int height;
  private final WorkArrays work;

  FringeDivergence(Samples samples, int width, int height) {
    this(samples, width, height, new WorkArrays(WORK_ARRAYS));
  }

  /**
   * @param work sets of {@link #WORK_ARRAYS} arrays for the bands: samples, rates, shifted
   *     copies, products and their window sums; the fields of one run's interferograms share one,
   *     so that it holds a set per band in flight rather than per interferogram
   */
  FringeDivergence(Samples samples, int width, int height, WorkArrays work) {
    this.samples = samples;
    this.width = width;
    this.height = height;
    this.work = work;
  }

  @Override
  public void fill(int x0, int y0, int w, int h, float[] out) {
    Arrays.fill(out, 0, w * h, 0f);
    // a band of rows at a time, so that the dozen work arrays stay in the cache; the band's own
    // halo makes each pixel's value the same as from the whole rectangle at once
    for (int from = y0; from < y0 + h; ) {
      int to = y0 + h - from < 2 * BAND_ROWS ? y0 + h : from + BAND_ROWS;
      fillBand(x0, y0, w, h, from, to, out);
      from = to;
    }
  }

  /** Rows {@code from} to {@code to} of the rectangle's fill (pixels near them may be written too). */
  private void fillBand(int x0, int y0, int w, int h, int from, int to, float[] out) {
    HaloRegion r = HaloRegion.around(x0, from, w, to - from, HALO, width, height);
    int rw = r.width();
    int rh = r.height();
    if (rw < 2 * WINDOW + 3 || rh < 2 * WINDOW + 3) {
      return;
    }
    int n = r.size();
    float[][] a = work.take(n);
    try {
      fillBand(x0, y0, w, h, r, a, out);
    } finally {
      work.release(a);
    }
  }

  /** The band's fill, with work arrays {@code a}. */
  private void fillBand(int x0, int y0, int w, int h, HaloRegion r, float[][] a, float[] out) {
    int rw = r.width();
    int rh = r.height();
    int n = r.size();
    float[] re = a[0];
    float[] im = a[1];
    samples.read(r.x(), r.y(), rw, rh, re, im);
    for (int i = 0; i < n; i++) {
      if (!Float.isFinite(re[i]) || !Float.isFinite(im[i])) { // an infinite part is no data too
        re[i] = 0f;
        im[i] = 0f;
      }
    }
    scaleIntoRange(re, im, n, typicalExponent(re, im, n));
    float[] rateRange = a[2];
    float[] rateAzimuth = a[3];
    float[][] scratch = {a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]};
    weightedRates(re, im, rw, rh, 1, scratch, rateRange);
    weightedRates(re, im, rw, rh, rw, scratch, rateAzimuth);
    DivergenceRows.centredDivergence(rateRange, rateAzimuth, r.x(), r.y(), rw, rh, WINDOW + 1, x0, y0, w, h, out);
  }

  /**
   * The mean binary exponent of the larger part of every {@value #EXPONENT_STRIDE}th sample with
   * data (0 without any): a band's typical magnitude, which one wild sample hardly moves; a
   * sample of the band is as good as all of it for that and costs a sixteenth.
   */
  private static int typicalExponent(float[] re, float[] im, int n) {
    long exponents = 0;
    int withData = 0;
    for (int i = 0; i < n; i += EXPONENT_STRIDE) {
      float larger = Math.max(Math.abs(re[i]), Math.abs(im[i]));
      if (larger > 0f) {
        exponents += Math.getExponent(larger);
        withData++;
      }
    }
    return withData == 0 ? 0 : (int) Math.floorDiv(exponents, withData);
  }

  /**
   * Brings samples whose typical part ({@link #typicalExponent}) lies outside 2^-10..2^20 to about
   * 1, by a power of two, which is exact: the rates and their quality are ratios, so this changes
   * nothing but keeps the window sums in float. The sums hold 20 products |z|^2 and their squares (the quality), and products
   * |z|^2 |z'|^2 (the quality's norm): parts above about 2^26 overflowed float (the quality came out
   * 0 or NaN and dropped the rate), parts below about 2^-31 underflow. Bands already in range are
   * left as they are.
   */
  private static void scaleIntoRange(float[] re, float[] im, int n, int typicalExponent) {
    if (typicalExponent >= -10 && typicalExponent <= 20) {
      return;
    }
    float factor = Math.scalb(1f, -typicalExponent);
    for (int i = 0; i < n; i++) {
      re[i] *= factor;
      im[i] *= factor;
    }
  }

  /**
   * Quality-weighted fringe rate along one axis at every pixel {@value #WINDOW} in from the
   * rectangle's edge (0 elsewhere): window sums of the neighbour products, along the axis then
   * across it.
   *
   * <p>Each loop reads its arrays at the loop's own index, neighbours brought there by shifted
   * copies ({@link #shifted}): HotSpot's loop vectorizer (JDK 17) leaves a loop that reads an array
   * at shifted indices scalar, since it cannot rule out that it writes the same array, and the
   * copies cost less than they save (docs/benchmarks-log.md, "Loops HotSpot left scalar").
   *
   * @param step 1 for range, the row length for azimuth
   * @param scratch ten arrays of at least {@code rw * rh}: four for shifted copies, then the
   *     products and their sums; modified
   */
  private static void weightedRates(float[] re, float[] im, int rw, int rh, int step,
      float[][] scratch, float[] out) {
    int n = rw * rh;
    // products z(i + step) conj(z(i)) and |z(i + step)| |z(i)|, at i
    float[] pRe = scratch[4];
    float[] pIm = scratch[5];
    float[] pAbs = scratch[6];
    float[] reNext = shifted(re, step, scratch[0], n);
    float[] imNext = shifted(im, step, scratch[1], n);
    // three loops rather than one: a loop over seven arrays does not vectorize
    for (int i = 0; i < n - step; i++) {
      pRe[i] = reNext[i] * re[i] + imNext[i] * im[i];
    }
    for (int i = 0; i < n - step; i++) {
      pIm[i] = imNext[i] * re[i] - reNext[i] * im[i];
    }
    for (int i = 0; i < n - step; i++) {
      float ar = reNext[i];
      float ai = imNext[i];
      float br = re[i];
      float bi = im[i];
      pAbs[i] = (float) Math.sqrt((ar * ar + ai * ai) * (br * br + bi * bi));
    }
    int across = step == 1 ? rw : 1;
    // the pixel's window: products at offsets -WINDOW .. WINDOW - 1 along, -WINDOW .. WINDOW
    // across; each sum starts from 0 and adds in the order of the offsets, so the rates are
    // those the detection figures were measured with, to the bit
    float[] aRe = scratch[7];
    float[] aIm = scratch[8];
    float[] aAbs = scratch[9];
    alongSums(pRe, aRe, n, step, scratch);
    alongSums(pIm, aIm, n, step, scratch);
    alongSums(pAbs, aAbs, n, step, scratch);
    // the products are spent: their arrays take the window sums
    acrossSums(aRe, pRe, n, across, scratch);
    acrossSums(aIm, pIm, n, across, scratch);
    acrossSums(aAbs, pAbs, n, across, scratch);
    int first = WINDOW * rw;
    int last = (rh - WINDOW) * rw;
    FastAtan2.atan2(pIm, pRe, out, first, last);
    Arrays.fill(out, 0, first, 0f);
    Arrays.fill(out, last, n, 0f);
    for (int y = WINDOW; y < rh - WINDOW; y++) {
      int row = y * rw;
      Arrays.fill(out, row, row + WINDOW, 0f);
      // no branch, so that the loop vectorizes: a window without products (sum |z||z'| = 0) has
      // sum z z'* = 0 too, so its quality is 0 / MIN_VALUE = 0
      for (int i = row + WINDOW; i < row + rw - WINDOW; i++) {
        float quality = (float) Math.sqrt(pRe[i] * pRe[i] + pIm[i] * pIm[i])
            / Math.max(pAbs[i], Float.MIN_VALUE);
        out[i] = quality * quality * out[i];
      }
      // the phase of 0 + 0i is NaN: no rate there
      for (int i = row + WINDOW; i < row + rw - WINDOW; i++) {
        if (Float.isNaN(out[i])) {
          out[i] = 0f;
        }
      }
      Arrays.fill(out, row + rw - WINDOW, row + rw, 0f);
    }
  }

  /**
   * Sums over offsets -WINDOW .. WINDOW - 1 (times {@code step}), written out for WINDOW 2;
   * entries nearer the ends than the window are left as they are.
   */
  private static void alongSums(float[] in, float[] sums, int n, int step, float[][] scratch) {
    float[] m2 = shifted(in, -2 * step, scratch[0], n);
    float[] m1 = shifted(in, -step, scratch[1], n);
    float[] p1 = shifted(in, step, scratch[2], n);
    for (int i = WINDOW * step; i < n - WINDOW * step; i++) {
      sums[i] = 0f + m2[i] + m1[i] + in[i] + p1[i];
    }
  }

  /** As {@link #alongSums} over offsets -WINDOW .. WINDOW. */
  private static void acrossSums(float[] in, float[] sums, int n, int step, float[][] scratch) {
    float[] m2 = shifted(in, -2 * step, scratch[0], n);
    float[] m1 = shifted(in, -step, scratch[1], n);
    float[] p1 = shifted(in, step, scratch[2], n);
    float[] p2 = shifted(in, 2 * step, scratch[3], n);
    for (int i = WINDOW * step; i < n - WINDOW * step; i++) {
      sums[i] = 0f + m2[i] + m1[i] + in[i] + p1[i] + p2[i];
    }
  }

  /**
   * {@code copy[i] = in[i + shift]} wherever i + shift lies in [0, n) (the rest of {@code copy}
   * as it was).
   */
  private static float[] shifted(float[] in, int shift, float[] copy, int n) {
    if (shift >= 0) {
      System.arraycopy(in, shift, copy, 0, n - shift);
    } else {
      System.arraycopy(in, 0, copy, -shift, n + shift);
    }
    return copy;
  }
}
