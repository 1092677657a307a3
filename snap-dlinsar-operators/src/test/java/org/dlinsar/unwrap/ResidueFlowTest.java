package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The flow minimises the cost it is given, not the number of edges it cuts. */
class ResidueFlowTest {

  /**
   * Two loops of a 3 x 2 grid with charges +1 and -1: the edge between them is one cut, the way
   * round through the ground beyond the border two. Dear, the edge between is avoided. JGraphT's
   * solver takes arc costs from the graph's edge weights (jgrapht issues 1139 and 1150); with every
   * weight 1 it cut the one edge whatever its cost.
   */
  @Test
  void aDearEdgeBetweenTwoResiduesIsGoneAround() {
    PhaseGrid grid = new PhaseGrid(3, 2);
    float[] across = {1, 1, 1, 1};
    float[] down = {1, 10, 1};
    int[][] dear = ResidueFlow.cycles(grid, new int[] {1, -1}, across, down);
    assertEquals(0, dear[1][1], "the dear edge between the residues is not cut");
    assertEquals(2, cuts(dear), "two cheap cuts through the border instead");

    down[1] = 1;
    int[][] cheap = ResidueFlow.cycles(grid, new int[] {1, -1}, across, down);
    assertEquals(1, Math.abs(cheap[1][1]), "cheap, the edge between is the one cut");
    assertEquals(1, cuts(cheap));
  }

  private static int cuts(int[][] cycles) {
    int n = 0;
    for (int[] edges : cycles) {
      for (int k : edges) {
        n += Math.abs(k);
      }
    }
    return n;
  }
}
