package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.File;
import java.io.Reader;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import com.bc.ceres.binding.dom.DomElement;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.lite.graph.PixelRegionSubset;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.Node;

/**
 * A graph split for Spark: Read, then a chain of operators, then Write. The chain's first steps,
 * those that need only a halo of neighbours around a tile, run tile by tile: each tile is built
 * through the same operators as on one machine, from the input's region of the tile grown by the
 * halo; frame-wide figures such an operator would take from the whole band are given to it
 * (DL-Mask OTSU's thresholds, DL's amplitude references: {@link FrameStatistics}). The steps after
 * them run on the driver, on the frame assembled from the tiles, as bin/dlinsar runs them.
 *
 * <p>Steps that run by tiles: DL-Mask (OTSU and THRESHOLD without a halo, DL with its model's),
 * Phase-Gradient-Stack (a halo of half its window plus one) and BandSelect. Detection (its noise
 * floor spans the frame), unwrapping and Local-SBAS run on the driver; a driver step that hands out
 * parts ({@link PartedOperator}: DL-Detect's scan by strips or interferograms, Local-SBAS's
 * patches) has Spark tasks compute them on the frame assembled from the tiles ({@link StepParts}). The network of DL-Mask DL
 * sees a tile's pixels in other inference tiles than on the whole frame: its masks agree with the
 * one machine's but for about one pixel in a thousand (as DL-Mask's own tiles do).
 */
