package org.dlinsar.sbas;

import java.util.BitSet;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * What a pixel's set of valid pairs fixes, computed once and shared by every pixel with that set:
 * which dates form connected subsets, which date grounds each subset (its first), the index of
 * every other date among the unknowns, and the null space of the velocity design matrix (by SVD),
 * the directions that Berardino's minimum-norm solution removes.
 *
 * <p>Velocity design matrix (Berardino et al. 2002, eq. 8): one row per valid pair, one column per
 * interval between consecutive dates, entry dt_k (years) where the pair spans interval k. Its null
 * space is non-trivial exactly where the network splits into disconnected subsets.
 */
final class NetworkPattern {

  /** Singular values below this times the largest count as zero. */
  private static final double RANK_TOLERANCE = 1e-9;

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
    this.nullBasis = groups > 1 ? nullSpace(network, validPairs) : new double[0][];
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

  private static double[][] nullSpace(SbasNetwork network, BitSet validPairs) {
    int intervals = network.dateCount() - 1;
    int rows = Math.max(validPairs.cardinality(), 1);
    DMatrixRMaj design = new DMatrixRMaj(Math.max(rows, intervals), intervals);
    int row = 0;
    for (int p = validPairs.nextSetBit(0); p >= 0; p = validPairs.nextSetBit(p + 1), row++) {
      for (int k = network.reference(p); k < network.secondary(p); k++) {
        design.set(row, k, network.epochYears(k + 1) - network.epochYears(k));
      }
    }
    // zero rows padded so the SVD is square or tall: they change no singular vector
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(design.numRows, intervals, false, true, false);
    if (!svd.decompose(design)) {
      throw new IllegalStateException("SVD of the " + rows + " x " + intervals
          + " SBAS design matrix did not converge");
    }
    double largest = 0;
    for (double s : svd.getSingularValues()) {
      largest = Math.max(largest, s);
    }
    DMatrixRMaj basis = SingularOps_DDRM.nullSpace(svd, null, RANK_TOLERANCE * largest);
    // EJML returns one null vector per column
    double[][] out = new double[basis.numCols][intervals];
    for (int c = 0; c < basis.numCols; c++) {
      for (int k = 0; k < intervals; k++) {
        out[c][k] = basis.get(k, c);
      }
    }
    return out;
  }
}
