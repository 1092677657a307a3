package org.esa.snap.core.gpf.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a graph's sources to nodes and orders the nodes so that every node comes after the
 * nodes it reads from (depth-first, in declaration order otherwise).
 */
final class GraphOrder {

  private enum Mark { VISITING, DONE }

  private final Graph graph;
  private final Map<Node, Mark> marks = new HashMap<>();
  private final List<Node> order = new ArrayList<>();
  private final List<Node> path = new ArrayList<>();

  private GraphOrder(Graph graph) {
    this.graph = graph;
  }

  /**
   * Sets every {@link NodeSource}'s source node and returns the nodes in dependency order.
   *
   * @throws GraphException naming the node if a source refers to an unknown node id or the
   *     sources form a cycle (the message lists the cycle)
   */
  static List<Node> resolve(Graph graph) throws GraphException {
    if (graph.getNodeCount() == 0) {
      throw new GraphException("Graph '" + graph.getId() + "' has no nodes");
    }
    for (Node node : graph.getNodes()) {
      for (NodeSource source : node.getSources()) {
        Node sourceNode = graph.getNode(source.getSourceNodeId());
        if (sourceNode == null) {
          throw new GraphException(GraphProcessor.nodeLabel(node) + ": source '" + source.getName()
              + "' refers to unknown node '" + source.getSourceNodeId() + "'");
        }
        source.setSourceNode(sourceNode);
      }
    }
    GraphOrder sorter = new GraphOrder(graph);
    for (Node node : graph.getNodes()) {
      sorter.visit(node);
    }
    return sorter.order;
  }

  private void visit(Node node) throws GraphException {
    Mark mark = marks.get(node);
    if (mark == Mark.DONE) {
      return;
    }
    if (mark == Mark.VISITING) {
      StringBuilder cycle = new StringBuilder();
      for (Node onPath : path.subList(path.indexOf(node), path.size())) {
        cycle.append('\'').append(onPath.getId()).append("' -> ");
      }
      cycle.append('\'').append(node.getId()).append('\'');
      throw new GraphException("Graph '" + graph.getId() + "' has a cycle through node '" + node.getId()
          + "': " + cycle);
    }
    marks.put(node, Mark.VISITING);
    path.add(node);
    for (NodeSource source : node.getSources()) {
      visit(source.getSourceNode());
    }
    path.remove(path.size() - 1);
    marks.put(node, Mark.DONE);
    order.add(node);
  }
}