final class TileGraph implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String MASK = "DL-Mask";
  static final String GRADIENT_STACK = "Phase-Gradient-Stack";
  private static final List<String> TILED = List.of(MASK, GRADIENT_STACK, "BandSelect");
  /** One operator node between Read and Write, with its parameters as the graph gives them. */
  record Step(String operator, Map<String, String> parameters) implements Serializable {}

  private final File input;
  private final File output;
  private final String formatName;
  private final List<Step> tiled;
  private final List<Step> rest;

  private TileGraph(File input, File output, String formatName, List<Step> steps) {
    this.input = input;
    this.output = output;
    this.formatName = formatName;
    int n = 0;
    while (n < steps.size() && byTiles(steps.get(n))) {
      n++;
    }
    this.tiled = List.copyOf(steps.subList(0, n));
    this.rest = List.copyOf(steps.subList(n, steps.size()));
  }

  private static boolean byTiles(Step step) {
    return TILED.contains(step.operator());
  }

  /** DL-Mask's method in {@code step} (its default DL when the graph gives none). */
  private static String maskMethod(Step step) {
    return step.parameters().getOrDefault("method", "DL");
  }

  /**
   * Reads the graph, its variables set ({@code input}, {@code output}).
   *
   * @throws IllegalArgumentException naming the graph file and the node when the graph is not a
   *     chain from Read to Write, or holds an operator that cannot run by tiles
   */
  static TileGraph read(Path graphFile, Map<String, String> variables) {
    Graph graph;
    try (Reader reader = Files.newBufferedReader(graphFile)) {
      graph = GraphIO.read(reader, variables);
    } catch (GraphException | java.io.IOException e) {
      throw new IllegalArgumentException("cannot read graph " + graphFile + ": " + e.getMessage(), e);
    }
    List<Node> chain = chain(graph, graphFile);
    Node read = chain.get(0);
    Node write = chain.get(chain.size() - 1);
    if (!"Read".equals(read.getOperatorName()) || !"Write".equals(write.getOperatorName())) {
      throw new IllegalArgumentException("graph " + graphFile + " must start with Read and end with Write"
          + " (bin/dlinsar-spark runs it tile by tile), got " + read.getOperatorName() + " ... "
          + write.getOperatorName());
    }
    List<Step> steps = new ArrayList<>();
    for (Node node : chain.subList(1, chain.size() - 1)) {
      steps.add(new Step(node.getOperatorName(), parameters(node)));
    }
    Map<String, String> readParameters = parameters(read);
    for (String name : List.of("sourceBands", "pixelRegion", "geometryRegion")) {
      if (readParameters.containsKey(name)) {
        throw new IllegalArgumentException("node '" + read.getId() + "' of graph " + graphFile + " sets Read's '" + name
            + "', which bin/dlinsar-spark does not yet apply (it reads whole frames by tiles); drop it");
      }
    }
    Map<String, String> writeParameters = parameters(write);
    TileGraph tiled = new TileGraph(file(required(readParameters, "file", read, graphFile), read, graphFile),
        file(required(writeParameters, "file", write, graphFile), write, graphFile),
        writeParameters.getOrDefault("formatName", "BEAM-DIMAP"), steps);
    if (tiled.tiled.isEmpty()) {
      throw new IllegalArgumentException("graph " + graphFile + " starts with " + (steps.isEmpty() ? "Write"
          : steps.get(0).operator()) + ", which does not run by tiles, so Spark would have nothing to share"
          + " out; run it with bin/dlinsar (by tiles: " + TILED + ")");
    }
    File folder = tiled.output.getAbsoluteFile().getParentFile();
    if (folder == null || !folder.isDirectory()) {
      throw new IllegalArgumentException("cannot write " + tiled.output + ": folder " + folder + " does not exist");
    }
    if (!tiled.input.isFile()) {
      throw new IllegalArgumentException("no input product " + tiled.input + " (node '" + read.getId() + "' of graph "
          + graphFile + ")");
    }
    return tiled;
  }

  /** The nodes from the one without sources to the one nothing reads, each reading the one before. */
  private static List<Node> chain(Graph graph, Path graphFile) {
    List<Node> chain = new ArrayList<>();
    Map<String, Node> bySource = new HashMap<>();
    Node start = null;
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
    throw new IllegalArgumentException("graph " + graphFile + " " + what + "; bin/dlinsar-spark runs a chain"
        + " Read -> operators -> Write");
  }

  private static Map<String, String> parameters(Node node) {
    Map<String, String> parameters = new LinkedHashMap<>();
    DomElement configuration = node.getConfiguration();
    if (configuration != null) {
      for (DomElement child : configuration.getChildren()) {
        if (child.getValue() != null && !child.getValue().isBlank()) {
          parameters.put(child.getName(), child.getValue().trim());
        }
      }
    }
    return parameters;
  }

  /**
   * A path, or a {@code file:} URI, as a file. Every node reads the input and the driver writes
   * the output through the engine's files, so another file system's URI (s3a://, hdfs://, gs://)
   * is refused with what to do.
   */
  private static File file(String path, Node node, Path graphFile) {
    URI uri = null;
    try {
      // a scheme of two letters or more: "C:" is a Windows drive, not a URI
      uri = path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") ? new URI(path) : null;
    } catch (URISyntaxException e) {
      // not a URI: a path
    }
    if (uri == null) {
      return new File(path);
    }
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      return new File(uri);
    }
    throw new IllegalArgumentException("node '" + node.getId() + "' of graph " + graphFile + " names " + path
        + ": bin/dlinsar-spark reads and writes files on a file system every node mounts, not " + uri.getScheme()
        + ":// yet; mount it (for object stores: Mountpoint for Amazon S3, s3fs, gcsfuse, blobfuse) or copy the"
        + " stack there");
  }

  private static String required(Map<String, String> parameters, String name, Node node, Path graphFile) {
    String value = parameters.get(name);
    if (value == null || value.contains("${")) {
      throw new IllegalArgumentException("node '" + node.getId() + "' of graph " + graphFile + " has no '" + name
          + "' (give it with -P, e.g. -Pinput=stack.dim -Poutput=out.dim)");
    }
    return value;
  }

  /** Whether a DL-Mask step needs the frame's Otsu thresholds. */
  boolean needsOtsuThresholds() {
    return tiled.stream().anyMatch(s -> MASK.equals(s.operator()) && "OTSU".equals(maskMethod(s)));
  }

  /** Whether a DL-Mask step needs the frame's amplitude references (method DL). */
  boolean needsAmplitudeReferences() {
    return tiled.stream().anyMatch(s -> MASK.equals(s.operator()) && "DL".equals(maskMethod(s)));
  }

  /** Pixels a tile must read beyond its core so that its core equals the whole frame's. */
  int halo() {
    int halo = 0;
    for (Step step : tiled) {
      if (GRADIENT_STACK.equals(step.operator())) {
        halo += Integer.parseInt(step.parameters().getOrDefault("window", "7")) / 2 + 1;
      } else if (MASK.equals(step.operator()) && "DL".equals(maskMethod(step))) {
        halo += maskModelHalo(step);
      }
    }
    return halo;
  }

  /** The pixels of context the mask model of {@code step} needs (its card's halo). */
  private static int maskModelHalo(Step step) {
    String modelFile = step.parameters().get("modelFile");
    return ModelResolver.resolve(ModelResolver.MASK, step.parameters().get("model"),
        modelFile == null ? null : new File(modelFile), BundledModels.onClassPath()).card().tile().halo();
  }

  File input() {
    return input;
  }

  File output() {
    return output;
  }

  String formatName() {
    return formatName;
  }

  /**
   * The products of one build of the graph, the last its target; closing disposes them but the
   * first: the input they read ({@link FrameProducts}), or the frame they continued.
   */
  record Built(List<Product> chain) implements AutoCloseable {

    Product target() {
      return chain.get(chain.size() - 1);
    }

    @Override
    public void close() {
      for (int i = chain.size() - 1; i >= 1; i--) {
        chain.get(i).dispose();
      }
    }
  }

  /** The operators that run by tiles, then those that run on the driver. */
  String describe() {
    return "by tiles " + tiled.stream().map(Step::operator).toList() + ", on the driver " + rest.stream()
        .map(s -> parted(s.operator()) ? s.operator() + " (its parts by tasks)" : s.operator()).toList();
  }

  /** Whether {@code operator} hands out parts ({@link PartedOperator}). */
  private static boolean parted(String operator) {
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(operator);
    return spi != null && PartedOperator.class.isAssignableFrom(spi.getOperatorClass());
  }

  /**
   * The tiled steps' product on {@code region} of the input (null: the whole frame), built
   * lazily: nothing is computed until its bands are read.
   *
   * @param otsuThresholds per interferogram, the frame's Otsu thresholds (for DL-Mask OTSU)
   * @param amplitudeReferences per interferogram, the frame's median ln|z| (for DL-Mask DL)
   */
  Built build(Rectangle region, double[] otsuThresholds, double[] amplitudeReferences) {
    // the input's Read without its region, shared by the executor's tasks, then the region
    Product input = FrameProducts.of(this.input);
    List<Product> chain = new ArrayList<>();
    chain.add(input);
    if (region != null) {
      chain.add(PixelRegionSubset.of(input, region));
    }
    for (Step step : tiled) {
      Map<String, Object> parameters = new HashMap<>(step.parameters());
      if (MASK.equals(step.operator()) && "OTSU".equals(maskMethod(step))) {
        parameters.put("method", "THRESHOLD");
        parameters.put("coherenceThresholds", otsuThresholds);
      } else if (MASK.equals(step.operator()) && "DL".equals(maskMethod(step))) {
        parameters.put("amplitudeReferences", amplitudeReferences);
      }
      chain.add(GPF.createProduct(step.operator(), parameters, chain.get(chain.size() - 1)));
    }
    return new Built(chain);
  }

  /**
   * The steps after the tiled ones, on {@code frame} (the tiled steps' product of the whole
   * frame): what Write writes. A step whose operator hands out parts ({@link PartedOperator}) has
   * them computed by {@code runners.apply(its index among these steps)}. Closing disposes these
   * products, not {@code frame}.
   */
  Built finish(Product frame, IntFunction<PartRunner> runners) {
    List<Product> chain = new ArrayList<>();
    chain.add(frame);
    for (int i = 0; i < rest.size(); i++) {
      chain.add(product(rest.get(i), chain.get(chain.size() - 1), runners.apply(i)));
    }
    return new Built(chain);
  }

  /**
   * The parts of driver step {@code step} (a {@link PartedOperator}) on {@code frame}, as a task
   * computes them: the steps before it built, their own parts from {@code runners} (here when it
   * gives null; a runner that {@link PartRunner#isRebuilt says they are rebuilt} keeps them from
   * writing their files), its operator made but not initialised.
   */
  Planned plan(Product frame, int step, IntFunction<PartRunner> runners) {
    List<Product> chain = new ArrayList<>();
    chain.add(frame);
    for (int i = 0; i < step; i++) {
      chain.add(product(rest.get(i), chain.get(chain.size() - 1), runners.apply(i)));
    }
    Built built = new Built(chain);
    Operator operator = parted(rest.get(step), built.target());
    if (operator == null) {
      built.close();
      throw new IllegalArgumentException(rest.get(step).operator() + " hands out no parts");
    }
    return new Planned(built, ((PartedOperator) operator).parts());
  }

  /** A step's parts, and the products before it (closed with it). */
  record Planned(Built before, Parts<?> parts) implements AutoCloseable {
    @Override
    public void close() {
      before.close();
    }
  }

  /** The product of {@code step} on {@code source}, its parts (if any) computed by {@code runner}. */
  private static Product product(Step step, Product source, PartRunner runner) {
    Operator operator = parted(step, source);
    if (operator == null) {
      return GPF.createProduct(step.operator(), new HashMap<>(step.parameters()), source);
    }
    ((PartedOperator) operator).setPartRunner(runner);
    return operator.getTargetProduct();
  }

  /**
   * The operator of {@code step} on {@code source}, its parameters set but not initialised, when
   * it hands out parts ({@link PartedOperator}); else null.
   */
  private static Operator parted(Step step, Product source) {
    if (!parted(step.operator())) {
      return null;
    }
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(step.operator());
    return spi.createOperator(new HashMap<>(step.parameters()), Map.of(GPF.SOURCE_PRODUCT_FIELD_NAME, source));
  }
}
