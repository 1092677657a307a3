package org.esa.snap.core.gpf.graph;

import com.bc.ceres.core.ProgressMonitor;
import com.bc.ceres.core.SubProgressMonitor;
import org.dlinsar.lite.graph.NodeIds;
import org.dlinsar.lite.graph.OperatorDisposal;
import org.dlinsar.lite.graph.OperatorInfo;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a processing graph the way gpt does: every node's operator is created in dependency
 * order with its sources' target products, then every operator is executed in that order, which
 * makes each {@code Write} node pull its source's tiles and write them. All target products are
 * disposed at the end, whether the run succeeded or not.
 */
public class GraphProcessor {

  private Logger logger = Logger.getLogger(GraphProcessor.class.getName());

  /** Creates a processor that logs to the {@code org.esa.snap.core.gpf.graph.GraphProcessor} logger. */
  public GraphProcessor() {}

  /** @return the logger that receives one line per node created and executed (level FINE) */
  public Logger getLogger() {
    return logger;
  }

  /** @param logger the logger for per-node messages */
  public void setLogger(Logger logger) {
    this.logger = logger;
  }

  /**
   * Runs {@code graph}. The graph's sources are resolved ({@link NodeSource#getSourceNode()} is
   * set) as a side effect; nothing else in it is modified.
   *
   * @param pm receives one task, "Executing processing graph", begun before the operators are
   *     created (as SNAP's GraphProcessor does), so it spans their initialisation; the executed
   *     operators' work (writing) are its sub-tasks
   * @throws GraphException naming the node if a source refers to an unknown node, the sources form
   *     a cycle, an operator or parameter is unknown, or an operator fails (its exception, an
   *     {@code OperatorException} or another runtime exception, is the cause)
   */
  public void executeGraph(Graph graph, ProgressMonitor pm) throws GraphException {
    List<Node> order = GraphOrder.resolve(graph);
    Map<Node, Operator> operators = new LinkedHashMap<>();
    // begun before the operators are created, as SNAP's: their initialize() is part of the run
    pm.beginTask("Executing processing graph", 100 * order.size());
    try {
      for (Node node : order) {
        operators.put(node, createOperator(node, operators));
      }
      for (Map.Entry<Node, Operator> entry : operators.entrySet()) {
        WorkTracker share = new WorkTracker(SubProgressMonitor.create(pm, 100));
        execute(entry.getKey(), entry.getValue(), share);
        if (!share.isBegun()) {
          pm.worked(100);
        }
      }
    } finally {
      try {
        pm.done();
      } finally {
        dispose(operators.values());
      }
    }
  }

  private Operator createOperator(Node node, Map<Node, Operator> created) throws GraphException {
    OperatorInfo info = OperatorInfo.find(node.getOperatorName());
    if (info == null) {
      throw new GraphException(nodeLabel(node) + ": unknown operator '" + node.getOperatorName() + "'");
    }
    Map<String, Object> parameters;
    try {
      parameters = info.parameterValues(node.getConfiguration());
    } catch (IllegalArgumentException e) {
      throw new GraphException(nodeLabel(node) + ": " + e.getMessage(), e);
    }
    Map<String, Product> sources = new LinkedHashMap<>();
    Map<String, String> refs = new HashMap<>();
    for (NodeSource source : node.getSources()) {
      // SNAP keys sources by name too, and fails on its processing-graph metadata ("Source
      // product not found") when two nodes share one: say which, and how to name them
      String earlier = refs.putIfAbsent(source.getName(), source.getSourceNodeId());
      if (earlier != null && !earlier.equals(source.getSourceNodeId())) {
        throw new GraphException(nodeLabel(node) + ": sources '" + earlier + "' and '"
            + source.getSourceNodeId() + "' are both named '" + source.getName() + "'; number"
            + " the further ones (<" + source.getName() + " refid=\"" + earlier + "\"/>, <"
            + source.getName() + ".2 refid=\"" + source.getSourceNodeId() + "\"/>, ...)");
      }
      sources.put(source.getName(), created.get(source.getSourceNode()).getTargetProduct());
    }
    logger.fine(() -> "creating " + nodeLabel(node));
    try {
      Operator operator = GPF.getDefaultInstance().createOperator(info.alias(), parameters, sources, null);
      NodeIds.give(operator, node.getId());
      operator.getTargetProduct();
      return operator;
    } catch (RuntimeException e) {
      throw new GraphException(nodeLabel(node) + ": " + e.getMessage(), e);
    }
  }

  private void execute(Node node, Operator operator, ProgressMonitor pm) throws GraphException {
    logger.fine(() -> "executing " + nodeLabel(node));
    try {
      operator.execute(pm);
    } catch (RuntimeException e) {
      throw new GraphException(nodeLabel(node) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Disposes the nodes last-initialised first, as SNAP's GraphContext.dispose: each operator's
   * context disposes its target product, its images, then calls the operator's dispose(). Write's
   * target is its source's product, so that source is disposed with it, as in SNAP.
   */
  private void dispose(Iterable<Operator> operators) {
    List<Operator> reversed = new ArrayList<>();
    operators.forEach(reversed::add);
    Collections.reverse(reversed);
    for (Operator operator : reversed) {
      try {
        OperatorDisposal.dispose(operator);
      } catch (RuntimeException e) {
        // Disposal frees memory only; a failure here must not hide the run's own outcome.
        logger.log(Level.WARNING, "cannot dispose the product of operator " + operator.getId(), e);
      }
    }
  }

  static String nodeLabel(Node node) {
    return "Node '" + node.getId() + "' (" + node.getOperatorName() + ")";
  }
}
