package org.dlinsar.unwrap;

/**
 * Coherence-weighted minimum-cost-flow unwrapping of one patch (Costantini 1998): residues of
 * the wrapped differences, the cheapest flow that cancels them ({@link ResidueFlow}), then the
 * corrected differences integrated. Cutting an edge costs the square of the lower weight of its
 * two pixels, scaled down where the wrapped difference is near half a cycle (a fringe too dense
 * to tell its direction): discontinuities go through decorrelated or aliased phase. Pixels
 * without data (NaN or weight 0) cost the minimum to cut (not zero: on zero-cost plateaus every
 * shortest-path search of the solver floods the whole plateau) and come out NaN. Stateless,
 * thread-safe.
 */
final class McfUnwrapper implements PhaseUnwrapper {

  private static final double TWO_PI = 2 * Math.PI;
  /** Keeps costs positive: no free detours, and shortest-path searches stay local. */
  private static final float MIN_COST = 1e-3f;

  @Override
  public float[] unwrap(float[] phase, float[] weight, int width, int height) {
    PhaseGrid grid = new PhaseGrid(width, height);
    grid.checkPixels("phase", phase);
    grid.checkPixels("weight", weight);
    boolean[] keep = new boolean[grid.pixels()];
    float[] w = new float[grid.pixels()];
    for (int i = 0; i < keep.length; i++) {
      keep[i] = !Float.isNaN(phase[i]) && weight[i] > 0;
      w[i] = keep[i] ? StrictMath.min(1f, weight[i]) : 0f;
    }
    WrappedGradients wrapped = WrappedGradients.of(phase, grid);
    float[] acrossCost = new float[grid.acrossEdges()];
    float[] downCost = new float[grid.downEdges()];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x + 1 < width; x++) {
        int e = y * (width - 1) + x;
        acrossCost[e] = cost(w[y * width + x], w[y * width + x + 1], wrapped.across[e]);
      }
    }
    for (int y = 0; y + 1 < height; y++) {
      for (int x = 0; x < width; x++) {
        int e = y * width + x;
        downCost[e] = cost(w[e], w[e + width], wrapped.down[e]);
      }
    }
    int[][] cycles = ResidueFlow.cycles(grid, wrapped.residues(), acrossCost, downCost);
    double[] across = corrected(wrapped.across, cycles[0]);
    double[] down = corrected(wrapped.down, cycles[1]);
    return GradientIntegration.integrate(grid, phase, across, down, keep);
  }

  /** The cost of cutting the edge between pixels of weights wa and wb (in [0, 1]) whose wrapped difference is given. */
  static float cost(float wa, float wb, float difference) {
    float lower = StrictMath.min(wa, wb);
    if (lower <= 0) {
      return MIN_COST;
    }
    double clearness = 1 - Math.abs(difference) / Math.PI;
    return (float) (MIN_COST + lower * lower * (0.25 + clearness));
  }

  private static double[] corrected(float[] wrapped, int[] cycles) {
    double[] out = new double[wrapped.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = wrapped[e] + TWO_PI * cycles[e];
    }
    return out;
  }
}
