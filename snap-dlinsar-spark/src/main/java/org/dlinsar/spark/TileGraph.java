package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import com.bc.ceres.core.ProgressMonitor;
import org.apache.hadoop.fs.FileSystem;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.lite.cli.TextFile;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.WriterFormat;
import org.dlinsar.lite.graph.NodeIds;
import org.dlinsar.lite.graph.PixelRegionSubset;
import org.dlinsar.mask.MaskNetwork;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.graph.Node;

/**
 * A graph split for Spark: Read, then a chain of operators, then Write. The chain's first steps,
 * those that need only a halo of neighbours around a tile, run tile by tile: each tile is built
 * through the same operators as on one machine, from the input's region of the tile grown by the
 * halo; frame-wide figures such an operator would take from the whole band are given to it
 * (DL-Mask OTSU's thresholds, DL's amplitude references: {@link FrameStatistics}, gathered on the
 * stack DL-Mask reads: {@link #buildStatisticsSource}). The steps after
 * them run on the driver, on the frame assembled from the tiles, as bin/dlinsar runs them.
 *
 * <p>Steps that run by tiles: DL-Mask (OTSU and THRESHOLD without a halo, DL with its model's),
 * Phase-Gradient-Stack (a halo of half its window plus one) and BandSelect; when they compute no
 * band (a BandSelect of the input's bands only) no tile task runs ({@link TileGraphJob}). Detection (its noise
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
  /**
   * One node of the graph: its id, operator, the name of its source (null for Read) and its
   * parameters as the graph gives them. Its operator gets the node's id, so that the product's
   * Processing_Graph names the nodes as bin/dlinsar's does.
   */
  record Step(String id, String operator, String source, Map<String, String> parameters) implements Serializable {}

  private final String input;
  private final String output;
  private final ClusterFiles files;
  private final Step read;
  private final Step write;
  private final List<Step> tiled;
  private final List<Step> rest;
  /** Per step id, its file parameters that {@link DriverPaths} made absolute, as the graph gives them. */
  private final Map<String, Map<String, String>> givenPaths = new HashMap<>();

  private TileGraph(String input, String output, ClusterFiles files, Step read, Step write,
      List<Step> given, Path graphFile) {
    this.input = DriverPaths.absolute(input);
    this.output = output;
    this.files = files;
    this.read = read;
    this.write = write;
    List<Step> steps = new ArrayList<>();
    for (Step step : given) {
      Map<String, String> parameters = DriverPaths.absolute(step.parameters(), output,
          GraphChain.nodeOf(step.id(), step.operator(), graphFile));
      Map<String, String> changed = new LinkedHashMap<>();
      step.parameters().forEach((name, value) -> {
        if (!value.equals(parameters.get(name))) {
          changed.put(name, value);
        }
      });
      if (!changed.isEmpty()) {
        givenPaths.put(step.id(), changed);
      }
      steps.add(new Step(step.id(), step.operator(), step.source(), parameters));
    }
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
   * Reads the graph, its variables set ({@code input}, {@code output}: paths, or URIs of the file
   * systems {@code files} reaches).
   *
   * @throws IllegalArgumentException naming the graph file and the node when the graph is not a
   *     chain from Read to Write (or a source names no node), holds an unknown operator, a
   *     parameter its operator does not declare or a value it refuses (as bin/dlinsar checks them
   *     before computing), an operator that cannot run by tiles, a second DL-Mask that needs the
   *     frame's statistics, a format other than
   *     BEAM-DIMAP, names an input
   *     that is not there, an output that is the input product, or a local output that cannot be written (its missing folders are
   *     created, as bin/dlinsar's writer creates them)
   */
  static TileGraph read(Path graphFile, Map<String, String> variables, ClusterFiles files) {
    return read(graphFile, variables, files, System.err);
  }

  /**
   * As {@link #read(Path, Map, ClusterFiles)}, warning on {@code warnings} of each variable the
   * graph never names ({@link GraphChain#read}).
   */
  static TileGraph read(Path graphFile, Map<String, String> variables, ClusterFiles files, PrintStream warnings) {
    String text;
    try {
      text = text(graphFile);
    } catch (IOException e) {
      // its message names the graph and what is wrong, as bin/dlinsar says it
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return read(graphFile, text, variables, files, warnings);
  }

  /** The graph file's text, decoded as bin/dlinsar decodes it: the encoding its XML declaration names. */
  static String text(Path graphFile) throws IOException {
    return TextFile.read(graphFile.toFile(), "graph");
  }

  /** As {@link #read(Path, Map, ClusterFiles, PrintStream)}, on the graph's {@link #text} already read. */
  static TileGraph read(Path graphFile, String text, Map<String, String> variables, ClusterFiles files,
      PrintStream warnings) {
    List<Node> chain = GraphChain.read(graphFile, text, variables, warnings);
    Node read = chain.get(0);
    Node write = chain.get(chain.size() - 1);
    if (!"Read".equals(read.getOperatorName()) || !"Write".equals(write.getOperatorName())) {
      throw new NotForSpark("graph " + graphFile + " must start with Read and end with Write"
          + " (bin/dlinsar-spark runs it tile by tile), got " + read.getOperatorName() + " ... "
          + write.getOperatorName());
    }
    List<Step> steps = new ArrayList<>();
    Node statistics = null;
    for (Node node : chain.subList(1, chain.size() - 1)) {
      Step step = GraphChain.step(node);
      checkMaskValues(step, node, graphFile);
      if (needsStatistics(step)) {
        statistics = checkOneStatisticsStep(statistics, node, graphFile);
      }
      steps.add(step);
    }
    Map<String, String> readParameters = GraphChain.parameters(read);
    for (String name : List.of("sourceBands", "bandNames", "pixelRegion", "geometryRegion")) {
      if (readParameters.containsKey(name)) {
        throw new NotForSpark("node '" + read.getId() + "' of graph " + graphFile + " sets Read's '" + name
            + "', which bin/dlinsar-spark does not yet apply (it reads whole frames by tiles); drop it");
      }
    }
    Map<String, String> writeParameters = GraphChain.parameters(write);
    String writeFile = GraphChain.required(writeParameters, "file", write, graphFile);
    try {
      // in bin/dlinsar's words (WriterFormat), which refuses it as it reads the graph too
      WriterFormat.check(writeParameters.getOrDefault("formatName", ProductIO.DEFAULT_FORMAT_NAME), new File(writeFile));
    } catch (IOException e) {
      throw new IllegalArgumentException(GraphChain.nodeOf(write.getId(), "Write", graphFile) + ": " + e.getMessage(),
          e);
    }
    String input = GraphChain.location(GraphChain.required(readParameters, "file", read, graphFile), read,
        graphFile);
    TileGraph tiled = new TileGraph(input, GraphChain.location(writeFile, write, graphFile), files,
        GraphChain.step(read), GraphChain.step(write), steps, graphFile);
    if (tiled.tiled.isEmpty()) {
      throw new NotForSpark("graph " + graphFile + " starts with " + (steps.isEmpty() ? "Write"
          : steps.get(0).operator()) + ", which does not run by tiles, so Spark would have nothing to share"
          + " out; run it with bin/dlinsar (by tiles: " + TILED + ")");
    }
    if (!tiled.isFile(tiled.input)) {
      throw new IllegalArgumentException("no input product " + tiled.input + " (node '" + read.getId() + "' of graph "
          + graphFile + ")");
    }
    RunChecks.before(tiled, chain, graphFile);
    return tiled;
  }

  /**
   * The header the run writes, named as the output is given: {@code out/result.dim} for {@code
   * out/result}, as the writer completes the name.
   */
  String writtenHeader() {
    String name = ClusterFiles.remote(output) == null ? ClusterFiles.localFile(output).getName()
        : ClusterFiles.path(output).getName();
    try {
      return outputFolder() + DimapTarget.of(new File(name)).dimFile().getFileName();
    } catch (IOException e) {
      return output; // refused before the run: not reached
    }
  }

  /** The folder of the output as the graph gives it, with its last '/': how a remote output's side files are named. */
  String outputFolder() {
    return output.substring(0, output.lastIndexOf('/') + 1);
  }

  /** Whether {@code location} is a file, on whichever file system it names. */
  private boolean isFile(String location) {
    if (ClusterFiles.remote(location) == null) {
      return ClusterFiles.localFile(location).isFile();
    }
    try {
      return fileSystem(location).getFileStatus(ClusterFiles.path(location)).isFile();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /** The file system of {@code location}; refused, saying what to add, when Hadoop has none for its scheme. */
  FileSystem fileSystem(String location) {
    try {
      return files.fileSystem(ClusterFiles.path(location));
    } catch (ClusterFiles.NoConnector e) {
      throw new NotForSpark("cannot open " + location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot open " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * DL-Mask's per-interferogram values apply to one method each, which DL-Mask checks when it
   * initialises; here they would be replaced first (OTSU runs as THRESHOLD with the frame's
   * thresholds), so the same refusal is made before Spark starts.
   */
  private static void checkMaskValues(Step step, Node node, Path graphFile) {
    if (!MASK.equals(step.operator())) {
      return;
    }
    String method = maskMethod(step);
    for (Map.Entry<String, String> only : Map.of("coherenceThresholds", "THRESHOLD", "amplitudeReferences", "DL")
        .entrySet()) {
      String given = step.parameters().get(only.getKey());
      if (given != null && !given.isBlank() && !only.getValue().equals(method)) {
        throw new IllegalArgumentException(GraphChain.nodeOf(node.getId(), MASK, graphFile)
            + ": DL-Mask parameter '" + only.getKey() + "' applies to method " + only.getValue() + " only; method is "
            + method);
      }
    }
  }

  /**
   * The frame's statistics are gathered for one DL-Mask step, on the stack it reads; a second
   * that needs them would read another (the first one's output) and is refused naming both.
   *
   * @param earlier the node that needs them before {@code node}, or null
   * @return {@code node}, when it is the first
   */
  private static Node checkOneStatisticsStep(Node earlier, Node node, Path graphFile) {
    if (earlier != null) {
      throw new NotForSpark(GraphChain.nodeOf(node.getId(), MASK, graphFile)
          + " needs the frame's statistics (method OTSU, or DL without every amplitude reference) as node '"
          + earlier.getId() + "' does; bin/dlinsar-spark gathers them for one DL-Mask step only: run it with"
          + " bin/dlinsar");
    }
    return node;
  }

  /** Whether a DL-Mask step needs the frame's Otsu thresholds. */
  boolean needsOtsuThresholds() {
    return tiled.stream().anyMatch(TileGraph::needsOtsuThresholds);
  }

  /**
   * Whether a DL-Mask step needs the frame's amplitude references (method DL): unless the graph
   * gives every interferogram's (NaN: computed over the band, as DL-Mask does).
   */
  boolean needsAmplitudeReferences() {
    return tiled.stream().anyMatch(TileGraph::needsAmplitudeReferences);
  }

  private static boolean needsOtsuThresholds(Step step) {
    return MASK.equals(step.operator()) && "OTSU".equals(maskMethod(step));
  }

  /** Whether {@code step} is a DL-Mask that runs its network (method DL). */
  private static boolean runsMaskNetwork(Step step) {
    return MASK.equals(step.operator()) && "DL".equals(maskMethod(step));
  }

  private static boolean needsAmplitudeReferences(Step step) {
    return runsMaskNetwork(step)
        && !allFinite(givenAmplitudeReferences(step));
  }

  private static boolean needsStatistics(Step step) {
    return needsOtsuThresholds(step) || needsAmplitudeReferences(step);
  }

  /** The amplitude references the graph gives DL-Mask {@code step}; null when none, or not numbers (DL-Mask says so). */
  private static double[] givenAmplitudeReferences(Step step) {
    String text = step.parameters().get("amplitudeReferences");
    if (text == null) {
      return null;
    }
    try {
      return Arrays.stream(text.split(",")).mapToDouble(v -> Double.parseDouble(v.trim())).toArray();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean allFinite(double[] values) {
    return values != null && Arrays.stream(values).noneMatch(Double::isNaN);
  }

  /**
   * What DL-Mask {@code step} is given as its amplitude references: the graph's, each left NaN
   * taken from {@code frame} (as DL-Mask computes it over the band); none given, the frame's. A
   * graph's text that is not one number per interferogram is passed on as given, for DL-Mask to
   * refuse as on one machine.
   */
  private static Object amplitudeReferences(Step step, double[] frame) {
    if (!step.parameters().containsKey("amplitudeReferences")) {
      return frame;
    }
    double[] given = givenAmplitudeReferences(step);
    if (given == null || frame == null || given.length != frame.length) {
      return step.parameters().get("amplitudeReferences");
    }
    double[] references = given.clone();
    for (int i = 0; i < references.length; i++) {
      if (Double.isNaN(references[i])) {
        references[i] = frame[i];
      }
    }
    return references;
  }

  /** Pixels a tile must read beyond its core so that its core equals the whole frame's. */
  int halo() {
    int halo = 0;
    for (Step step : tiled) {
      if (GRADIENT_STACK.equals(step.operator())) {
        // at least 2: a last tile of one pixel at the frame's edge then still reads the 3 pixels
        // Phase-Gradient-Stack needs across (window 1 alone would give it 2, refused)
        halo += Math.max(2, Integer.parseInt(step.parameters().getOrDefault("window", "7")) / 2 + 1);
      } else if (runsMaskNetwork(step)) {
        halo += maskModelHalo(step);
      }
    }
    return halo;
  }

  /**
   * What the tiles' read regions are aligned to: a mask network's stride ({@link
   * MaskNetwork#ALIGNMENT}, its regions aligned in the tile's own coordinates) when DL-Mask runs
   * its network by tiles, else 1.
   */
  int alignment() {
    for (Step step : tiled) {
      if (runsMaskNetwork(step)) {
        return MaskNetwork.ALIGNMENT;
      }
    }
    return 1;
  }

  /** The pixels of context the mask model of {@code step} needs (its card's halo). */
  private static int maskModelHalo(Step step) {
    String modelFile = step.parameters().get("modelFile");
    return ModelResolver.resolve(ModelResolver.MASK, step.parameters().get("model"),
        modelFile == null ? null : new File(modelFile), BundledModels.onClassPath()).card().tile().halo();
  }

  /** The input product, opened by the graph's Read once per JVM ({@link FrameProducts}). */
  Product inputProduct() {
    return FrameProducts.of(input, files, read);
  }

  /** Where the product is written: a path or a URI, as the graph gives it. */
  String output() {
    return output;
  }

  /** The product read: a path or a URI, as the graph gives it. */
  String input() {
    return input;
  }

  /** The file systems of the input, the output and the work folder beside it. */
  ClusterFiles files() {
    return files;
  }

  /**
   * The products of one build of the graph, the last its target; closing disposes them but the
   * first: the input they read ({@link FrameProducts}), or the frame they continued. The
   * operators are held with them: a product's Processing_Graph names the operator that made its
   * source only while that operator lives, and a frame read from the tiles no longer needs it.
   */
  record Built(List<Product> chain, List<Operator> operators) implements AutoCloseable {

    Product target() {
      return chain.get(chain.size() - 1);
    }

    /** What each step's no-data watch has found, null for a step without one: a tile's, for the frame's. */
    ArrayList<NoDataWatch.Found> noDataFound() {
      ArrayList<NoDataWatch.Found> found = new ArrayList<>();
      for (Operator operator : operators) {
        NoDataWatch watch = watchOf(operator);
        found.add(watch == null ? null : watch.found());
      }
      return found;
    }

    /**
     * Folds into these steps' no-data watches (the frame's) what a tile's steps found
     * ({@link #noDataFound}), standing for {@code core} of the frame; the watch that has seen every
     * core says its line, once, for the frame.
     */
    void noDataSeen(Rectangle core, List<NoDataWatch.Found> found) {
      fold(operators, found, (watch, each) -> watch.seen(core, each));
    }

    /**
     * Folds into the no-data watches of {@code operators} (the driver's steps) what the same steps
     * rebuilt in a task on the same frame found ({@link #noDataFound}), tile by tile: the watch
     * that has then seen every pixel it reads says its line, once, for the frame.
     */
    static void noDataSeen(List<Operator> operators, List<NoDataWatch.Found> found) {
      fold(operators, found, (watch, each) -> watch.seen(each));
    }

    /** Hands each step's watch what its twin found, for the steps that have both. */
    private static void fold(List<Operator> operators, List<NoDataWatch.Found> found,
        BiConsumer<NoDataWatch, NoDataWatch.Found> seen) {
      for (int i = 0; i < operators.size(); i++) {
        NoDataWatch watch = watchOf(operators.get(i));
        if (watch != null && found.get(i) != null) {
          seen.accept(watch, found.get(i));
        }
      }
    }

    private static NoDataWatch watchOf(Operator operator) {
      return operator instanceof NoDataWatch.Holder holder ? holder.noDataWatch() : null;
    }

    /** Silences the operator's no-data watch, if it has one: another watch says its line. */
    private static void silenceWatch(Operator operator) {
      NoDataWatch watch = watchOf(operator);
      if (watch != null) {
        watch.silence();
      }
    }

    @Override
    public void close() {
      for (int i = chain.size() - 1; i >= 1; i--) {
        chain.get(i).dispose();
      }
    }
  }

  /** The ids of the nodes that run by tiles. */
  List<String> tiledIds() {
    return tiled.stream().map(Step::id).toList();
  }

  /** The steps that run by tiles, in the graph's order. */
  List<Step> tiledSteps() {
    return tiled;
  }

  /** The steps that run on the driver, in the graph's order. */
  List<Step> driverSteps() {
    return rest;
  }

  /** The ids of the nodes that run on the driver. */
  List<String> driverIds() {
    return rest.stream().map(Step::id).toList();
  }

  /** The id of the DL-Mask node given the frame's statistics, or null when none is. */
  String statisticsId() {
    return tiled.stream().filter(TileGraph::needsStatistics).map(Step::id).findFirst().orElse(null);
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
    return build(region, tiled.size(), otsuThresholds, amplitudeReferences, false);
  }

  /**
   * As {@link #build}, in a task: the steps say nothing as they initialise (the driver's frame,
   * built first, has said those lines: dates outside the era, a model parameter unused) and their
   * no-data watches are {@link NoDataWatch#silence silenced}: a tile's pixels are not the frame's,
   * so what they found is handed to the driver ({@link Built#noDataFound}), whose frame says it
   * once. Lines of a tile's computing (a DL-Mask tile file that failed) are still said.
   */
  Built buildInTask(Rectangle region, double[] otsuThresholds, double[] amplitudeReferences) {
    return build(region, tiled.size(), otsuThresholds, amplitudeReferences, true);
  }

  /**
   * What the DL-Mask step that takes the frame's statistics reads, on {@code region} of the
   * input: the tiled steps before it (a BandSelect that keeps some interferograms), so the
   * statistics are those of the stack it masks, one per interferogram it sees, as on one machine.
   * None of those steps needs the frame's statistics ({@link #read} refuses a second such step).
   */
  Built buildStatisticsSource(Rectangle region) {
    int step = 0;
    while (step < tiled.size() && !needsStatistics(tiled.get(step))) {
      step++;
    }
    return build(region, step, null, null, true);
  }

  /**
   * The first {@code steps} tiled steps on {@code region} of the input (null: the whole frame).
   *
   * @param inTask as {@link #buildInTask}: no lines as they initialise, no-data watches silenced
   */
  private Built build(Rectangle region, int steps, double[] otsuThresholds, double[] amplitudeReferences,
      boolean inTask) {
    Logger taskLogger = inTask ? quietWhileInitialising() : null;
    // the input's Read without its region, shared by the executor's tasks, then the region
    Product input = inputProduct();
    List<Product> chain = new ArrayList<>();
    List<Operator> operators = new ArrayList<>();
    chain.add(input);
    if (region != null) {
      chain.add(PixelRegionSubset.of(input, region));
    }
    for (Step step : tiled.subList(0, steps)) {
      Map<String, Object> parameters = new HashMap<>(step.parameters());
      if (needsOtsuThresholds(step)) {
        parameters.put("method", "THRESHOLD");
        parameters.put("coherenceThresholds", otsuThresholds);
      } else if (runsMaskNetwork(step)) {
        parameters.put("amplitudeReferences", amplitudeReferences(step, amplitudeReferences));
      }
      Operator operator = operator(step, parameters, chain.get(chain.size() - 1));
      if (taskLogger != null) {
        operator.setLogger(taskLogger);
      }
      Product product = operator.getTargetProduct();
      if (MASK.equals(step.operator())) {
        recordAsGiven(product, step);
      }
      recordPathsAsGiven(product, step);
      operators.add(operator);
      chain.add(product);
    }
    if (taskLogger != null) {
      taskLogger.setLevel(null); // the operators' level from now on: their computing's lines
      operators.forEach(Built::silenceWatch);
    }
    return new Built(chain, operators);
  }

  /** A logger of the operators' (its lines go where theirs go) that says nothing until its level is reset. */
  static Logger quietWhileInitialising() {
    Logger logger = Logger.getAnonymousLogger();
    logger.setParent(Logger.getLogger("org.esa.snap.core.gpf"));
    logger.setLevel(Level.OFF);
    return logger;
  }

  /**
   * Has the Processing_Graph node of DL-Mask {@code step}'s product record the graph's parameters,
   * as bin/dlinsar's does, not what a tile is given in their stead (OTSU as THRESHOLD with the
   * frame's thresholds, DL's references from the frame). The steps after it copy the record.
   */
  private static void recordAsGiven(Product product, Step step) {
    GraphRecord.setParameter(product, step.id(), "method", maskMethod(step));
    double[] references = givenAmplitudeReferences(step);
    for (String name : List.of("coherenceThresholds", "amplitudeReferences")) {
      String given = name.equals("amplitudeReferences") && references != null
          ? Arrays.stream(references).mapToObj(String::valueOf).collect(Collectors.joining(","))
          : step.parameters().get(name);
      GraphRecord.setParameter(product, step.id(), name, given);
    }
  }

  /**
   * The steps after the tiled ones, on {@code frame} (the tiled steps' product of the whole
   * frame): what Write writes. A step whose operator hands out parts ({@link PartedOperator}) has
   * them computed by the runner {@code runners} gives it. Closing disposes these products, not
   * {@code frame}.
   *
   * @param written where the product is written on this machine: a parameter naming the graph's
   *     output (DL-Detect's detectionsFile, Local-SBAS's timeSeriesFile) names it instead, so
   *     their files land beside it (the output, or a local folder uploaded to another file system)
   */
  Built finish(Product frame, StepRunners runners, File written) {
    List<Product> chain = new ArrayList<>();
    List<Operator> operators = new ArrayList<>();
    chain.add(frame);
    for (int i = 0; i < rest.size(); i++) {
      Step step = rest.get(i);
      Map<String, String> parameters = new LinkedHashMap<>(step.parameters());
      parameters.replaceAll((name, value) -> value.equals(output) ? written.getPath() : value);
      Operator operator = operator(new Step(step.id(), step.operator(), step.source(), parameters),
          chain.get(chain.size() - 1), runners.runner(i, List.copyOf(operators)));
      Product product = operator.getTargetProduct();
      recordOutputAsGiven(product, step);
      recordPathsAsGiven(product, step);
      operators.add(operator);
      chain.add(product);
    }
    return new Built(chain, operators);
  }

  /** Gives each of the driver's steps its part runner ({@link #finish}). */
  @FunctionalInterface
  interface StepRunners {

    /**
     * @param step the step's index among the driver's steps
     * @param before the driver's steps before it, initialised: those a task rebuilds to compute
     *     its parts, whose no-data watches are told what the rebuilt ones found
     * @return the runner of its parts; null: computed here
     */
    PartRunner runner(int step, List<Operator> before);
  }

  /**
   * Writes {@code product} to {@code file} through the graph's Write, named and parametered as the
   * graph gives it, as bin/dlinsar writes: its node closes the product's Processing_Graph.
   *
   * @param before what to add to the product once Write's node is recorded, before it is written
   */
  void write(Product product, File file, Consumer<Product> before) {
    Map<String, Object> parameters = new HashMap<>(write.parameters());
    parameters.put("file", file.getPath());
    Operator writer = operator(write, parameters, product);
    recordOutputAsGiven(writer.getTargetProduct(), write);
    before.accept(product);
    writer.execute(ProgressMonitor.NULL);
  }

  /**
   * Records {@code step}'s parameters that name the graph's output as the graph gives them: they
   * ran with the file written on this machine, which for another file system is a local folder.
   */
  private void recordOutputAsGiven(Product product, Step step) {
    step.parameters().forEach((name, value) -> {
      if (value.equals(output)) {
        GraphRecord.setParameter(product, step.id(), name, value);
      }
    });
  }

  /** Records {@code step}'s file parameters that {@link DriverPaths} made absolute as the graph gives them. */
  private void recordPathsAsGiven(Product product, Step step) {
    givenPaths.getOrDefault(step.id(), Map.of())
        .forEach((name, value) -> GraphRecord.setParameter(product, step.id(), name, value));
  }

  /**
   * The parts of driver step {@code step} (a {@link PartedOperator}) on {@code frame}, as a task
   * computes them: the steps before it built, their own parts from {@code runners} (here when it
   * gives null; a runner that {@link PartRunner#isRebuilt says they are rebuilt} keeps them from
   * writing their files), its operator made but not initialised. The steps before it say
   * nothing ({@link #quiet}): the driver's own have said every line as they initialised and ran
   * (DL-Unwrap's clipped boxes and patches), and a task would say them again. Their no-data
   * watches are silenced: what they find as the parts read them goes to the driver's
   * ({@link Built#noDataFound}), which says DL-Unwrap's line once the parts have read every patch.
   */
  Planned plan(Product frame, int step, IntFunction<PartRunner> runners) {
    List<Product> chain = new ArrayList<>();
    List<Operator> operators = new ArrayList<>();
    chain.add(frame);
    for (int i = 0; i < step; i++) {
      Operator operator = operator(rest.get(i), chain.get(chain.size() - 1), runners.apply(i));
      // before it initialises: what it hands its watches (NoDataWatch) is this logger too
      operator.setLogger(quiet());
      operators.add(operator);
      chain.add(operator.getTargetProduct());
      Built.silenceWatch(operator);
    }
    Built built = new Built(chain, operators);
    Operator operator = parted(rest.get(step), built.target());
    if (operator == null) {
      built.close();
      throw new IllegalArgumentException(rest.get(step).operator() + " hands out no parts");
    }
    return new Planned(built, ((PartedOperator) operator).parts());
  }

  /** A logger that drops every line, for an operator rebuilt in a task to serve a later step. */
  private static Logger quiet() {
    Logger quiet = Logger.getAnonymousLogger();
    quiet.setUseParentHandlers(false);
    quiet.setLevel(Level.OFF);
    return quiet;
  }

  /** A step's parts, and the products before it (closed with it). */
  record Planned(Built before, Parts<?> parts) implements AutoCloseable {
    @Override
    public void close() {
      before.close();
    }
  }

  /** The operator of {@code step} on {@code source}, its parts (if any) computed by {@code runner}. */
  private static Operator operator(Step step, Product source, PartRunner runner) {
    Operator operator = operator(step, new HashMap<>(step.parameters()), source);
    if (operator instanceof PartedOperator byParts) {
      byParts.setPartRunner(runner);
    }
    return operator;
  }

  /**
   * The operator of {@code step} with {@code parameters}, {@code source} under the graph's source
   * name, given the node's id; not yet initialised.
   */
  static Operator operator(Step step, Map<String, Object> parameters, Product source) {
    OperatorSpi spi = GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpi(step.operator());
    Operator operator = spi.createOperator(parameters, source == null ? Map.of() : Map.of(step.source(), source));
    NodeIds.give(operator, step.id());
    return operator;
  }

  /**
   * The operator of {@code step} on {@code source}, its parameters set but not initialised, when
   * it hands out parts ({@link PartedOperator}); else null.
   */
  private static Operator parted(Step step, Product source) {
    if (!parted(step.operator())) {
      return null;
    }
    return operator(step, new HashMap<>(step.parameters()), source);
  }
}
