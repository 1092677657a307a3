package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
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
import com.bc.ceres.binding.dom.DomElement;
import com.bc.ceres.core.ProgressMonitor;
import org.apache.hadoop.fs.FileSystem;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.DlDetectOp;
import org.dlinsar.gradient.PhaseGradientStackOp;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.lite.cli.FilesBesideTarget;
import org.dlinsar.lite.cli.TextFile;
import org.dlinsar.lite.cli.UnusedVariables;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.WriterFormat;
import org.dlinsar.lite.graph.BandSelectOp;
import org.dlinsar.lite.graph.NodeIds;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.PixelRegionSubset;
import org.dlinsar.lite.graph.SourceOverwriteCheck;
import org.dlinsar.mask.DlMaskOp;
import org.dlinsar.mask.MaskNetwork;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.PartedOperator;
import org.dlinsar.parts.Parts;
import org.dlinsar.sbas.LocalSbasOp;
import org.dlinsar.unwrap.DlUnwrapOp;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.OperatorSpi;
import org.esa.snap.core.gpf.graph.Graph;
import org.esa.snap.core.gpf.graph.GraphException;
import org.esa.snap.core.gpf.graph.GraphIO;
import org.esa.snap.core.gpf.graph.Node;
import org.esa.snap.core.gpf.graph.NodeSource;

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
  /** The driver steps whose target has their source's raster. */
  private static final List<String> KEEP_THE_FRAME = List.of("DL-Detect", "DL-Unwrap", "Local-SBAS", "BandSelect");
  /**
   * What each of {@link #TILED} and {@link #KEEP_THE_FRAME} adds to its source's name in its
   * target's, as the operators name them: a refusal made before they run names the product a
   * step reads as they will.
   */
  private static final Map<String, String> TARGET_SUFFIXES = Map.of(MASK, DlMaskOp.TARGET_SUFFIX,
      GRADIENT_STACK, PhaseGradientStackOp.TARGET_SUFFIX, "BandSelect", BandSelectOp.TARGET_SUFFIX,
      "DL-Detect", DlDetectOp.TARGET_SUFFIX, "DL-Unwrap", DlUnwrapOp.TARGET_SUFFIX,
      "Local-SBAS", LocalSbasOp.TARGET_SUFFIX);
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

  private TileGraph(String input, String output, ClusterFiles files, Step read, Step write,
      List<Step> steps) {
    this.input = input;
    this.output = output;
    this.files = files;
    this.read = read;
    this.write = write;
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
   * graph never names, in bin/dlinsar's words ({@link UnusedVariables}): a misspelt
   * {@code -Pouptut=}, or a {@code -PpixelRegion}, which would leave the run on the whole frame.
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
    Graph graph;
    for (String name : UnusedVariables.of(text, variables.keySet())) {
      warnings.println(UnusedVariables.warning(graphFile, name) + (UnusedVariables.SOURCE_REGIONS.contains(name)
          ? "; bin/dlinsar-spark reads the whole frame of the input (it applies no region of it)" : ""));
    }
    try (Reader reader = new StringReader(text)) {
      graph = GraphIO.read(reader, variables);
    } catch (GraphException | IOException e) {
      throw new IllegalArgumentException("cannot read graph " + graphFile + ": " + e.getMessage(), e);
    }
    List<Node> chain = chain(graph, graphFile);
    for (Node node : chain) {
      checkParameters(node, graphFile);
    }
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
      Step step = step(node);
      checkMaskValues(step, node, graphFile);
      if (needsStatistics(step)) {
        statistics = checkOneStatisticsStep(statistics, node, graphFile);
      }
      steps.add(step);
    }
    Map<String, String> readParameters = parameters(read);
    for (String name : List.of("sourceBands", "bandNames", "pixelRegion", "geometryRegion")) {
      if (readParameters.containsKey(name)) {
        throw new NotForSpark("node '" + read.getId() + "' of graph " + graphFile + " sets Read's '" + name
            + "', which bin/dlinsar-spark does not yet apply (it reads whole frames by tiles); drop it");
      }
    }
    Map<String, String> writeParameters = parameters(write);
    String writeFile = required(writeParameters, "file", write, graphFile);
    try {
      // in bin/dlinsar's words (WriterFormat), which refuses it as it reads the graph too
      WriterFormat.check(writeParameters.getOrDefault("formatName", ProductIO.DEFAULT_FORMAT_NAME), new File(writeFile));
    } catch (IOException e) {
      throw new IllegalArgumentException(nodeOf(write.getId(), "Write", graphFile) + ": " + e.getMessage(), e);
    }
    TileGraph tiled = new TileGraph(location(required(readParameters, "file", read, graphFile), read, graphFile),
        location(writeFile, write, graphFile), files, step(read), step(write), steps);
    if (tiled.tiled.isEmpty()) {
      throw new NotForSpark("graph " + graphFile + " starts with " + (steps.isEmpty() ? "Write"
          : steps.get(0).operator()) + ", which does not run by tiles, so Spark would have nothing to share"
          + " out; run it with bin/dlinsar (by tiles: " + TILED + ")");
    }
    if (!tiled.isFile(tiled.input)) {
      throw new IllegalArgumentException("no input product " + tiled.input + " (node '" + read.getId() + "' of graph "
          + graphFile + ")");
    }
    tiled.checkOutputSparesInput();
    tiled.checkFilesBesideOutput(chain, graphFile);
    tiled.checkDriverStepsOnTheFrame(graphFile);
    // another file system's folders are made on writing (an object store has none)
    if (ClusterFiles.remote(tiled.output) == null) {
      prepareLocalTarget(tiled.output);
    } else {
      tiled.fileSystem(tiled.output);
    }
    return tiled;
  }

  /**
   * A folder that stands for the local one the driver stages an output on another file system
   * in (made only as the run writes): the side files' checks go by their names, not by that folder.
   */
  private static final File STAGING = new File(System.getProperty("java.io.tmpdir"), "dlinsar-spark-staging");

  /**
   * Checks the files the driver's steps write beside the output, or where their parameters name
   * the output, on the file the driver writes the product to ({@link #checkFilesNamedByParameters},
   * {@link #checkFilesBesideWrite}). For another file system that file is staged locally under
   * the output's name and uploaded with the side files: it is checked under {@link #STAGING}, and
   * a refusal names the output's folder as given in its stead.
   */
  private void checkFilesBesideOutput(List<Node> chain, Path graphFile) {
    boolean remote = ClusterFiles.remote(output) != null;
    File written = remote ? new File(STAGING, ClusterFiles.path(output).getName()) : ClusterFiles.localFile(output);
    try {
      checkFilesNamedByParameters(chain, graphFile, written);
      checkFilesBesideWrite(chain.get(chain.size() - 2), chain.get(chain.size() - 1), written);
    } catch (IllegalArgumentException e) {
      if (!remote) {
        throw e;
      }
      throw new IllegalArgumentException(e.getMessage().replace(STAGING.getAbsolutePath() + File.separator,
          outputFolder()), e);
    }
  }

  /**
   * Asks, before anything is computed, whether the files Write's source writes beside the
   * product, named after it where no parameter names them (DL-Detect's detections, Local-SBAS's
   * time series), can be written there, as bin/dlinsar asks ({@link FilesBesideTarget}): the
   * operator learns the product's file only once it is written, after the whole run.
   */
  private static void checkFilesBesideWrite(Node source, Node write, File output) {
    OperatorInfo info = OperatorInfo.find(source.getOperatorName());
    Map<String, String> parameters = parameters(source);
    try {
      FilesBesideTarget.checkAll(info.alias(), parameters::get, output.toPath(),
          "the file of Write node '" + write.getId() + "'");
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Refuses, before anything is computed, the file DL-Detect's {@code detectionsFile} or
   * Local-SBAS's {@code timeSeriesFile} names when the operator would refuse it as it initialises
   * (a name too long for a file, a folder), in its line: bin/dlinsar initialises them at once,
   * here they initialise on the driver after the frame statistics and the tiles. A value that is
   * the graph's output is checked as the driver gives it to them: {@code written}, the product
   * file it writes here.
   */
  private void checkFilesNamedByParameters(List<Node> chain, Path graphFile, File written) {
    for (Node node : chain) {
      OperatorInfo info = OperatorInfo.find(node.getOperatorName());
      String parameter = switch (info.alias()) {
        case "DL-Detect" -> "detectionsFile";
        case "Local-SBAS" -> "timeSeriesFile";
        default -> null;
      };
      // parameters() leaves out a blank value, which names no file
      String value = parameter == null ? null : parameters(node).get(parameter);
      if (value == null) {
        continue;
      }
      try {
        Path file = value.equals(output) ? written.toPath() : Path.of(value);
        if (parameter.equals("detectionsFile")) {
          DlDetectOp.checkDetectionsFile(file);
        } else {
          LocalSbasOp.checkTimeSeriesFile(file);
        }
      } catch (OperatorException | InvalidPathException e) {
        throw new IllegalArgumentException(nodeOf(node.getId(), info.alias(), graphFile) + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Refuses, before anything is computed, what the driver steps would refuse of the local input's
   * frame as they initialise, in their lines and in their order: bin/dlinsar refuses it at once;
   * here they initialise on the driver after the frame statistics and the tiles. The frame is the
   * input's header (its size and geocoding, which the tiled steps keep), up to a step that may
   * crop it. Refused are
   * <ul>
   *   <li>a frame too large for a step that holds it in one array ({@code WholeFrameArrays}):
   *       DL-Detect mode=SUBSIDENCE method=DL, and DL-Unwrap on the whole raster (no
   *       detectionsFile, no DL-Detect before it, no Detections metadata in the input);
   *   <li>the detections DL-Unwrap's or Local-SBAS's (scope PATCHES) {@code detectionsFile} names
   *       (a file it cannot read, a box outside the frame, the detections of another crop:
   *       {@code DetectionsInFrame}); a file of the graph's output, or after a DL-Detect, is the
   *       run's own and not read;
   *   <li>without a {@code detectionsFile}, those of the input's {@code Detections} metadata,
   *       which the steps carry (for Local-SBAS also none there), named as the product the step
   *       reads: the input's name with what each step before it adds ({@link #TARGET_SUFFIXES}).
   * </ul>
   * An input on another file system opens only once Spark runs: it is left to the operators.
   */
  private void checkDriverStepsOnTheFrame(Path graphFile) {
    if (ClusterFiles.remote(input) != null) {
      return;
    }
    Product frame = null;
    boolean detected = false;
    StringBuilder suffixes = new StringBuilder();
    tiled.forEach(step -> suffixes.append(TARGET_SUFFIXES.get(step.operator())));
    for (Step step : rest) {
      if (!KEEP_THE_FRAME.contains(step.operator())) {
        return; // a step that may crop it (Subset): the frame is known only once it has run
      }
      String file = step.parameters().get("detectionsFile");
      boolean subsidenceNetwork = "DL-Detect".equals(step.operator())
          && "SUBSIDENCE".equals(step.parameters().getOrDefault("mode", "LANDSLIDE"))
          && "DL".equals(step.parameters().getOrDefault("method", "DL"));
      boolean patches = "Local-SBAS".equals(step.operator())
          && "PATCHES".equals(step.parameters().getOrDefault("scope", "PATCHES"));
      boolean wholeRaster = "DL-Unwrap".equals(step.operator()) && !detected && file == null;
      boolean readsDetections = ("DL-Unwrap".equals(step.operator()) || patches)
          && !detected && file != null && !file.equals(output);
      boolean readsMetadata = patches && !detected && file == null;
      detected |= "DL-Detect".equals(step.operator());
      String sourceName = suffixes.toString();
      suffixes.append(TARGET_SUFFIXES.get(step.operator()));
      if (!subsidenceNetwork && !wholeRaster && !readsDetections && !readsMetadata) {
        continue;
      }
      frame = frame == null ? openedInput() : frame;
      int width = frame.getSceneRasterWidth();
      int height = frame.getSceneRasterHeight();
      sourceName = frame.getName() + sourceName;
      try {
        if (subsidenceNetwork) {
          DlDetectOp.checkSubsidenceNetworkFits(width, height);
        } else if (wholeRaster && !DetectionsRead.inMetadata(frame)) {
          DlUnwrapOp.checkWholeRasterFits(width, height);
        } else if (wholeRaster) {
          DlUnwrapOp.checkDetectionsInMetadata(frame.getMetadataRoot(), sourceName, frame.getSceneGeoCoding(),
              width, height);
        } else if (readsMetadata) {
          LocalSbasOp.checkDetectionsInMetadata(frame.getMetadataRoot(), sourceName, frame.getSceneGeoCoding(),
              width, height);
        } else if (readsDetections && "DL-Unwrap".equals(step.operator())) {
          DlUnwrapOp.checkDetectionsFile(Path.of(file), frame.getSceneGeoCoding(), width, height);
        } else if (readsDetections) {
          LocalSbasOp.checkDetectionsFile(Path.of(file), frame.getSceneGeoCoding(), width, height);
        }
      } catch (OperatorException | InvalidPathException e) {
        throw new IllegalArgumentException(nodeOf(step.id(), step.operator(), graphFile) + ": " + e.getMessage(), e);
      }
    }
  }

  /** The local input product, its header read; refused in one line when it cannot be. */
  private Product openedInput() {
    try {
      return inputProduct();
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Prepares a local output as bin/dlinsar's writer does before anything is computed
   * ({@link DimapTarget#prepare}): its missing folders created as SNAP's writer creates them; a
   * file in their way, an unwritable folder or a user's file at the product's paths refused.
   */
  private static void prepareLocalTarget(String output) {
    try {
      DimapTarget.of(ClusterFiles.localFile(output)).prepare();
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Refuses, before anything is computed or a folder made, an output that is the input product
   * or its data folder, as bin/dlinsar refuses a Write over its Read ({@link SourceOverwriteCheck}):
   * the writer would replace the stack it reads, and lose every band the graph does not carry.
   * On another file system the header and data folder the upload writes are compared as paths.
   */
  private void checkOutputSparesInput() {
    URI remoteOutput = ClusterFiles.remote(output);
    URI remoteInput = ClusterFiles.remote(input);
    try {
      if (remoteOutput == null && remoteInput == null) {
        SourceOverwriteCheck.refuse(ClusterFiles.localFile(output), List.of(ClusterFiles.localFile(input)));
      } else if (remoteOutput != null && remoteInput != null) {
        org.apache.hadoop.fs.Path target = ClusterFiles.path(output);
        // named as the upload names them: the writer's names for the output's file name
        DimapTarget written = DimapTarget.of(new File(target.getName()));
        org.apache.hadoop.fs.Path source = qualified(ClusterFiles.path(input));
        org.apache.hadoop.fs.Path sourceData = new org.apache.hadoop.fs.Path(source.getParent(),
            SourceOverwriteCheck.dataFolderName(source.getName()));
        org.apache.hadoop.fs.Path header = qualified(new org.apache.hadoop.fs.Path(target.getParent(),
            written.dimFile().getFileName().toString()));
        org.apache.hadoop.fs.Path data = qualified(new org.apache.hadoop.fs.Path(target.getParent(),
            written.dataFolder().getFileName().toString()));
        if (header.equals(source) || data.equals(sourceData)) {
          // named as the output is given
          String folder = outputFolder();
          throw SourceOverwriteCheck.overwrites(folder + written.dimFile().getFileName(),
              header.equals(source) ? "it is the source product " + input
              : "its data folder " + folder + written.dataFolder().getFileName() + " is that of the source product "
              + input);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private org.apache.hadoop.fs.Path qualified(org.apache.hadoop.fs.Path path) {
    return fileSystem(path.toString()).makeQualified(path);
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
  private String outputFolder() {
    return output.substring(0, output.lastIndexOf('/') + 1);
  }

  /** How a refusal names a node: "node 'id' (operator) of graph file". */
  private static String nodeOf(String id, String operator, Path graphFile) {
    return "node '" + id + "' (" + operator + ") of graph " + graphFile;
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
  private FileSystem fileSystem(String location) {
    try {
      return files.fileSystem(ClusterFiles.path(location));
    } catch (ClusterFiles.NoConnector e) {
      throw new NotForSpark("cannot open " + location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot open " + location + ": " + e.getMessage(), e);
    }
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
        throw new IllegalArgumentException(nodeOf(node.getId(), MASK, graphFile)
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
      throw new NotForSpark(nodeOf(node.getId(), MASK, graphFile)
          + " needs the frame's statistics (method OTSU, or DL without every amplitude reference) as node '"
          + earlier.getId() + "' does; bin/dlinsar-spark gathers them for one DL-Mask step only: run it with"
          + " bin/dlinsar");
    }
    return node;
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

  private static Step step(Node node) {
    NodeSource[] sources = node.getSources();
    return new Step(node.getId(), node.getOperatorName(), sources.length == 0 ? null : sources[0].getName(),
        parameters(node));
  }

  private static Map<String, String> parameters(Node node) {
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
  private static String location(String path, Node node, Path graphFile) {
    try {
      ClusterFiles.remote(path);
      return path;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("node '" + node.getId() + "' of graph " + graphFile + ": " + e.getMessage(),
          e);
    }
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
        halo += Integer.parseInt(step.parameters().getOrDefault("window", "7")) / 2 + 1;
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
  private static Logger quietWhileInitialising() {
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
