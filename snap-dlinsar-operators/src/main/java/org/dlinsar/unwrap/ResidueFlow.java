package org.dlinsar.unwrap;

import java.util.Arrays;

/**
 * The minimum-cost flow on the residue network (Costantini 1998): one node per 2 x 2 loop with
 * its residue charge as supply, one ground node beyond the border taking the net charge, and
 * through every pixel edge flow either way between the loops (or loop and ground) it separates,
 * each unit costing that edge's weight. A unit of flow across an edge adds one cycle to its
 * wrapped difference, so the cheapest flow makes every loop sum to zero while changing the
 * differences where the weights are lowest. Solved by successive shortest paths on arrays
 * ({@link ShortestPathFlow}).
 */
final class ResidueFlow {

  private ResidueFlow() {}

  /**
   * @param charge residue charge per loop; not modified
   * @param acrossCost cost of cutting each across edge, >= 0; not modified
   * @param downCost cost of cutting each down edge, >= 0; not modified
   * @return whole cycles to add to each edge: [0] across edges, [1] down edges
   */
  static int[][] cycles(PhaseGrid grid, int[] charge, float[] acrossCost, float[] downCost) {
    boolean any = false;
    for (int q : charge) {
      any |= q != 0;
    }
    if (!any) {
      return cyclesOf(grid, new int[grid.acrossEdges() + grid.downEdges()]);
    }
    Network network = Network.of(grid, charge, acrossCost, downCost);
    return cyclesOf(grid, ShortestPathFlow.solve(network.nodes(), network.plus(), network.minus(),
        network.cost(), network.supply()));
  }

  /**
   * The whole cycles each edge gains from a flow on the {@link Network}: flow plus -> minus
   * removes a cycle, minus -> plus adds one.
   *
   * @param flow each edge's net flow, positive from its plus to its minus loop (across edges first)
   * @return [0] across edges, [1] down edges
   */
  static int[][] cyclesOf(PhaseGrid grid, int[] flow) {
    int nAcross = grid.acrossEdges();
    int[][] cycles = {new int[nAcross], new int[grid.downEdges()]};
    for (int e = 0; e < flow.length; e++) {
      if (e < nAcross) {
        cycles[0][e] = -flow[e];
      } else {
        cycles[1][e - nAcross] = -flow[e];
      }
    }
    return cycles;
  }

  /**
   * The residue network of a grid: node per loop, then the ground; for each edge (across edges,
   * then down edges) the loop in which it counts + and the one in which it counts - (PhaseGrid's
   * loop sum; the ground beyond the border) and its cost; each node's supply, the ground taking
   * the net charge.
   */
  record Network(int nodes, int[] plus, int[] minus, float[] cost, int[] supply) {

    static Network of(PhaseGrid grid, int[] charge, float[] acrossCost, float[] downCost) {
      int w = grid.width();
      int h = grid.height();
      int ground = grid.loops();
      int nAcross = grid.acrossEdges();
      int edges = nAcross + grid.downEdges();
      int[] plus = new int[edges];
      int[] minus = new int[edges];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x + 1 < w; x++) {
          int e = y * (w - 1) + x;
          plus[e] = y + 1 < h ? y * (w - 1) + x : ground;
          minus[e] = y > 0 ? (y - 1) * (w - 1) + x : ground;
        }
      }
      for (int y = 0; y + 1 < h; y++) {
        for (int x = 0; x < w; x++) {
          int e = nAcross + y * w + x;
          plus[e] = x > 0 ? y * (w - 1) + x - 1 : ground;
          minus[e] = x + 1 < w ? y * (w - 1) + x : ground;
        }
      }
      float[] cost = Arrays.copyOf(acrossCost, edges);
      System.arraycopy(downCost, 0, cost, nAcross, grid.downEdges());
      int[] supply = Arrays.copyOf(charge, ground + 1);
      int total = 0;
      for (int q : charge) {
        total += q;
      }
      supply[ground] = -total;
      return new Network(ground + 1, plus, minus, cost, supply);
    }
  }
}
