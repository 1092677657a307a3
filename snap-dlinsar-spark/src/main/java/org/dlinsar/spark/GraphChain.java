package org.dlinsar.spark;

import com.bc.ceres.binding.dom.DomElement;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.TemplateKeys;
import org.dlinsar.lite.cli.GptSubstitution;
import org.dlinsar.lite.cli.UnsetVariables;
import org.dlinsar.lite.cli.UnusedVariables;
import org.dlinsar.lite.graph.OperatorInfo;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.Node;
import org.esa.snap.core.gpf.graph.NodeSource;

/**
 * A graph file read as bin/dlinsar-spark runs it: its variables set, none left unset (in
 * bin/dlinsar's words, {@link UnsetVariables}), one chain of nodes, each reading the one before,
 * from the node without sources to the one nothing reads, every node's operator known and its
 * parameters checked as bin/dlinsar's engine checks them before it computes anything; and how
 * its refusals name a node.
 */
final class GraphChain {

  private GraphChain() {}

  /**
   * The chain of the graph {@code graphFile} whose text is {@code text}, its variables set,
   * warning on {@code warnings} of each variable the graph never names, in bin/dlinsar's words
   * ({@link UnusedVariables}): a misspelt {@code -Pouptut=}, or a {@code -PpixelRegion}, which
   * would leave the run on the whole frame.
   *
   * @throws IllegalArgumentException naming the graph file and the node when the graph cannot be
   *     read, a source names no node, or an operator or parameter is refused
   * @throws NotForSpark when the graph is not one chain
   */
  static List<Node> read(Path graphFile, String text, Map<String, String> variables, PrintStream warnings) {
    String unexpanded = UnsetVariables.unexpandedValue(variables);
    if (unexpanded != null) {
      throw new IllegalArgumentException(unexpanded);
    }
    for (String name : UnusedVariables.of(text, variables.keySet())) {
      warnings.println(UnusedVariables.warning(graphFile, name) + (UnusedVariables.SOURCE_REGIONS.contains(name)
          ? "; bin/dlinsar-spark reads the whole frame of the input (it applies no region of it)" : ""));
    }
    GptSubstitution.warnings(graphFile, text, variables).forEach(warnings::println);
    Graph graph;
    try (Reader reader = new StringReader(text)) {
      graph = GraphIO.read(reader, variables);
    } catch (GraphException | IOException e) {
      throw new IllegalArgumentException("cannot read graph " + graphFile + ": " + e.getMessage(), e);
    }
    String unset = UnsetVariables.refusal(graphFile, graph, TemplateKeys.named(text));
    if (unset != null) {
      throw new IllegalArgumentException(unset);
    }
    List<Node> chain = chain(graph, graphFile);
    for (Node node : chain) {
      checkParameters(node, graphFile);
    }
    return chain;
  }

  /** How a refusal names a node: "node 'id' (operator) of graph file". */
  static String nodeOf(String id, String operator, Path graphFile) {
    return "node '" + id + "' (" + operator + ") of graph " + graphFile;
  }

  /**
   * Checks {@code node}'s operator and parameters before Spark starts, as bin/dlinsar's engine
   * does before it computes anything: the operator is known, each parameter is one it declares,
   * and its value converts to its type and lies in its interval and value set (the operator's
   * own binding, {@link OperatorSpi#createOperator(Map, Map)}). A driver step's bad value
   * otherwise surfaced only after the whole tile stage, a tiled step's as a bare number error.
   */
  private static void checkParameters(Node node, Path graphFile) {
    String label = nodeOf(node.getId(), node.getOperatorName(), graphFile);
    OperatorInfo info = OperatorInfo.find(node.getOperatorName());
    if (info == null) {
      throw new IllegalArgumentException(label + ": unknown operator '" + node.getOperatorName() + "'");
    }
    try {
      Map<String, Object> values = info.parameterValues(node.getConfiguration());
      GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(info.alias()).createOperator(values, null);
    } catch (IllegalArgumentException | OperatorException e) {
      throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
    }
  }

  /** The nodes from the one without sources to the one nothing reads, each reading the one before. */
  private static List<Node> chain(Graph graph, Path graphFile) {
    List<Node> chain = new ArrayList<>();
    Map<String, Node> bySource = new HashMap<>();
    Node start = null;
    for (Node node : graph.getNodes()) {
      for (NodeSource source : node.getSources()) {
        if (graph.getNode(source.getSourceNodeId()) == null) {
          throw new IllegalArgumentException(nodeOf(node.getId(), node.getOperatorName(), graphFile)
              + ": source '" + source.getName() + "' refers to unknown node '" + source.getSourceNodeId()
              + "'");
        }
      }
    }
    for (int i = 0; i < graph.getNodeCount(); i++) {
      Node node = graph.getNode(i);
      if (node.getSources().length == 0) {
        start = start == null ? node : fail(graphFile, "has two nodes without sources");
      } else if (node.getSources().length > 1) {
        fail(graphFile, "node '" + node.getId() + "' has " + node.getSources().length + " sources");
      } else if (bySource.put(node.getSources()[0].getSourceNodeId(), node) != null) {
        fail(graphFile, "node '" + node.getSources()[0].getSourceNodeId() + "' feeds two nodes");
      }
    }
    for (Node node = start; node != null; node = bySource.get(node.getId())) {
      chain.add(node);
    }
    if (start == null || chain.size() != graph.getNodeCount() || chain.size() < 2) {
      fail(graphFile, "is not one chain of nodes from Read to Write");
    }
    return chain;
  }

  private static <T> T fail(Path graphFile, String what) {
    throw new NotForSpark("graph " + graphFile + " " + what + "; bin/dlinsar-spark runs a chain"
        + " Read -> operators -> Write");
  }

  /** The node as a step of the run. */
  static TileGraph.Step step(Node node) {
    NodeSource[] sources = node.getSources();
    return new TileGraph.Step(node.getId(), node.getOperatorName(), sources.length == 0 ? null : sources[0].getName(),
        parameters(node));
  }

  /** The node's parameters as the graph gives them, blank ones left out, an array's items comma-separated. */
  static Map<String, String> parameters(Node node) {
    Map<String, String> parameters = new LinkedHashMap<>();
    DomElement configuration = node.getConfiguration();
    if (configuration != null) {
      for (DomElement child : configuration.getChildren()) {
        if (child.getChildCount() > 0) {
          // an array written as one element per item, as SNAP's graphs may: the items, comma-separated
          List<String> items = new ArrayList<>();
          for (DomElement item : child.getChildren()) {
            items.add(item.getValue() == null ? "" : item.getValue().trim());
          }
          parameters.put(child.getName(), String.join(",", items));
        } else if (child.getValue() != null && !child.getValue().isBlank()) {
          parameters.put(child.getName(), child.getValue().trim());
        }
      }
    }
    return parameters;
  }

  /** {@code path} as the graph gives it, checked to be a path or a URI. */
  static String location(String path, Node node, Path graphFile) {
    try {
      ClusterFiles.remote(path);
      return path;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("node '" + node.getId() + "' of graph " + graphFile + ": " + e.getMessage(),
          e);
    }
  }

  /** The parameter {@code name} of {@code node}, refused naming it where the graph gives none (or a variable unset). */
  static String required(Map<String, String> parameters, String name, Node node, Path graphFile) {
    String value = parameters.get(name);
    if (value == null || value.contains("${")) {
      throw new IllegalArgumentException("node '" + node.getId() + "' of graph " + graphFile + " has no '" + name
          + "' (give it with -P, e.g. -Pinput=stack.dim -Poutput=out.dim)");
    }
    return value;
  }
}
