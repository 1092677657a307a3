package org.dlinsar.sbas;

import java.util.Arrays;

/**
 * Cholesky solve of a symmetric positive definite matrix stored by its envelope: row i from its
 * first non-zero column to the diagonal (Jennings' profile method). The factor fills in only
 * within the envelope, so the normal matrix of a small-baseline network whose dates are each
 * paired with their next k costs O(n k^2) instead of the dense O(n^3): a pixel's inversion at 500
 * dates and k = 3 took 16.6 ms with EJML's dense Cholesky, 0.10 ms with this
 * ({@code bench/java.sh SbasInversionBench}). A long pair (a yearly one) widens only its own row.
 *
 * <p>The dense algorithm with the zeros outside the envelope skipped: solutions agree with EJML's
 * dense Cholesky to rounding. One instance per thread: it keeps its arrays between solves.
 */
final class EnvelopeCholesky {

  private int size;
  private int[] first = new int[0];
  /** rowStart[i]: where row i's envelope starts in {@link #entries}; rowStart[size]: its length. */
  private int[] rowStart = new int[1];
  private double[] entries = new double[0];

  /**
   * Clears the matrix to zero over a new envelope.
   *
   * @param firstColumn per row, its first non-zero column (at most the row); not kept
   */
  void reset(int[] firstColumn) {
    size = firstColumn.length;
    if (first.length < size) {
      first = new int[size];
      rowStart = new int[size + 1];
    }
    System.arraycopy(firstColumn, 0, first, 0, size);
    for (int i = 0; i < size; i++) {
      rowStart[i + 1] = rowStart[i] + i - first[i] + 1;
    }
    if (entries.length < rowStart[size]) {
      entries = new double[rowStart[size]];
    }
    Arrays.fill(entries, 0, rowStart[size], 0);
  }

  /** Adds {@code value} at (row, column) of the lower triangle: column at most row, in the envelope. */
  void add(int row, int column, double value) {
    entries[at(row, column)] += value;
  }

  /**
   * Factors the matrix in place into L (A = L L^T).
   *
   * @return false when a pivot is not positive: the matrix is not positive definite
   */
  boolean factor() {
    for (int i = 0; i < size; i++) {
      for (int j = first[i]; j < i; j++) {
        entries[at(i, j)] = (entries[at(i, j)] - dot(i, j, j)) / entries[at(j, j)];
      }
      double pivot = entries[at(i, i)] - dot(i, i, i);
      if (pivot <= 0) {
        return false;
      }
      entries[at(i, i)] = Math.sqrt(pivot);
    }
    return true;
  }

  /** Solves L L^T x = b after {@link #factor()}; b is overwritten by x. */
  void solve(double[] b) {
    for (int i = 0; i < size; i++) {
      b[i] = (b[i] - dot(i, b, i)) / entries[at(i, i)];
    }
    // L^T by rows of L: once x_i is known, it is taken out of the rows above
    for (int i = size - 1; i >= 0; i--) {
      b[i] /= entries[at(i, i)];
      int base = rowStart[i] - first[i];
      for (int m = first[i]; m < i; m++) {
        b[m] -= entries[base + m] * b[i];
      }
    }
  }

  private int at(int row, int column) {
    return rowStart[row] + column - first[row];
  }

  /** Sum over columns m < end of L(a, m) L(b, m), where both rows have entries. */
  private double dot(int a, int b, int end) {
    int from = Math.max(first[a], first[b]);
    int baseA = rowStart[a] - first[a];
    int baseB = rowStart[b] - first[b];
    double sum = 0;
    for (int m = from; m < end; m++) {
      sum += entries[baseA + m] * entries[baseB + m];
    }
    return sum;
  }

  /** Sum over columns m < end of L(row, m) x_m. */
  private double dot(int row, double[] x, int end) {
    int base = rowStart[row] - first[row];
    double sum = 0;
    for (int m = first[row]; m < end; m++) {
      sum += entries[base + m] * x[m];
    }
    return sum;
  }
}
