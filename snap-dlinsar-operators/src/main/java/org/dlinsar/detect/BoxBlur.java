package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Gaussian-like smoothing of a strip of rows by three passes of a box filter along each axis
 * (Wells 1986: the repeated box converges on the Gaussian).
 *
 * <p>Three passes of a box {@code 2r + 1} wide have the variance of a Gaussian with
 * sigma = sqrt(r (r + 1)) pixels and a support of {@code 3r} pixels either side. Outside the
 * strip's columns the samples count as 0. Running sums, a whole row added and one dropped at
 * each step (loops HotSpot turns into SIMD code), so the cost does not grow with the radius;
 * along x on the transposed strip. A value depends, by its rounding, on where the strip starts:
 * {@link BlobScanner} therefore lays its strips out by the frame's size alone, never by the
 * tiling.
 */
final class BoxBlur {

  private BoxBlur() {}

  /** Pixels either side that the smoothing of radius {@code radius} reaches. */
  static int reach(int radius) {
    return 3 * radius;
  }

  /** Standard deviation of the Gaussian that three boxes of radius {@code radius} approximate. */
  static double sigma(int radius) {
    return Math.sqrt(radius * (radius + 1.0));
  }

  /**
   * Smooths {@code rows} rows of {@code width} samples. Rows closer than {@link #reach} to the
   * first or last row are set to 0: their smoothing would need rows outside the strip.
   *
   * @param in the samples, row-major; not modified
   * @param out the smoothed samples; modified
   * @param a scratch of {@code width * rows}; modified
   * @param b scratch of {@code width * rows}; modified
   */
  static void smooth(float[] in, float[] out, float[] a, float[] b, int width, int rows,
      int radius) {
    int size = (width + 2 * reach(radius)) * rows;
    smooth(in, out, a, b, new float[size], new float[size], width, rows, radius);
  }

  /**
   * As {@link #smooth(float[], float[], float[], float[], int, int, int)} with the scratch of the
   * transposed strip given too.
   *
   * @param t scratch of at least {@code (width + 6 radius) * rows}; modified
   * @param u scratch of the same size; modified
   */
  static void smooth(float[] in, float[] out, float[] a, float[] b, float[] t, float[] u,
      int width, int rows, int radius) {
    // along x: three running box sums over the transposed strip, x as the slow axis, with 3r
    // zero columns either side; then transposed back
    int pad = reach(radius);
    int columns = width + 2 * pad;
    transpose(in, width, rows, t, pad);
    columnsBox(t, u, rows, columns, radius, radius);
    columnsBox(u, t, rows, columns, radius, 2 * radius);
    columnsBox(t, u, rows, columns, radius, 3 * radius);
    transposeBack(u, rows, width, a, pad);
    // the rows the column passes leave are those too near the strip's ends: 0
    int margin = Math.min(rows, 3 * radius);
    Arrays.fill(out, 0, margin * width, 0f);
    Arrays.fill(out, Math.max(margin, rows - margin) * width, rows * width, 0f);
    columnsBox(a, b, width, rows, radius, radius);
    columnsBox(b, a, width, rows, radius, 2 * radius);
    columnsBox(a, out, width, rows, radius, 3 * radius);
  }

  private static final int BLOCK = 16;

  /** t[(x + pad) * rows + y] = in[y * width + x]; the pad rows of t are 0. */
  private static void transpose(float[] in, int width, int rows, float[] t, int pad) {
    Arrays.fill(t, 0, pad * rows, 0f);
    Arrays.fill(t, (pad + width) * rows, (2 * pad + width) * rows, 0f);
    for (int y0 = 0; y0 < rows; y0 += BLOCK) {
      for (int x0 = 0; x0 < width; x0 += BLOCK) {
        for (int x = x0; x < Math.min(width, x0 + BLOCK); x++) {
          int to = (x + pad) * rows;
          for (int y = y0; y < Math.min(rows, y0 + BLOCK); y++) {
            t[to + y] = in[y * width + x];
          }
        }
      }
    }
  }

  /** out[y * width + x] = t[(x + pad) * rows + y]. */
  private static void transposeBack(float[] t, int rows, int width, float[] out, int pad) {
    for (int y0 = 0; y0 < rows; y0 += BLOCK) {
      for (int x0 = 0; x0 < width; x0 += BLOCK) {
        for (int y = y0; y < Math.min(rows, y0 + BLOCK); y++) {
          int row = y * width;
          for (int x = x0; x < Math.min(width, x0 + BLOCK); x++) {
            out[row + x] = t[(x + pad) * rows + y];
          }
        }
      }
    }
  }

  /**
   * Box mean along y for rows {@code margin} to {@code rows - margin}: a running sum per column,
   * a whole row added and one dropped at each step (the loops vectorize).
   */
  private static void columnsBox(float[] in, float[] out, int width, int rows, int r,
      int margin) {
    if (rows - margin <= margin) {
      return;
    }
    float norm = 1f / (2 * r + 1);
    float[] sum = new float[width];
    int first = (margin - r) * width;
    for (int k = 0; k <= 2 * r; k++) {
      int src = first + k * width;
      for (int x = 0; x < width; x++) {
        sum[x] += in[src + x];
      }
    }
    for (int y = margin; y < rows - margin; y++) {
      int row = y * width;
      if (y > margin) {
        int add = (y + r) * width;
        int drop = (y - r - 1) * width;
        for (int x = 0; x < width; x++) {
          sum[x] += in[add + x] - in[drop + x];
        }
      }
      for (int x = 0; x < width; x++) {
        out[row + x] = sum[x] * norm;
      }
    }
  }
}
