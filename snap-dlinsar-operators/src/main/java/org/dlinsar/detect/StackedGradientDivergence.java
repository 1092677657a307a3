package org.dlinsar.detect;

import java.util.Arrays;

/**
 * The divergence field of a gradient stack: minus the divergence of the weighted gradient rates,
 * -(d/dx (w g_rg) + d/dy (w g_az)) by centred differences, rad/pixel^2/year times the weight.
 *
 * <p>The gradient of a moving blob of phase points into it from all sides, so its coupled
 * positive/negative gradients along each axis add up, in the divergence, to one peak at the blob
 * (the Laplacian of the phase rate); the sign is that of the phase, positive for motion away from
 * the satellite. Smoothed at the blob's scale this is the matched filter of the gradient field
 * for a Gaussian blob, since the inner product of the gradients with the template's gradient is
 * minus that of their divergence with the template.
 *
 * <p>The rates are weighted so that their noise is alike everywhere: w = sqrt(n) / s~, n the
 * interferograms behind the rate (grad_count) and s~ their scatter from the stack's standard
 * error (grad_stderr), moderated toward the frame's typical scatter ({@link RateReliability}).
 * So a rate of three noisy pairs at the edge of decorrelated forest weighs far less than one of
 * eighty, and a rate of a few pairs that agree by chance no more than its count allows. Without
 * the error band the weight is sqrt(grad_count); a pixel without a rate (NaN) or of a single pair
 * weighs 0. So the edges of decorrelated areas, where few interferograms remain and rates are
 * wild, make no blobs. (Taking the divergence only where all four neighbours have rates was
 * tried: it halves the data at the edges of vegetated patches, and measured worse on the
 * simulated stacks.) What a weight's edge adds on its own, the rates beside a gap turned into a
 * peak, is taken out again ({@link WeightEdges}), so a gap in ground tilting as a whole is no blob.
 */
final class StackedGradientDivergence implements DivergenceRows {

  /** Reads a rectangle of the gradient stack. */
  @FunctionalInterface
  interface Rates {
    /**
     * Fills the rectangle at (x0, y0) of w x h pixels (inside the frame), row-major.
     *
     * @param azimuth grad_az, rad/pixel/year, NaN where none; modified
     * @param range grad_rg; modified
     * @param weight the weight of each rate, >= 0, see the class comment; modified
     */
    void read(int x0, int y0, int w, int h, float[] azimuth, float[] range, float[] weight);
  }

  private final Rates rates;
  private final int width;
  private final int height;
  /** The rates of a rectangle: azimuth, range, weight, and each rate's own weight (a set per strip in flight). */
  private final WorkArrays work = new WorkArrays(4);

  StackedGradientDivergence(Rates rates, int width, int height) {
    this.rates = rates;
    this.width = width;
    this.height = height;
  }

  @Override
  public void fill(int x0, int y0, int w, int h, float[] out) {
    Arrays.fill(out, 0, w * h, 0f);
    // the rates beyond the rectangle that the differences and the weight edges' background read
    HaloRegion r = WeightEdges.region(x0, y0, w, h, width, height);
    if (r.width() <= 0 || r.height() <= 0) {
      return;
    }
    int n = r.size();
    float[][] read = work.take(n);
    try {
      divergence(r, read[0], read[1], read[2], read[3], x0, y0, w, h, out);
    } finally {
      work.release(read);
    }
  }

  /**
   * {@link #fill}'s work over region {@code r}, the rates read into the arrays given: {@code
   * weight} becomes the range rates' own weight (0 where a rate is missing), {@code
   * azimuthWeight} the azimuth rates'.
   */
  private void divergence(HaloRegion r, float[] azimuth, float[] range, float[] weight,
      float[] azimuthWeight, int x0, int y0, int w, int h, float[] out) {
    int n = r.size();
    rates.read(r.x(), r.y(), r.width(), r.height(), azimuth, range, weight);
    for (int i = 0; i < n; i++) {
      float wi = weight[i] > 0 ? weight[i] : 0f;
      azimuthWeight[i] = Float.isNaN(azimuth[i]) ? 0f : wi;
      azimuth[i] = azimuthWeight[i] == 0 ? 0f : wi * azimuth[i];
      weight[i] = Float.isNaN(range[i]) ? 0f : wi;
      range[i] = weight[i] == 0 ? 0f : wi * range[i];
    }
    // pixels with their four neighbours read; the frame's first and last rows and columns have
    // none and stay 0
    DivergenceRows.centredDivergence(range, azimuth, r.x(), r.y(), r.width(), r.height(), 1, x0, y0, w, h, out);
    WeightEdges.correct(r, range, weight, azimuth, azimuthWeight, x0, y0, w, h, out);
  }
}
