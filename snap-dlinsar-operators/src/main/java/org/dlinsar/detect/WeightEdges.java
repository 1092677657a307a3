package org.dlinsar.detect;

import java.util.Arrays;

/**
 * What the weight's edges add to the divergence of weighted rates, taken out again. The
 * divergence of w g is w div g + g . grad w: where the weight falls to 0 (a lake, a decorrelated
 * forest, a data gap) the second term turns the rates beside the gap into a peak, so that a
 * uniform gradient (ground tilting or subsiding across the whole frame, a city's) made a
 * positive/negative pair of blobs at every gap's edges, which the detector took for slides and
 * bowls. This adds back g_bg . grad w, with g_bg the rates' background around the pixel: the
 * median of blocks of {@value #BLOCK} pixels, interpolated between their centres, which a slide's
 * or bowl's own gradient covering part of a block does not move. Where the weight is smooth,
 * nothing changes.
 *
 * <p>The blocks lie on the frame's grid, so a rectangle's values do not depend on how the frame
 * is cut: a rectangle reads more pixels around it, out to whole blocks ({@link #region}).
 */
final class WeightEdges {

  /** Side of the blocks the background rate is the median of, pixels. */
  static final int BLOCK = 64;

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
        out[(y - y0) * w + x - x0] += (float) (0.5 * (range.backgroundAt(x, y) * dx
            + azimuth.backgroundAt(x, y) * dy));
      }
    }
  }

  private static int ceilTo(int v) {
    return Math.floorDiv(v + BLOCK - 1, BLOCK) * BLOCK;
  }

  /**
   * A rate's median per block of a region (of its pixels with a rate), and the background
   * anywhere: the blocks' medians, bilinear between their centres. A median, not a mean: a strong
   * target covering part of a block (a bowl's flank beside a lake) does not move it, so its own
   * gradient is not taken for the background and added back as a false peak.
   */
  private static final class Blocks {
    private final int bx0;
    private final int by0;
    private final int columns;
    private final int rows;
    private final float[] median;
    private final boolean[] held;

    Blocks(DivergenceRows.HaloRegion r, float[] weightedRate, float[] rateWeight) {
      bx0 = r.x() / BLOCK;
      by0 = r.y() / BLOCK;
      columns = (r.x() + r.width() - 1) / BLOCK - bx0 + 1;
      rows = (r.y() + r.height() - 1) / BLOCK - by0 + 1;
      int blocks = columns * rows;
      int[] start = new int[blocks + 1];
      for (int y = 0; y < r.height(); y++) {
        for (int x = 0; x < r.width(); x++) {
          if (rateWeight[y * r.width() + x] > 0) {
            start[block(r, x, y) + 1]++;
          }
        }
      }
      for (int b = 0; b < blocks; b++) {
        start[b + 1] += start[b];
      }
      float[] rates = new float[start[blocks]];
      int[] next = Arrays.copyOf(start, blocks);
      for (int y = 0; y < r.height(); y++) {
        for (int x = 0; x < r.width(); x++) {
          int i = y * r.width() + x;
          if (rateWeight[i] > 0) {
            rates[next[block(r, x, y)]++] = weightedRate[i] / rateWeight[i];
          }
        }
      }
      median = new float[blocks];
      held = new boolean[blocks];
      for (int b = 0; b < blocks; b++) {
        int n = start[b + 1] - start[b];
        if (n > 0) {
          Arrays.sort(rates, start[b], start[b + 1]);
          median[b] = rates[start[b] + n / 2];
          held[b] = true;
        }
      }
    }

    private int block(DivergenceRows.HaloRegion r, int x, int y) {
      return ((r.y() + y) / BLOCK - by0) * columns + (r.x() + x) / BLOCK - bx0;
    }

    /** The background rate at frame pixel (x, y): the blocks' medians bilinear between their centres. */
    double backgroundAt(int x, int y) {
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
          int b = (r + j) * columns + c + k;
          if (held[b]) {
            double f = (k == 0 ? 1 - fu : fu) * (j == 0 ? 1 - fv : fv);
            sum += f * median[b];
            total += f;
          }
        }
      }
      return total > 0 ? sum / total : 0;
    }

    private static double clamp(double v, int most) {
      return Math.max(0, Math.min(most, v));
    }
  }
}
