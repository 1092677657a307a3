package org.dlinsar.unwrap;

import org.dlinsar.ifg.Cycles;

/**
 * Wrapped phase differences between neighbouring pixels, in [-pi, pi] (as floats, a hair beyond at
 * most, which the residues' rounding to whole cycles absorbs), and the residue charge of every
 * 2 x 2 loop: the whole number of cycles its wrapped differences sum to (Costantini 1998, section
 * II). Pixels without data count as phase 0; their edges cost what any other does (README,
 * "Unwrapping (DL-Unwrap)").
 */
final class WrappedGradients {

  final PhaseGrid grid;
  /** Across edges, radians (see {@link PhaseGrid}). */
  final float[] across;
  /** Down edges, radians. */
  final float[] down;

  private WrappedGradients(PhaseGrid grid, float[] across, float[] down) {
    this.grid = grid;
    this.across = across;
    this.down = down;
  }

  /** @param phase wrapped phase per pixel; NaN counts as 0. Not modified. */
  static WrappedGradients of(float[] phase, PhaseGrid grid) {
    int w = grid.width();
    int h = grid.height();
    float[] across = new float[grid.acrossEdges()];
    float[] down = new float[grid.downEdges()];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x + 1 < w; x++) {
        across[y * (w - 1) + x] = wrap(value(phase, y * w + x + 1) - value(phase, y * w + x));
      }
    }
    for (int y = 0; y + 1 < h; y++) {
      for (int x = 0; x < w; x++) {
        down[y * w + x] = wrap(value(phase, (y + 1) * w + x) - value(phase, y * w + x));
      }
    }
    return new WrappedGradients(grid, across, down);
  }

  /** Residue charge of every loop: -1, 0 or +1 (anticlockwise sum / 2 pi). */
  int[] residues() {
    int w = grid.width();
    int[] charge = new int[grid.loops()];
    for (int y = 0; y + 1 < grid.height(); y++) {
      for (int x = 0; x + 1 < w; x++) {
        double sum = across[y * (w - 1) + x] + down[y * w + x + 1]
            - across[(y + 1) * (w - 1) + x] - down[y * w + x];
        charge[y * (w - 1) + x] = (int) Cycles.whole(sum);
      }
    }
    return charge;
  }

  static float wrap(double d) {
    return (float) Cycles.wrap(d);
  }

  private static double value(float[] phase, int i) {
    float v = phase[i];
    return Float.isNaN(v) ? 0 : v;
  }
}
