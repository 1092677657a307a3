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

  /** As {@link ResidueFlow#cycles}, solved by JGraphT on the same {@link ResidueFlow.Network}. */
  static int[][] cycles(PhaseGrid grid, int[] charge, float[] acrossCost, float[] downCost) {
    ResidueFlow.Network network = ResidueFlow.Network.of(grid, charge, acrossCost, downCost);
    int edges = network.plus().length;
    // arc 2e runs plus -> minus through edge e, arc 2e + 1 back
    int[] tail = new int[2 * edges];
    int[] head = new int[2 * edges];
    for (int e = 0; e < edges; e++) {
      tail[2 * e] = network.plus()[e];
      head[2 * e] = network.minus()[e];
      tail[2 * e + 1] = network.minus()[e];
      head[2 * e + 1] = network.plus()[e];
    }
    IntToDoubleFunction cost = arc -> network.cost()[arc >> 1];
    // the solver reads the costs as the graph's weights (jgrapht issues 1139 and 1150)
    ArcArrayGraph graph = new ArcArrayGraph(network.nodes(), tail, head, cost);
    MinimumCostFlowProblem<Integer, Integer> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> network.supply()[v],
            arc -> CapacityScalingMinimumCostFlow.CAP_INF,
            arc -> 0,
            cost::applyAsDouble);
    MinimumCostFlow<Integer> flow = new CapacityScalingMinimumCostFlow<Integer, Integer>()
        .getMinimumCostFlow(problem);
    int[] net = new int[edges];
    for (var entry : flow.getFlowMap().entrySet()) {
      int units = (int) Math.round(entry.getValue());
      int arc = entry.getKey();
      net[arc >> 1] += (arc & 1) == 0 ? units : -units;
    }
    return ResidueFlow.cyclesOf(grid, net);
  }
}
