package org.dlinsar.sbas;

import java.util.BitSet;

/**
 * What a pixel's set of valid pairs fixes, computed once and shared by every pixel with that set:
 * which dates form connected subsets, which date grounds each subset (its first), the index of
 * every other date among the unknowns, and the null space of the velocity design matrix, the
 * directions that Berardino's minimum-norm solution removes.
 *
 * <p>Velocity design matrix (Berardino et al. 2002, eq. 8): one row per valid pair, one column per
 * interval between consecutive dates, entry dt_k (years) where the pair spans interval k. Its null
 * space is non-trivial exactly where the network splits into disconnected subsets.
 */
final class NetworkPattern {

  final BitSet validPairs;
  /** unknown[d]: index of date d among the unknowns, -1 for a subset's first date (fixed at 0). */
  final int[] unknown;
  final int unknownCount;
  final int subsets;
  /** subsetOf[d]: the first date of the subset of dates that date d's valid pairs link it to. */
  final int[] subsetOf;
  /**
   * Per unknown, the first unknown its valid pairs tie it to (itself when none earlier): the
   * envelope of the normal matrix, which a small-baseline network keeps narrow.
   */
  final int[] firstColumn;
  /** Orthonormal null-space basis of the velocity design matrix, intervals x nullity (may be 0). */
  final double[][] nullBasis;

  NetworkPattern(SbasNetwork network, BitSet validPairs) {
    this.validPairs = (BitSet) validPairs.clone();
    int n = network.dateCount();
    subsetOf = network.linkedSubsets(validPairs);
    unknown = new int[n];
    int count = 0;
    int groups = 0;
    for (int d = 0; d < n; d++) {
      if (subsetOf[d] == d) {
        unknown[d] = -1;
        groups++;
      } else {
        unknown[d] = count++;
      }
    }
    this.unknownCount = count;
    this.subsets = groups;
    this.firstColumn = envelope(network, validPairs, unknown, count);
    this.nullBasis = groups > 1 ? nullSpace(network, subsetOf, groups) : new double[0][];
  }

  private static int[] envelope(SbasNetwork network, BitSet validPairs, int[] unknown, int count) {
    int[] first = new int[count];
    for (int u = 0; u < count; u++) {
      first[u] = u;
    }
    for (int p = validPairs.nextSetBit(0); p >= 0; p = validPairs.nextSetBit(p + 1)) {
      int a = unknown[network.secondary(p)];
      int b = unknown[network.reference(p)];
      if (a >= 0 && b >= 0) {
        int row = Math.max(a, b);
        first[row] = Math.min(first[row], Math.min(a, b));
      }
    }
    return first;
  }

  /**
   * The null space in closed form. A velocity v is in it when every valid pair measures zero, i.e.
   * when the displacement it integrates to, phi(d) = sum over k < d of dt_k v_k, is the same at
   * both dates of every valid pair: constant on each subset of linked dates, 0 on date 0's. So
   * subset g other than date 0's contributes the direction v_k = (1[k + 1 in g] - 1[k in g]) / dt_k,
   * and those (subsets - 1 of them, independent) span it; orthonormalised by Gram-Schmidt, twice
   * over for round-off. An SVD of the pairs x intervals matrix found the same space at a cost of
   * intervals cubed per pattern (0.13 s at 250 dates, paid by every pixel of its own pattern).
   */
  private static double[][] nullSpace(SbasNetwork network, int[] subsetOf, int groups) {
    int intervals = network.dateCount() - 1;
    double[][] basis = new double[groups - 1][];
    int found = 0;
    for (int g = 1; g <= intervals; g++) {
      if (subsetOf[g] != g) {
        continue;
      }
      double[] direction = new double[intervals];
      for (int k = 0; k < intervals; k++) {
        int entering = subsetOf[k + 1] == g ? 1 : 0;
        int leaving = subsetOf[k] == g ? 1 : 0;
        direction[k] = (entering - leaving) / (network.epochYears(k + 1) - network.epochYears(k));
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int b = 0; b < found; b++) {
          double dot = dot(basis[b], direction);
          for (int k = 0; k < intervals; k++) {
            direction[k] -= dot * basis[b][k];
          }
        }
      }
      double norm = Math.sqrt(dot(direction, direction));
      for (int k = 0; k < intervals; k++) {
        direction[k] /= norm;
      }
      basis[found++] = direction;
    }
    return basis;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }
}
