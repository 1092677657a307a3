package org.dlinsar.detect;

/**
 * What the weight's edges add to the divergence of weighted rates, taken out again. The
 * divergence of w g is w div g + g . grad w: where the weight falls to 0 (a lake, a decorrelated
 * forest, a data gap) the second term turns the rates beside the gap into a peak, so that a
 * uniform gradient (ground tilting or subsiding across the whole frame, a city's) made a
 * positive/negative pair of blobs at every gap's edges, which the detector took for slides and
 * bowls. This adds back g_bg . grad w, with g_bg the rates' weighted mean around the pixel: of
 * blocks of {@value #BLOCK} pixels, interpolated between their centres, wider than a slide so that
 * its own pair of gradients averages out. Where the weight is smooth, nothing changes.
 *
 * <p>The blocks lie on the frame's grid, so a rectangle's values do not depend on how the frame
 * is cut: a rectangle reads {@link #halo} more pixels, out to whole blocks.
 */
final class WeightEdges {

  /** Side of the blocks the background rate is the mean of, pixels. */
  static final int BLOCK = 32;

  private WeightEdges() {}

  /**
   * The region to read for the rectangle at (x0, y0) of w x h pixels: grown by a pixel (the
   * centred differences) and a block (the interpolation's reach), out to whole blocks, clipped to
   * the frame.
   */
  static DivergenceRows.HaloRegion region(int x0, int y0, int w, int h, int frameWidth,
      int frameHeight) {
    int ax = Math.max(0, Math.floorDiv(x0 - 1 - BLOCK, BLOCK) * BLOCK);
    int ay = Math.max(0, Math.floorDiv(y0 - 1 - BLOCK, BLOCK) * BLOCK);
    int bx = Math.min(frameWidth, ceilTo(x0 + w + 1 + BLOCK));
    int by = Math.min(frameHeight, ceilTo(y0 + h + 1 + BLOCK));
    return new DivergenceRows.HaloRegion(ax, ay, bx - ax, by - ay);
  }

  /**
   * Adds g_bg . grad w / 2 (centred differences, as {@link DivergenceRows#centredDivergence}) to
   * {@code out} at the rectangle's pixels at least a pixel inside region {@code r} whose
   * neighbours' weights differ.
   *
   * @param weightedRange w g along range over the region, 0 where none; not modified
   * @param rangeWeight the weight of each range rate, 0 where none; not modified
   * @param weightedAzimuth w g along azimuth; not modified
   * @param azimuthWeight the weight of each azimuth rate; not modified
   * @param out laid out as in {@link DivergenceRows#fill}; modified
   */
  static void correct(DivergenceRows.HaloRegion r, float[] weightedRange, float[] rangeWeight,
      float[] weightedAzimuth, float[] azimuthWeight, int x0, int y0, int w, int h, float[] out) {
    Blocks range = new Blocks(r, weightedRange, rangeWeight);
    Blocks azimuth = new Blocks(r, weightedAzimuth, azimuthWeight);
    int rw = r.width();
    for (int y = Math.max(y0, r.y() + 1); y < Math.min(y0 + h, r.y() + r.height() - 1); y++) {
      for (int x = Math.max(x0, r.x() + 1); x < Math.min(x0 + w, r.x() + rw - 1); x++) {
        int i = (y - r.y()) * rw + x - r.x();
        float dx = rangeWeight[i + 1] - rangeWeight[i - 1];
        float dy = azimuthWeight[i + rw] - azimuthWeight[i - rw];
        if (dx == 0 && dy == 0) {
          continue;
        }
        out[(y - y0) * w + x - x0] += (float) (0.5 * (range.meanAt(x, y) * dx
            + azimuth.meanAt(x, y) * dy));
      }
    }
  }

  private static int ceilTo(int v) {
    return Math.floorDiv(v + BLOCK - 1, BLOCK) * BLOCK;
  }

  /** The weighted sums of a rate and its weight per block of a region, and their mean anywhere. */
  private static final class Blocks {
    private final int bx0;
    private final int by0;
    private final int columns;
    private final int rows;
    private final double[] weighted;
    private final double[] weight;

    Blocks(DivergenceRows.HaloRegion r, float[] weightedRate, float[] rateWeight) {
      bx0 = r.x() / BLOCK;
      by0 = r.y() / BLOCK;
      columns = (r.x() + r.width() - 1) / BLOCK - bx0 + 1;
      rows = (r.y() + r.height() - 1) / BLOCK - by0 + 1;
      weighted = new double[columns * rows];
      weight = new double[columns * rows];
      for (int y = 0; y < r.height(); y++) {
        int row = ((r.y() + y) / BLOCK - by0) * columns;
        for (int x = 0; x < r.width(); x++) {
          int b = row + (r.x() + x) / BLOCK - bx0;
          weighted[b] += weightedRate[y * r.width() + x];
          weight[b] += rateWeight[y * r.width() + x];
        }
      }
    }

    /** The weighted mean rate at frame pixel (x, y): the blocks' sums bilinear between their centres. */
    double meanAt(int x, int y) {
      double u = clamp((x - (BLOCK - 1) / 2.0) / BLOCK - bx0, columns - 1);
      double v = clamp((y - (BLOCK - 1) / 2.0) / BLOCK - by0, rows - 1);
      int c = Math.min((int) u, Math.max(0, columns - 2));
      int r = Math.min((int) v, Math.max(0, rows - 2));
      double fu = Math.min(1, u - c);
      double fv = Math.min(1, v - r);
      double sum = 0;
      double total = 0;
      for (int j = 0; j <= Math.min(1, rows - 1); j++) {
        for (int k = 0; k <= Math.min(1, columns - 1); k++) {
          double f = (k == 0 ? 1 - fu : fu) * (j == 0 ? 1 - fv : fv);
          int b = (r + j) * columns + c + k;
          sum += f * weighted[b];
          total += f * weight[b];
        }
      }
      return total > 0 ? sum / total : 0;
    }

    private static double clamp(double v, int most) {
      return Math.max(0, Math.min(most, v));
    }
  }
}
