package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.DlDetectOp;
import org.dlinsar.gradient.PhaseGradientStackOp;
import org.dlinsar.lite.cli.FilesBesideTarget;
import org.dlinsar.lite.cli.FilesRead;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.graph.BandSelectOp;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.SourceOverwriteCheck;
import org.dlinsar.mask.DlMaskOp;
import org.dlinsar.sbas.LocalSbasOp;
import org.dlinsar.unwrap.DlUnwrapOp;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.graph.Node;

/**
 * What the driver refuses of a {@link TileGraph} before Spark starts, as bin/dlinsar refuses it
 * before it computes anything: an output that is the input, files beside the output or named by
 * parameters that could not be written, and what the driver steps would refuse of the input's
 * frame; where Spark would otherwise run the whole tile stage first. A local output's folders are
 * then made, as bin/dlinsar's writer makes them.
 */
final class RunChecks {

  /** The driver steps whose target has their source's raster. */
  private static final List<String> KEEP_THE_FRAME = List.of("DL-Detect", "DL-Unwrap", "Local-SBAS", "BandSelect");
  /**
   * What each tiled step and each of {@link #KEEP_THE_FRAME} adds to its source's name in its
   * target's, as the operators name them: a refusal made before they run names the product a
   * step reads as they will.
   */
  private static final Map<String, String> TARGET_SUFFIXES = Map.of(TileGraph.MASK, DlMaskOp.TARGET_SUFFIX,
      TileGraph.GRADIENT_STACK, PhaseGradientStackOp.TARGET_SUFFIX, "BandSelect", BandSelectOp.TARGET_SUFFIX,
      "DL-Detect", DlDetectOp.TARGET_SUFFIX, "DL-Unwrap", DlUnwrapOp.TARGET_SUFFIX,
      "Local-SBAS", LocalSbasOp.TARGET_SUFFIX);
  /**
   * A folder that stands for the local one the driver stages an output on another file system
   * in (made only as the run writes): the side files' checks go by their names, not by that folder.
   */
  private static final File STAGING = new File(System.getProperty("java.io.tmpdir"), "dlinsar-spark-staging");

  private final TileGraph graph;
  private final String input;
  private final String output;
  private final Path graphFile;

  private RunChecks(TileGraph graph, Path graphFile) {
    this.graph = graph;
    this.input = graph.input();
    this.output = graph.output();
    this.graphFile = graphFile;
  }

  /**
   * Refuses what {@code graph}, read from the chain {@code chain} of {@code graphFile}, would
   * refuse only as it runs; prepares a local output.
   *
   * @throws IllegalArgumentException naming the node, the file and what is wrong
   */
  static void before(TileGraph graph, List<Node> chain, Path graphFile) {
    RunChecks checks = new RunChecks(graph, graphFile);
    checks.checkOutputSparesInput();
    checks.checkFilesBesideOutput(chain);
    checks.checkTiledStepsOnTheInput();
    checks.checkDriverStepsOnTheFrame();
    // another file system's folders are made on writing (an object store has none)
    if (ClusterFiles.remote(checks.output) == null) {
      prepareLocalTarget(checks.output);
    } else {
      graph.fileSystem(checks.output);
    }
  }

  /**
   * Checks the files the driver's steps write beside the output, or where their parameters name
   * the output, on the file the driver writes the product to ({@link #checkFilesNamedByParameters},
   * {@link #checkFilesBesideWrite}). For another file system that file is staged locally under
   * the output's name and uploaded with the side files: it is checked under {@link #STAGING}, and
   * a refusal names the output's folder as given in its stead.
   */
  private void checkFilesBesideOutput(List<Node> chain) {
    boolean remote = ClusterFiles.remote(output) != null;
    File written = remote ? new File(STAGING, ClusterFiles.path(output).getName()) : ClusterFiles.localFile(output);
    try {
      checkFilesNamedByParameters(chain, written);
      checkFilesBesideWrite(chain.get(chain.size() - 2), chain.get(chain.size() - 1), written);
    } catch (IllegalArgumentException e) {
      if (!remote) {
        throw e;
      }
      throw new IllegalArgumentException(e.getMessage().replace(STAGING.getAbsolutePath() + File.separator,
          graph.outputFolder()), e);
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
    Map<String, String> parameters = GraphChain.parameters(source);
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
  private void checkFilesNamedByParameters(List<Node> chain, File written) {
    for (Node node : chain) {
      OperatorInfo info = OperatorInfo.find(node.getOperatorName());
      String parameter = switch (info.alias()) {
        case "DL-Detect" -> "detectionsFile";
        case "Local-SBAS" -> "timeSeriesFile";
        default -> null;
      };
      // GraphChain.parameters() leaves out a blank value, which names no file
      String value = parameter == null ? null : GraphChain.parameters(node).get(parameter);
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
        throw new IllegalArgumentException(GraphChain.nodeOf(node.getId(), info.alias(), graphFile) + ": "
            + e.getMessage(), e);
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
  private void checkDriverStepsOnTheFrame() {
    if (ClusterFiles.remote(input) != null) {
      return;
    }
    Product frame = null;
    boolean detected = false;
    StringBuilder suffixes = new StringBuilder();
    graph.tiledSteps().forEach(step -> suffixes.append(TARGET_SUFFIXES.get(step.operator())));
    for (TileGraph.Step step : graph.driverSteps()) {
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
        throw new IllegalArgumentException(GraphChain.nodeOf(step.id(), step.operator(), graphFile) + ": "
            + e.getMessage(), e);
      }
    }
  }

  /**
   * Initialises the tiled steps on the local input with the graph's own parameters (DL-Mask's
   * OTSU as OTSU), computing nothing, so that what they refuse of it (no interferograms, no
   * coherence band) ends the run before any task, naming the node and in the words of the method
   * the graph gives. The tasks refused it each, retried, in the words of what they run in its
   * stead (THRESHOLD with the frame's thresholds), and only after the frame's statistics, whose
   * stage failed first with Spark's own line. Quiet: the driver's build says their lines later.
   */
  private void checkTiledStepsOnTheInput() {
    if (ClusterFiles.remote(input) != null) {
      return;
    }
    Product source = openedInput();
    List<Operator> built = new ArrayList<>();
    Logger quiet = TileGraph.quietWhileInitialising();
    try {
      for (TileGraph.Step step : graph.tiledSteps()) {
        Operator operator = TileGraph.operator(step, new HashMap<>(step.parameters()), source);
        operator.setLogger(quiet);
        built.add(operator);
        try {
          source = operator.getTargetProduct();
        } catch (OperatorException e) {
          throw new IllegalArgumentException(GraphChain.nodeOf(step.id(), step.operator(), graphFile) + ": "
              + e.getMessage(), e);
        }
      }
    } finally {
      built.forEach(Operator::dispose);
    }
  }

  /** The local input product, its header read; refused in one line when it cannot be. */
  private Product openedInput() {
    try {
      return graph.inputProduct();
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
        List<File> read = new ArrayList<>(List.of(ClusterFiles.localFile(input)));
        // and the products the steps read through their parameters (DL-Unwrap's, Local-SBAS's detections)
        for (TileGraph.Step step : graph.driverSteps()) {
          read.addAll(FilesRead.all(OperatorInfo.find(step.operator()).alias(), step.parameters()::get));
        }
        SourceOverwriteCheck.refuse(ClusterFiles.localFile(output), read);
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
          String folder = graph.outputFolder();
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
    return graph.fileSystem(path.toString()).makeQualified(path);
  }
}
