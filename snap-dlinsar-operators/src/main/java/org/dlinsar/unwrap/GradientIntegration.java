package org.dlinsar.unwrap;

import org.dlinsar.ifg.Cycles;

/**
 * Integrates a curl-free difference field over the grid (down the first column, then along each
 * row; in a field whose every loop sums to zero all paths agree), then snaps the result to the
 * nearest value congruent with the wrapped phase, so rounding in long sums never breaks
 * congruence.
 */
final class GradientIntegration {

  private GradientIntegration() {}

  /**
   * @param phase wrapped phase (NaN = no data); not modified
   * @param across corrected across differences, radians; not modified
   * @param down corrected down differences, radians; not modified
   * @param keep whether a pixel gets a value (others NaN); not modified
   */
  static float[] integrate(PhaseGrid grid, float[] phase, double[] across, double[] down, boolean[] keep) {
    int w = grid.width();
    int h = grid.height();
    double[] sum = new double[grid.pixels()];
    for (int y = 1; y < h; y++) {
      sum[y * w] = sum[(y - 1) * w] + down[(y - 1) * w];
    }
    for (int y = 0; y < h; y++) {
      for (int x = 1; x < w; x++) {
        sum[y * w + x] = sum[y * w + x - 1] + across[y * (w - 1) + x - 1];
      }
    }
    float[] out = new float[grid.pixels()];
    double origin = Float.isNaN(phase[0]) ? 0 : phase[0];
    for (int i = 0; i < out.length; i++) {
      if (!keep[i]) {
        out[i] = Float.NaN;
      } else {
        out[i] = (float) Cycles.nearest(phase[i], origin + sum[i]);
      }
    }
    return out;
  }
}
