package org.dlinsar.lite.cli;

import com.bc.ceres.binding.dom.DefaultDomElement;
import com.bc.ceres.binding.dom.DomElement;
import com.bc.ceres.core.ProgressMonitor;
import org.dlinsar.lite.TemplateKeys;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.WriterFormat;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.ProductFiles;
import org.dlinsar.lite.graph.SourceOverwriteCheck;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.GraphProcessor;
import org.esa.snap.core.gpf.graph.Node;
import org.esa.snap.core.gpf.graph.NodeSource;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code dlinsar <graph.xml> ...}, as gpt runs a graph: {@code -P} values are template
 * variables; each source file gets a {@code Read} node {@code ReadOp@<key>} and the variable
 * {@code <key>} naming it, with gpt's {@code -PpixelRegion} or {@code -PgeometryRegion} (and
 * {@code useAdvancedOptions}) when given; a {@code Write} node to {@code -t} is appended when the graph has none
 * and its last node does not write its own output. A variable left unset, and a {@code Write} node
 * that would write over the file of a {@code Read} node, or of a format other than BEAM-DIMAP, are
 * refused before anything runs.
 */
final class GraphRunner {

  private final File graphFile;
  private final LauncherArguments args;
  private final PrintStream err;

  /** @param err takes a warning per variable the graph does not use */
  GraphRunner(File graphFile, LauncherArguments args, PrintStream err) {
    this.graphFile = graphFile;
    this.args = args;
    this.err = err;
  }

  /**
   * @throws IOException naming the graph file if it is missing or unreadable
   * @throws GraphException naming the graph file and the node or element at fault
   * @throws UsageException if the {@code -p} file is XML, both source regions are given, or the Write node to add has a
   *     target whose extension is not .dim and no {@code -f}
   */
  void run(ProgressMonitor pm) throws IOException, GraphException, UsageException {
    // read first: a graph that is missing or not text is named before the parameter file
    String graphText = TextFile.read(graphFile, "graph");
    Graph graph = prepare(graphText);
    String unset = UnsetVariables.refusal(graphFile, graph, TemplateKeys.named(graphText));
    if (unset != null) {
      throw new GraphException(unset);
    }
    checkWriteFormats(graph);
    checkWritesSpareReads(graph);
    checkFilesBesideWrites(graph);
    holdWriteTargets(graph);
    try {
      new GraphProcessor().executeGraph(graph, pm);
    } catch (GraphException e) {
      throw new GraphException("Graph " + graphFile + ": " + e.getMessage(), e);
    }
  }

  /** @return the graph of {@code graphText} read with the variables, with the Read and Write nodes gpt would add */
  private Graph prepare(String graphText) throws IOException, GraphException, UsageException {
    Map<String, String> sourcePaths = args.sourcePaths(1);
    ParameterFile file = args.readParameterFile();
    if (file != null && file.isXml()) {
      // gpt reads an XML parameter file for an operator only, and silently ignores it for a graph
      throw new UsageException("Parameter file " + file + " is XML, which sets an operator's parameters only;"
          + " give a graph's variables in a properties file, <name>=<value> per line");
    }
    Map<String, String> variables = new LinkedHashMap<>(args.allParameters(file));
    String unexpanded = UnsetVariables.unexpandedValue(variables);
    if (unexpanded != null) {
      throw new UsageException(unexpanded);
    }
    Map<String, String> region = LauncherArguments.sourceRegion(variables);
    Collection<String> given = List.copyOf(variables.keySet());
    for (String key : sourcePaths.keySet()) {
      variables.put(key, readNodeId(key));
    }
    Graph graph;
    // decoded in the encoding the graph declares, as gpt substitutes variables in its text
    try (Reader reader = new StringReader(graphText)) {
      graph = GraphIO.read(reader, variables);
    } catch (GraphException e) {
      throw new GraphException("Cannot read graph " + graphFile + ": " + e.getMessage(), e);
    }
    // only of a graph that was read: an empty or cut-off one names no variable, and its error says why
    warnOfUnused(graphText, given, sourcePaths.isEmpty() ? region.keySet() : List.of());
    GptSubstitution.warnings(graphFile, graphText, variables).forEach(err::println);
    Node lastNode = graph.getNodeCount() == 0 ? null : graph.getNode(graph.getNodeCount() - 1);
    for (Map.Entry<String, String> entry : sourcePaths.entrySet()) {
      String nodeId = readNodeId(entry.getKey());
      if (graph.getNode(nodeId) == null) {
        Node read = new Node(nodeId, "Read");
        DomElement configuration = parameters("file", entry.getValue());
        if (!region.isEmpty()) {
          // Read applies a region only with its advanced options on
          configuration.createChild("useAdvancedOptions").setValue("true");
          region.forEach((name, value) -> configuration.createChild(name).setValue(value));
        }
        read.setConfiguration(configuration);
        graph.addNode(read);
      }
    }
    if (lastNode != null && !hasWriteNode(graph) && !writesOwnOutput(lastNode)) {
      Node write = new Node("WriteOp@" + lastNode.getId(), "Write");
      write.addSource(new NodeSource("source", lastNode.getId()));
      DomElement parameters = parameters("file", args.targetFile().getPath());
      parameters.createChild("formatName").setValue(args.targetFormatName());
      parameters.createChild("clearCacheAfterRowWrite").setValue(String.valueOf(args.clearCacheAfterRowWrite));
      write.setConfiguration(parameters);
      graph.addNode(write);
    }
    return graph;
  }

