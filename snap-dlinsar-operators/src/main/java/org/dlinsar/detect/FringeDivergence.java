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
  /** Half-size of the window the fringe rate is summed over. */
  private static final int WINDOW = 2;

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
    HaloRegion r = HaloRegion.around(x0, y0, w, h, HALO, width, height);
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
   * across it, whole rows at a time.
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
    // the pixel's window: products at offsets -WINDOW .. WINDOW - 1 along, -WINDOW .. WINDOW across
    float[] cRe = windowSums(pRe, n, step, across);
    float[] cIm = windowSums(pIm, n, step, across);
    float[] cAbs = windowSums(pAbs, n, step, across);
    FastAtan2.atan2(cIm, cRe, out);
    for (int y = 0; y < rh; y++) {
      for (int x = 0; x < rw; x++) {
        int i = y * rw + x;
        boolean inside = x >= WINDOW && x < rw - WINDOW && y >= WINDOW && y < rh - WINDOW;
        float quality = cAbs[i] > 0f
            ? (float) Math.sqrt(cRe[i] * cRe[i] + cIm[i] * cIm[i]) / cAbs[i] : 0f;
        out[i] = inside && !Float.isNaN(out[i]) ? quality * quality * out[i] : 0f;
      }
    }
  }

  /** Sums over offsets -WINDOW .. WINDOW - 1 along {@code step}, then -WINDOW .. WINDOW across. */
  private static float[] windowSums(float[] p, int n, int step, int across) {
    // shifted whole-array adds: the inner loops run over contiguous entries and vectorize
    int reachAlong = WINDOW * step;
    float[] along = new float[n];
    for (int m = -WINDOW; m < WINDOW; m++) {
      int shift = m * step;
      for (int i = reachAlong; i < n - reachAlong; i++) {
        along[i] += p[i + shift];
      }
    }
    int reachAcross = WINDOW * across;
    float[] both = new float[n];
    for (int k = -WINDOW; k <= WINDOW; k++) {
      int shift = k * across;
      for (int i = reachAcross; i < n - reachAcross; i++) {
        both[i] += along[i + shift];
      }
    }
    return both;
  }
}
