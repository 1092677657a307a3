package org.dlinsar.detect;

import java.util.Arrays;
import org.dlinsar.gradient.WrappedGradient;

/**
 * The divergence field of one interferogram's own centred wrapped gradients ({@link
 * WrappedGradient}), the terms the gradient stack sums: the stack's divergence is, to the weights,
 * the sum over interferograms of these fields over the sum of spans. So a blob of the stack can be
 * taken apart into its interferograms' shares at the blob's own scale ({@link
 * GradientStackDetector}'s atmosphere test), however small the blob. A gradient without data (NaN) is
 * 0.
 */
final class InterferogramGradientDivergence implements DivergenceRows {

  /** Pixels read beyond a rectangle: one for the centred gradient, one for the divergence. */
  private static final int HALO = 2;

  private final FringeDivergence.Samples samples;
  private final int width;
  private final int height;

  InterferogramGradientDivergence(FringeDivergence.Samples samples, int width, int height) {
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
    if (rw < 3 || rh < 3) {
      return;
    }
    int n = r.size();
    float[] re = new float[n];
    float[] im = new float[n];
    samples.read(r.x(), r.y(), rw, rh, re, im);
    float[] azimuth = new float[n];
    float[] range = new float[n];
    WrappedGradient.compute(re, im, null, rw, rh, azimuth, range);
    for (int i = 0; i < n; i++) {
      azimuth[i] = Float.isNaN(azimuth[i]) ? 0f : azimuth[i];
      range[i] = Float.isNaN(range[i]) ? 0f : range[i];
    }
    DivergenceRows.centredDivergence(range, azimuth, r.x(), r.y(), rw, rh, 1, x0, y0, w, h, out);
  }
}
