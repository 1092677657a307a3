package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

class EnvelopeCholeskyTest {

  /**
   * Random graph Laplacians with one node grounded, as SBAS's normal matrices are: a band of
   * random width, a few long links (yearly pairs), solved as EJML's dense Cholesky solves them.
   */
  @Test
  void solvesAsTheDenseCholeskyOnRandomEnvelopes() {
    Random random = new Random(7);
    EnvelopeCholesky envelope = new EnvelopeCholesky();
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(60);
      int band = 1 + random.nextInt(5);
      DMatrixRMaj dense = new DMatrixRMaj(n, n);
      int[] first = new int[n];
      boolean[][] linked = new boolean[n][n];
      for (int i = 0; i < n; i++) {
        first[i] = i;
        dense.add(i, i, 0.1 + random.nextDouble()); // the grounded node's link
        for (int j = Math.max(0, i - band); j < i; j++) {
          linked[i][j] = random.nextDouble() < 0.7;
        }
        if (i > 20 && random.nextDouble() < 0.1) {
          linked[i][random.nextInt(i - 20)] = true;
        }
        for (int j = 0; j < i; j++) {
          if (linked[i][j]) {
            double w = 0.01 + 50 * random.nextDouble();
            dense.add(i, i, w);
            dense.add(j, j, w);
            dense.add(i, j, -w);
            dense.add(j, i, -w);
            first[i] = Math.min(first[i], j);
          }
        }
      }
      envelope.reset(first);
      for (int i = 0; i < n; i++) {
        for (int j = first[i]; j <= i; j++) {
          envelope.add(i, j, dense.get(i, j));
        }
      }
      double[] b = new double[n];
      DMatrixRMaj rhs = new DMatrixRMaj(n, 1);
      for (int i = 0; i < n; i++) {
        b[i] = 100 * random.nextGaussian();
        rhs.set(i, 0, b[i]);
      }
      LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
      assertTrue(chol.setA(dense.copy()));
      DMatrixRMaj x = new DMatrixRMaj(n, 1);
      chol.solve(rhs, x);

      assertTrue(envelope.factor(), "trial " + trial);
      envelope.solve(b);
      for (int i = 0; i < n; i++) {
        assertEquals(x.get(i, 0), b[i], 1e-9 * (1 + Math.abs(x.get(i, 0))),
            "trial " + trial + " n " + n + " unknown " + i);
      }
    }
  }

  @Test
  void refusesAMatrixThatIsNotPositiveDefinite() {
    EnvelopeCholesky envelope = new EnvelopeCholesky();
    envelope.reset(new int[] {0, 0});
    // [[1, 2], [2, 1]]: eigenvalues 3 and -1
    envelope.add(0, 0, 1);
    envelope.add(1, 1, 1);
    envelope.add(1, 0, 2);
    assertFalse(envelope.factor());
  }
}
