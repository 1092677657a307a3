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
 * decorrelated areas make no blobs. Samples without data (NaN, 0 + 0i, masked) are 0 and drop
 * out of the sums. Then -(d/dx (q g_rg) + d/dy (q g_az)), centred, as for the stack.
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
  /** Rows computed at a time. */
  private static final int BAND_ROWS = 64;

  private final Samples samples;
  private final int width;
  private final int height;

  FringeDivergence(Samples samples, int width, int height) {
    this.samples = samples;
    this.width = width;
    this.height = height;
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
    float[] re = new float[n];
    float[] im = new float[n];
    samples.read(r.x(), r.y(), rw, rh, re, im);
    for (int i = 0; i < n; i++) {
      if (Float.isNaN(re[i]) || Float.isNaN(im[i])) {
        re[i] = 0f;
        im[i] = 0f;
      }
    }
    float[] rateRange = new float[n];
    float[] rateAzimuth = new float[n];
    weightedRates(re, im, rw, rh, 1, rateRange);
    weightedRates(re, im, rw, rh, rw, rateAzimuth);
    DivergenceRows.centredDivergence(rateRange, rateAzimuth, r.x(), r.y(), rw, rh, WINDOW + 1, x0, y0, w, h, out);
  }

  /**
   * Quality-weighted fringe rate along one axis at every pixel {@value #WINDOW} in from the
   * rectangle's edge (0 elsewhere): window sums of the neighbour products, along the axis then
   * across it, the three sums in one pass over the rectangle each time.
   *
   * @param step 1 for range, the row length for azimuth
   */
  private static void weightedRates(float[] re, float[] im, int rw, int rh, int step,
      float[] out) {
    int n = rw * rh;
    // products z(i + step) conj(z(i)) and |z(i + step)| |z(i)|, at i
    float[] pRe = new float[n];
    float[] pIm = new float[n];
    float[] pAbs = new float[n];
    for (int i = 0; i < n - step; i++) {
      float ar = re[i + step];
      float ai = im[i + step];
      float br = re[i];
      float bi = im[i];
      pRe[i] = ar * br + ai * bi;
      pIm[i] = ai * br - ar * bi;
      pAbs[i] = (float) Math.sqrt((ar * ar + ai * ai) * (br * br + bi * bi));
    }
    int across = step == 1 ? rw : 1;
    // the pixel's window: products at offsets -WINDOW .. WINDOW - 1 along, -WINDOW .. WINDOW
    // across; each sum starts from 0 and adds in the order of the offsets, so the rates are
    // those the detection figures were measured with, to the bit
    float[] aRe = new float[n];
    float[] aIm = new float[n];
    float[] aAbs = new float[n];
    alongSums(pRe, pIm, pAbs, aRe, aIm, aAbs, n, step);
    // the products are spent: their arrays take the window sums
    acrossSums(aRe, aIm, aAbs, pRe, pIm, pAbs, n, across);
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
   * Sums of each of the three over offsets -WINDOW .. WINDOW - 1 (times {@code step}), written
   * out for WINDOW 2; entries nearer the ends than the window are left as they are.
   */
  private static void alongSums(float[] re, float[] im, float[] abs, float[] sRe, float[] sIm,
      float[] sAbs, int n, int step) {
    int s = step;
    for (int i = WINDOW * s; i < n - WINDOW * s; i++) {
      sRe[i] = 0f + re[i - 2 * s] + re[i - s] + re[i] + re[i + s];
      sIm[i] = 0f + im[i - 2 * s] + im[i - s] + im[i] + im[i + s];
      sAbs[i] = 0f + abs[i - 2 * s] + abs[i - s] + abs[i] + abs[i + s];
    }
  }

  /** As {@link #alongSums} over offsets -WINDOW .. WINDOW. */
  private static void acrossSums(float[] re, float[] im, float[] abs, float[] sRe, float[] sIm,
      float[] sAbs, int n, int step) {
    int s = step;
    for (int i = WINDOW * s; i < n - WINDOW * s; i++) {
      sRe[i] = 0f + re[i - 2 * s] + re[i - s] + re[i] + re[i + s] + re[i + 2 * s];
      sIm[i] = 0f + im[i - 2 * s] + im[i - s] + im[i] + im[i + s] + im[i + 2 * s];
      sAbs[i] = 0f + abs[i - 2 * s] + abs[i - s] + abs[i] + abs[i + s] + abs[i + 2 * s];
    }
  }
}