  /**
   * Says which of the user's variables the graph's text never names ({@code -Pinptu=...}, or
   * {@code -PpixelRegion} for a graph whose own Read node does not take it): gpt ignores them
   * without a word, and the run would go on as if they had been given.
   *
   * @param regions the source region variables the launcher applies to no Read node of its own
   */
  private void warnOfUnused(String graphText, Collection<String> names, Collection<String> regions) {
    for (String name : UnusedVariables.of(graphText, names)) {
      boolean region = UnusedVariables.SOURCE_REGIONS.contains(name);
      if (region && !regions.contains(name)) {
        continue;
      }
      err.println(UnusedVariables.warning(graphFile, name) + (region ? "; to read a region of the input, give the"
          + " graph's Read node <" + name + ">${" + name + "}</" + name + "> and <useAdvancedOptions>true"
          + "</useAdvancedOptions>, or give the input with -S or as a source file" : ""));
    }
  }

  /**
   * Refuses, before any node is set up, a {@code Write} node of a format without a writer: Write
   * refuses it as it initialises, but only after the nodes before it, which may have found their
   * detections or time series by then (Spark's runner refuses it as it reads the graph).
   */
  private void checkWriteFormats(Graph graph) throws GraphException {
    for (Node node : graph.getNodes()) {
      File file = fileOf(node, "Write");
      DomElement format = file == null ? null : node.getConfiguration().getChild("formatName");
      if (format == null || format.getValue() == null) {
        continue;
      }
      try {
        WriterFormat.check(format.getValue(), file);
      } catch (IOException e) {
        throw new GraphException(atNode(node, e), e);
      }
    }
  }

  /**
   * Refuses, before anything runs, a {@code Write} node whose file is that of a {@code Read} node,
   * or a product a node reads through its parameters ({@link FilesRead}).
   */
  private static void checkWritesSpareReads(Graph graph) throws IOException {
    List<File> read = filesOf(graph, "Read");
    for (Node node : graph.getNodes()) {
      OperatorInfo info = OperatorInfo.find(node.getOperatorName());
      if (info != null) {
        read.addAll(FilesRead.all(info.alias(), parameterText(node)));
      }
    }
    for (File written : filesOf(graph, "Write")) {
      SourceOverwriteCheck.refuse(written, read);
    }
  }

