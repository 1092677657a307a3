package org.dlinsar.detect;

/**
 * The maximum of a magnitude over square neighbourhoods, separable: along rows by doubling runs
 * (log2 of the side passes), along columns by the running maximum of van Herk (1992) and Gil &
 * Werman (1993) a whole row at a time (about three comparisons per pixel whatever the
 * neighbourhood's size). Magnitudes are >= 0 and count as 0 beyond the rows given.
 */
final class LocalMaxima {

  private LocalMaxima() {}

  /**
   * The maximum of each row of {@code in} over [x - rho, x + rho], 0 outside the row: the maxima
   * of runs of 1, 2, 4 ... samples, each from two of the run before, then the window from two
   * runs that overlap. Every pass is a loop at one index over a shifted copy, which HotSpot turns
   * into SIMD code: five times faster than van Herk's running maximum along the row, whose every
   * step waits for the one before (0.5 against 2.3 to 3.1 ns per pixel for rho 2 to 9, the same
   * maxima; docs/benchmarks-log.md, "Local maxima by doubling").
   *
   * @param in magnitudes, row-major with {@code width}, >= 0; not modified
   * @param out maxima, rows fromRow to toRow; modified
   */
  static void alongRows(float[] in, float[] out, int width, int fromRow, int toRow, int rho) {
    int side = 2 * rho + 1;
    int padded = width + 2 * rho;
    float[] values = new float[padded]; // values[i] = in[row + i - rho]; the ends stay 0
    float[] runs = new float[padded];
    float[] ahead = new float[padded];
    float[] maxima = new float[width];
    for (int y = fromRow; y < toRow; y++) {
      int row = y * width;
      System.arraycopy(in, row, values, rho, width);
      // runs[i]: the maximum of values[i .. i + run), cut at the row's padded end
      System.arraycopy(values, 0, runs, 0, padded);
      int run = 1;
      for (; 2 * run <= side; run *= 2) {
        System.arraycopy(runs, run, ahead, 0, padded - run);
        for (int i = 0; i < padded - run; i++) {
          runs[i] = Math.max(runs[i], ahead[i]);
        }
      }
      // the window [x - rho, x + rho] is values[x .. x + side): the runs at x and x + side - run
      System.arraycopy(runs, side - run, ahead, 0, width);
      for (int x = 0; x < width; x++) {
        maxima[x] = Math.max(runs[x], ahead[x]);
      }
      System.arraycopy(maxima, 0, out, row, width);
    }
  }

  /**
   * For each row y of [fromRow, toRow), the maximum of {@code in} over rows [y - rho, y + rho],
   * a whole row at a time.
   *
   * @param in row maxima; rows fromRow - rho to toRow + rho must be filled; not modified
   * @param out modified, rows fromRow to toRow
   */
  static void alongColumns(float[] in, float[] out, int width, int fromRow, int toRow, int rho) {
    int rows = toRow - fromRow + 2 * rho;
    alongColumns(in, out, width, fromRow, toRow, rho, new float[rows * width],
        new float[rows * width]);
  }

  /**
   * As {@link #alongColumns(float[], float[], int, int, int, int)} with its scratch given.
   *
   * @param prefix scratch of at least {@code (toRow - fromRow + 2 rho) * width}; modified
   * @param suffix scratch of the same size; modified
   */
  static void alongColumns(float[] in, float[] out, int width, int fromRow, int toRow, int rho,
      float[] prefix, float[] suffix) {
    int block = 2 * rho + 1;
    int first = fromRow - rho;
    int last = toRow + rho; // exclusive
    int rows = last - first;
    // the running maximum kept in a row of its own and the rows read copied to it, so that every
    // loop reads and writes at one index: HotSpot (JDK 17) leaves a loop over one array at an
    // offset from another scalar
    float[] running = new float[width];
    float[] read = new float[width];
    for (int k = 0; k < rows; k++) {
      System.arraycopy(in, (first + k) * width, read, 0, width);
      if (k % block == 0) {
        System.arraycopy(read, 0, running, 0, width);
      } else {
        for (int x = 0; x < width; x++) {
          running[x] = Math.max(running[x], read[x]);
        }
      }
      System.arraycopy(running, 0, prefix, k * width, width);
    }
    for (int k = rows - 1; k >= 0; k--) {
      System.arraycopy(in, (first + k) * width, read, 0, width);
      if ((k + 1) % block == 0 || k == rows - 1) {
        System.arraycopy(read, 0, running, 0, width);
      } else {
        for (int x = 0; x < width; x++) {
          running[x] = Math.max(running[x], read[x]);
        }
      }
      System.arraycopy(running, 0, suffix, k * width, width);
    }
    float[] high = new float[width];
    for (int y = fromRow; y < toRow; y++) {
      System.arraycopy(suffix, (y - rho - first) * width, read, 0, width);
      System.arraycopy(prefix, (y + rho - first) * width, high, 0, width);
      for (int x = 0; x < width; x++) {
        running[x] = Math.max(read[x], high[x]);
      }
      System.arraycopy(running, 0, out, y * width, width);
    }
  }
}
