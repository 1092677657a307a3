package org.dlinsar.unwrap;

import java.util.function.IntToDoubleFunction;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;

/**
 * The residue network's cheapest flow by JGraphT's {@code CapacityScalingMinimumCostFlow}, as
 * {@link ResidueFlow} solved it before {@link ShortestPathFlow}: the reference its costs are
 * checked against ({@code ShortestPathFlowTest}).
 */
final class JGraphTResidueFlow {

  private JGraphTResidueFlow() {}

  /**
   * @param charge residue charge per loop; not modified
   * @param acrossCost cost of cutting each across edge, >= 0; not modified
   * @param downCost cost of cutting each down edge, >= 0; not modified
   * @return whole cycles to add to each edge: [0] across edges, [1] down edges
   */
  static int[][] cycles(PhaseGrid grid, int[] charge, float[] acrossCost, float[] downCost) {
    int w = grid.width();
    int h = grid.height();
    int loops = grid.loops();
    int ground = loops;
    int nAcross = grid.acrossEdges();
    int[][] cycles = {new int[nAcross], new int[grid.downEdges()]};
    int total = 0;
    boolean any = false;
    for (int q : charge) {
      total += q;
      any |= q != 0;
    }
    if (!any) {
      return cycles;
    }
    // plus[e] / minus[e]: the loop in which edge e counts + / - (PhaseGrid's loop sum)
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
    // arc 2e runs plus -> minus through edge e, arc 2e + 1 back
    int[] tail = new int[2 * edges];
    int[] head = new int[2 * edges];
    for (int e = 0; e < edges; e++) {
      tail[2 * e] = plus[e];
      head[2 * e] = minus[e];
      tail[2 * e + 1] = minus[e];
      head[2 * e + 1] = plus[e];
    }
    IntToDoubleFunction cost = arc -> {
      int e = arc >> 1;
      return e < nAcross ? acrossCost[e] : downCost[e - nAcross];
    };
    // the solver reads the costs as the graph's weights; the problem carries them too, for clarity
    ArcArrayGraph network = new ArcArrayGraph(ground + 1, tail, head, cost);
    int groundSupply = -total;
    MinimumCostFlowProblem<Integer, Integer> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network,
            v -> v == ground ? groundSupply : charge[v],
            arc -> CapacityScalingMinimumCostFlow.CAP_INF,
            arc -> 0,
            cost::applyAsDouble);
    MinimumCostFlow<Integer> flow = new CapacityScalingMinimumCostFlow<Integer, Integer>()
        .getMinimumCostFlow(problem);
    for (var entry : flow.getFlowMap().entrySet()) {
      int units = (int) Math.round(entry.getValue());
      if (units != 0) {
        int arc = entry.getKey();
        int e = arc >> 1;
        // flow minus -> plus adds a cycle, plus -> minus removes one
        int k = (arc & 1) == 1 ? units : -units;
        if (e < nAcross) {
          cycles[0][e] += k;
        } else {
          cycles[1][e - nAcross] += k;
        }
      }
    }
    return cycles;
  }
}