  /**
   * Asks, before anything runs, whether the files a {@code Write} node's source writes beside the
   * Write's file can be written ({@link FilesBesideTarget}): the source learns that file only once
   * it is being written, after computing.
   */
  private static void checkFilesBesideWrites(Graph graph) throws IOException {
    for (Node write : graph.getNodes()) {
      File file = fileOf(write, "Write");
      Node source = write.getSources().length == 1 ? graph.getNode(write.getSource(0).getSourceNodeId()) : null;
      OperatorInfo info = source == null ? null : OperatorInfo.find(source.getOperatorName());
      if (file == null || info == null) {
        continue;
      }
      FilesBesideTarget.checkAll(info.alias(), parameterText(source), file.toPath(),
          "the file of Write node '" + write.getId() + "'");
    }
  }

  /** The text of each of {@code node}'s parameters by name, null where the graph gives none. */
  private static Function<String, String> parameterText(Node node) {
    DomElement configuration = node.getConfiguration();
    return name -> {
      DomElement child = configuration == null ? null : configuration.getChild(name);
      return child == null ? null : child.getValue();
    };
  }

  /** {@code e}'s message as the line of {@code node} of this graph, as the node's own refusal would read. */
  private String atNode(Node node, Exception e) {
    return "Graph " + graphFile + ": Node '" + node.getId() + "' (" + node.getOperatorName() + "): " + e.getMessage();
  }

  /**
   * Checks and holds each Write node's target for the run before any node initialises, as an
   * operator run does with {@code -t}: DL-Detect and Local-SBAS work and write the files beside
   * the target as they initialise, before the Write node after them would (it checks again, its
   * target already held). The line names the node as the Write node's own would.
   */
  private void holdWriteTargets(Graph graph) throws IOException {
    for (Node write : graph.getNodes()) {
      File file = fileOf(write, "Write");
      if (file == null) {
        continue;
      }
      try {
        DimapTarget.of(file).prepare();
      } catch (IOException e) {
        throw new IOException(atNode(write, e), e);
      }
    }
  }

  /**
   * The {@code file} parameters of the nodes running operator {@code alias}; an empty one or an
   * unset variable is left out, for the operator to report.
   */
  private static List<File> filesOf(Graph graph, String alias) {
    List<File> files = new ArrayList<>();
    for (Node node : graph.getNodes()) {
      File file = fileOf(node, alias);
      if (file != null) {
        files.add(file);
      }
    }
    return files;
  }

  /** The {@code file} parameter of {@code node} if it runs {@code alias}, as {@link #filesOf}; else null. */
  private static File fileOf(Node node, String alias) {
    OperatorInfo info = OperatorInfo.find(node.getOperatorName());
    DomElement file = node.getConfiguration() == null ? null : node.getConfiguration().getChild("file");
    if (info != null && alias.equals(info.alias()) && file != null && file.getValue() != null
        && !file.getValue().isBlank() && !unsetVariable(new File(file.getValue().trim()))) {
      return new File(file.getValue().trim());
    }
    return null;
  }

  /**
   * Whether {@code file} is a variable nobody set ({@code ${x}}, or {@code $x} where no such folder
   * is), which the node refuses as it runs: a folder may be named {@code $x} too, and its files are
   * read and written, so they are checked like any other (an output over the input under '$d/'
   * was written, exit 0).
   */
  private static boolean unsetVariable(File file) {
    File folder = file.getAbsoluteFile().getParentFile();
    return ProductFiles.unsetVariable(file) != null
        && (file.getPath().contains("${") || folder == null || !folder.isDirectory());
  }

  private static String readNodeId(String sourceKey) {
    return "ReadOp@" + sourceKey;
  }

  private static DomElement parameters(String name, String value) {
    DomElement parameters = new DefaultDomElement("parameters");
    parameters.createChild(name).setValue(value);
    return parameters;
  }

  private static boolean hasWriteNode(Graph graph) {
    for (Node node : graph.getNodes()) {
      OperatorInfo info = OperatorInfo.find(node.getOperatorName());
      if (info != null && "Write".equals(info.alias())) {
        return true;
      }
    }
    return false;
  }

  private static boolean writesOwnOutput(Node node) {
    OperatorInfo info = OperatorInfo.find(node.getOperatorName());
    return info != null && info.isAutoWriteDisabled();
  }
}
