package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Gaussian-like smoothing of a strip of rows by three passes of a box filter along each axis
 * (Wells 1986: the repeated box converges on the Gaussian).
 *
 * <p>Three passes of a box {@code 2r + 1} wide have the variance of a Gaussian with
 * sigma = sqrt(r (r + 1)) pixels and a support of {@code 3r} pixels either side. Outside the
 * strip's columns the samples count as 0. Running sums, a whole row added and one dropped at
 * each step (loops over copies of the rows, which HotSpot turns into SIMD code), so the cost
 * does not grow with the radius; along x on the transposed strip. A value depends, by its
 * rounding, on where the strip starts: {@link BlobScanner} therefore lays its strips out by the
 * frame's size alone, never by the tiling.
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
    int pad = reach(radius);
    float[] t = new float[(width + 2 * pad) * rows];
    transpose(in, width, rows, t, pad);
    // t is its own, so the third pass may overwrite it
    smoothTransposed(t, pad, out, a, b, new float[t.length], t, width, rows, radius);
  }

  /**
   * As {@link #smooth(float[], float[], float[], float[], int, int, int)} from the strip
   * transposed with {@code pad} >= {@link #reach} zero columns ({@link #transpose}): the running
   * sums start at the same column as with the radius's own padding, so the result is the same to
   * the bit.
   *
   * @param t the transposed strip ({@link #transpose}); not modified unless it is {@code v}
   * @param u scratch as large as {@code t}; modified
   * @param v scratch as large as {@code t}, or {@code t} itself when it is no longer needed;
   *     modified
   */
  static void smoothTransposed(float[] t, int pad, float[] out, float[] a, float[] b, float[] u,
      float[] v, int width, int rows, int radius) {
    // along x: three running box sums over the transposed strip, x as the slow axis, over its
    // columns from 3r before the strip to 3r after it; then transposed back
    int columns = width + 2 * reach(radius);
    int offset = (pad - reach(radius)) * rows;
    columnsBox(t, u, offset, rows, columns, radius, radius);
    columnsBox(u, v, offset, rows, columns, radius, 2 * radius);
    columnsBox(v, u, offset, rows, columns, radius, 3 * radius);
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

  /**
   * The strip transposed for {@link #smoothTransposed}: t[(x + pad) * rows + y] = in[y * width +
   * x], the pad rows of t 0; once for every radius up to {@code pad / 3}.
   *
   * @param t at least {@code (width + 2 pad) * rows}; modified
   */
  static void transpose(float[] in, int width, int rows, float[] t, int pad) {
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
   * a whole row added and one dropped at each step.
   */
  private static void columnsBox(float[] in, float[] out, int width, int rows, int r,
      int margin) {
    columnsBox(in, out, 0, width, rows, r, margin);
  }

  /** As above over the rows of {@code in} and {@code out} from index {@code offset} on. */
  private static void columnsBox(float[] in, float[] out, int offset, int width, int rows, int r,
      int margin) {
    if (rows - margin <= margin) {
      return;
    }
    float norm = 1f / (2 * r + 1);
    float[] sum = new float[width];
    // the rows added and dropped, and the row written, copied to index x: a loop reading or
    // writing an array at an offset from its index stays scalar in HotSpot (JDK 17), and the
    // copies cost less than they save (docs/benchmarks-log.md, "Loops HotSpot left scalar")
    float[] added = new float[width];
    float[] dropped = new float[width];
    float[] mean = new float[width];
    int first = offset + (margin - r) * width;
    for (int k = 0; k <= 2 * r; k++) {
      System.arraycopy(in, first + k * width, added, 0, width);
      for (int x = 0; x < width; x++) {
        sum[x] += added[x];
      }
    }
    for (int y = margin; y < rows - margin; y++) {
      if (y > margin) {
        System.arraycopy(in, offset + (y + r) * width, added, 0, width);
        System.arraycopy(in, offset + (y - r - 1) * width, dropped, 0, width);
        for (int x = 0; x < width; x++) {
          sum[x] += added[x] - dropped[x];
        }
      }
      for (int x = 0; x < width; x++) {
        mean[x] = sum[x] * norm;
      }
      System.arraycopy(mean, 0, out, offset + y * width, width);
    }
  }
}
