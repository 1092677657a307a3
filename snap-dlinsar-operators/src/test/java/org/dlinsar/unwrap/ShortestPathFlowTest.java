package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The residue network's flow costs what JGraphT's minimum-cost flow costs, on random networks of
 * the kinds unwrapping meets (uniform costs as DL-Unwrap's, varied ones, free edges, residues few
 * or dense, charges beyond 1), and cancels every residue.
 */
class ShortestPathFlowTest {

  @Test
  void costsWhatJGraphTsMinimumCostFlowCostsAndCancelsEveryResidue() {
    SplittableRandom random = new SplittableRandom(20261206);
    for (int trial = 0; trial < 300; trial++) {
      PhaseGrid grid = new PhaseGrid(2 + random.nextInt(30), 2 + random.nextInt(30));
      double density = random.nextDouble() * 0.5;
      int[] charge = new int[grid.loops()];
      for (int i = 0; i < charge.length; i++) {
        if (random.nextDouble() < density) {
          charge[i] = (random.nextBoolean() ? 1 : -1) * (random.nextDouble() < 0.1 ? 2 : 1);
        }
      }
      int kind = trial % 3;
      float[] across = costs(grid.acrossEdges(), kind, random);
      float[] down = costs(grid.downEdges(), kind, random);
      String label = "trial " + trial + ", " + grid.width() + " x " + grid.height() + ", costs of kind " + kind;

      int[][] cycles = ResidueFlow.cycles(grid, charge, across, down);

      assertEquals(cost(JGraphTResidueFlow.cycles(grid, charge, across, down), across, down),
          cost(cycles, across, down), 1e-3, label);
      assertCancels(grid, charge, cycles, label);
    }
  }

  @Test
  void refusesSuppliesThatDoNotBalance() {
    assertThrows(IllegalArgumentException.class,
        () -> ShortestPathFlow.solve(2, new int[] {0}, new int[] {1}, new float[] {1}, new int[] {1, 0}));
  }

  /** Kind 0: every edge 1, as DL-Unwrap's; 1: 0.1 to 5; 2: a third of them free, the rest 1 to 3. */
  private static float[] costs(int n, int kind, SplittableRandom random) {
    float[] c = new float[n];
    for (int i = 0; i < n; i++) {
      c[i] = switch (kind) {
        case 0 -> 1f;
        case 1 -> (float) (0.1 + 4.9 * random.nextDouble());
        default -> random.nextInt(3) == 0 ? 0f : 1 + random.nextInt(3);
      };
    }
    return c;
  }

  private static double cost(int[][] cycles, float[] across, float[] down) {
    double sum = 0;
    for (int e = 0; e < across.length; e++) {
      sum += (double) across[e] * Math.abs(cycles[0][e]);
    }
    for (int e = 0; e < down.length; e++) {
      sum += (double) down[e] * Math.abs(cycles[1][e]);
    }
    return sum;
  }

  /** Each loop's anticlockwise sum of the added cycles (PhaseGrid) takes its residue away. */
  private static void assertCancels(PhaseGrid grid, int[] charge, int[][] cycles, String label) {
    int w = grid.width();
    for (int y = 0; y + 1 < grid.height(); y++) {
      for (int x = 0; x + 1 < w; x++) {
        int loop = y * (w - 1) + x;
        int added = cycles[0][y * (w - 1) + x] + cycles[1][y * w + x + 1]
            - cycles[0][(y + 1) * (w - 1) + x] - cycles[1][y * w + x];
        assertEquals(0, charge[loop] + added, label + ", loop " + loop);
      }
    }
  }
}
