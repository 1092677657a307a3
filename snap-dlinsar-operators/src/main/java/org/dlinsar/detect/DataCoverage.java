package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Where a field has data (a sample other than 0), counted over boxes in constant time from a
 * summed-area table (Crow 1984): how complete the neighbourhood of a noise sample is.
 */
final class DataCoverage {

  /**
   * Least share of a noise sample's support (the smoothing's reach either side) where the field
   * has data: samples near no-data areas (decorrelated ground, water, the frame's edge) respond
   * less to the same noise, and where such areas are large they would pull the floor down until
   * ordinary noise in well-covered ground passes for blobs.
   */
  static final double MIN_SHARE = 0.9;

  private DataCoverage() {}

  /**
   * True when at least {@link #MIN_SHARE} of the square of side 2 reach + 1 around (x, y) has
   * data: a pixel whose response counts as a noise sample.
   *
   * @param table from {@link #summedArea} of a field {@code w} x {@code h}
   */
  static boolean enoughAround(int[] table, int w, int h, int x, int y, int reach) {
    int side = 2 * reach + 1;
    return inBox(table, w, h, x - reach, y - reach, x + reach + 1, y + reach + 1)
        >= MIN_SHARE * side * side;
  }

  /**
   * The summed-area table of the field's non-zero samples: entry (y, x) of width + 1 columns
   * counts the samples above row y and left of column x.
   *
   * @param field w x h samples, row-major; not modified
   * @return (h + 1) x (w + 1) counts
   */
  static int[] summedArea(float[] field, int w, int h) {
    int[] table = new int[(h + 1) * (w + 1)];
    summedArea(field, w, h, table);
    return table;
  }

  /**
   * As {@link #summedArea(float[], int, int)} into {@code table}, of at least (h + 1) x (w + 1)
   * entries; whatever it held is overwritten.
   */
  static void summedArea(float[] field, int w, int h, int[] table) {
    int stride = w + 1;
    Arrays.fill(table, 0, stride, 0);
    for (int y = 0; y < h; y++) {
      table[(y + 1) * stride] = 0;
      int rowSum = 0;
      int in = y * w;
      int above = y * stride;
      int out = above + stride;
      for (int x = 0; x < w; x++) {
        rowSum += field[in + x] != 0f ? 1 : 0;
        table[out + x + 1] = table[above + x + 1] + rowSum;
      }
    }
  }

  /**
   * The samples with data in columns x0 to x1 and rows y0 to y1 (exclusive ends), the box clipped
   * to the table's field (outside it there is no data).
   *
   * @param table from {@link #summedArea} of a field {@code w} x {@code h}
   */
  static int inBox(int[] table, int w, int h, int x0, int y0, int x1, int y1) {
    int ax = Math.max(0, x0);
    int ay = Math.max(0, y0);
    int bx = Math.min(w, x1);
    int by = Math.min(h, y1);
    if (ax >= bx || ay >= by) {
      return 0;
    }
    int stride = w + 1;
    return table[by * stride + bx] - table[ay * stride + bx] - table[by * stride + ax]
        + table[ay * stride + ax];
  }
}
