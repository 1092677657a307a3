package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.dlinsar.files.SideFiles;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.lite.ModuleProperties;
import org.dlinsar.lite.Parallelism;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Runs a {@link TileGraph} on Spark: the frame's Otsu thresholds or amplitude references first
 * when a DL-Mask needs them (one histogram task per tile of the stack that DL-Mask reads, merged:
 * {@link FrameStatistics}), then
 * one task per tile that builds the tiled steps on the tile grown by its halo and leaves the core
 * of every band they compute in the work folder ({@link TileFiles}; none when the tiled steps
 * compute no band, only select the input's: the stage is skipped); then the driver assembles the
 * frame from those tiles (bands carried from the input are read from it: {@link AssembledFrame}),
 * runs the graph's remaining steps on it (the parts of DL-Detect and Local-SBAS as tasks on that
 * frame: {@link StepParts}) and writes the product through the engine's writer. The product
 * appears only once every task has succeeded (the writer stages it and renames it last); a failed
 * task is retried by Spark and replaces what its killed attempt left, but one an operator refused
 * the product's content fails the run at once ({@link TaskOutcome}); a rerun starts from an empty
 * work folder.
 */
final class TileGraphJob {

  /** The metadata element that says how Spark ran the graph. */
  static final String SPARK_ELEMENT = "DL_InSAR_Spark";

  private TileGraphJob() {
  }

  /**
   * What a run did: the tiles, and the wall seconds of its stages.
   *
   * @param tiles the tiles the tasks computed (none when the tiled steps compute no band)
   * @param thresholdSeconds the frame statistics (0 when no DL-Mask needs them)
   * @param stepParts parts of driver steps that Spark tasks computed (DL-Detect's, Local-SBAS's)
   * @param stepPartSeconds the Spark jobs that computed them (part of the driver's seconds)
   * @param tileSeconds the tile tasks
   * @param writeSeconds the driver's steps (their parts' tasks included) and writing the product
   */
  record Result(List<TileRegion> tiles, int stepParts, double stepPartSeconds, double thresholdSeconds,
      double tileSeconds, double writeSeconds) {}

  /**
   * @param tileSize core tile size, pixels
   * @param jobs makes the work folder, which a stop removes if the driver is still in a step
   */
  static Result run(JavaSparkContext spark, TileGraph graph, int tileSize, TaskFault fault, JobsStopFirst jobs)
      throws IOException {
    Product input = graph.inputProduct();
    int width = input.getSceneRasterWidth();
    int height = input.getSceneRasterHeight();
    List<TileRegion> tiles = TileRegion.grid(width, height, tileSize, graph.halo(), graph.alignment());
    long start = System.nanoTime();
    FrameStatistics statistics = graph.needsOtsuThresholds() || graph.needsAmplitudeReferences()
        ? frameStatistics(spark, graph, tiles, fault) : null;
    double[] thresholds = statistics == null ? null : statistics.thresholds();
    double[] references = statistics == null ? null : statistics.amplitudeReferences();
    long thresholdsDone = System.nanoTime();

    TileFiles work = jobs.workFolder(() -> TileFiles.fresh(graph.files(), ClusterFiles.path(graph.output())));
    long tilesDone;
    List<TileRegion> written = tiles;
    List<StepParts> runners = new ArrayList<>();
    Map<Integer, List<? extends Serializable>> computedParts = new HashMap<>();
    try (TileGraph.Built frame = graph.build(null, thresholds, references)) {
      List<String> computed = AssembledFrame.computedBands(frame.target());
      // tiled steps that only carry or select the input's bands (a BandSelect) compute nothing by
      // tiles: no tile task runs, and every band of the frame is read from the input
      if (computed.isEmpty()) {
        written = List.of();
      }
      AssembledFrame assembled = new AssembledFrame(graph, work, tileSize, written, thresholds, references);
      if (!written.isEmpty()) {
        List<ArrayList<NoDataWatch.Found>> found = TaskOutcome.values(spark.parallelize(written, written.size())
            .map(tile -> {
              useTaskCores();
              return TaskOutcome.of(where(tile), () -> {
                fault.before(tile.index(), TaskContext.get().attemptNumber());
                try (TileGraph.Built built = graph.buildInTask(tile.read(), thresholds, references)) {
                  assembled.work().write(built.target(), computed, tile,
                      Long.toString(TaskContext.get().taskAttemptId()));
                  return built.noDataFound();
                }
              });
            }).collect());
        // the frame's watches say, once, the interferograms without data in every tile
        for (int i = 0; i < written.size(); i++) {
          frame.noDataSeen(written.get(i).core(), found.get(i));
        }
      }
      tilesDone = System.nanoTime();
      assembled.readFromTiles(frame);
      write(graph, frame.target(), (step, before) -> {
        StepParts runner = new StepParts(spark, assembled, step, before, fault, computedParts);
        runners.add(runner);
        return runner;
      }, product -> {
        // this run's record replaces one a source product carried from an earlier Spark run
        MetadataElement root = product.getMetadataRoot();
        MetadataElement inherited = root.getElement(SPARK_ELEMENT);
        if (inherited != null) {
          root.removeElement(inherited);
        }
        root.addElement(record(spark.master(), assembled, runners.stream().mapToInt(StepParts::parts).sum()));
      });
    } finally {
      work.delete();
    }
    return new Result(written, runners.stream().mapToInt(StepParts::parts).sum(),
        runners.stream().mapToDouble(StepParts::seconds).sum(), (thresholdsDone - start) / 1e9,
        (tilesDone - thresholdsDone) / 1e9, (System.nanoTime() - tilesDone) / 1e9);
  }

  private static FrameStatistics frameStatistics(JavaSparkContext spark, TileGraph graph, List<TileRegion> tiles,
      TaskFault fault) {
    boolean coherence = graph.needsOtsuThresholds();
    boolean amplitude = graph.needsAmplitudeReferences();
    return TaskOutcome.values(spark.parallelize(tiles, tiles.size()).map(tile -> {
      useTaskCores();
      return TaskOutcome.of(where(tile), () -> {
        fault.before(tile.index(), TaskContext.get().attemptNumber());
        // the stack the DL-Mask step reads (after a BandSelect before it), on the tile's core
        try (TileGraph.Built source = graph.buildStatisticsSource(tile.read())) {
          return FrameStatistics.of(source.target(), tile.coreInRead(), coherence, amplitude);
        }
      });
    }).collect()).stream().reduce(FrameStatistics::merge).orElseThrow();
  }

  /** Where a tile's task computes, for an input error's message: its pixels are the read region's. */
  private static String where(TileRegion tile) {
    return "in tile " + tile.index() + ", whose pixel (0, 0) is the frame's (" + tile.read().x + ", " + tile.read().y
        + ")";
  }

  /**
   * Spark runs one task per core it was given (spark.task.cpus, 1 by default): the engine inside a
   * task computes with as many threads, not with every core of the machine, or the tasks of one
   * executor would fight over its cores (on 2 cores, one task already kept 1.8 busy).
   */
  static void useTaskCores() {
    System.setProperty(Parallelism.PROPERTY, Integer.toString(Math.max(1, TaskContext.get().cpus())));
  }

  /**
   * Runs the driver's steps on {@code frame} and writes their product: on this machine's file
   * systems straight to the output (the engine's writer stages it and renames it last); for
   * another file system into a local folder of Spark's first, uploaded once written whole
   * ({@link ClusterFiles#upload}) with the files the steps write beside it.
   */
  private static void write(TileGraph graph, Product frame, TileGraph.StepRunners runners,
      Consumer<Product> record) throws IOException {
    URI remote = ClusterFiles.remote(graph.output());
    if (remote == null) {
      write(graph, frame, runners, ClusterFiles.localFile(graph.output()), record);
      return;
    }
    File staging = Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "output-").toFile();
    try {
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(remote);
      File written = new File(staging, target.getName());
      write(graph, frame, runners, written, record);
      graph.files().upload(staging.toPath(), target.getParent(),
          SideFiles.of(written.toPath()).stream().map(f -> f.getFileName().toString()).toList());
    } finally {
      FileUtil.fullyDelete(staging);
    }
  }

  private static void write(TileGraph graph, Product frame, TileGraph.StepRunners runners, File file,
      Consumer<Product> record) {
    try (TileGraph.Built written = graph.finish(frame, runners, file)) {
      graph.write(written.target(), file, record);
    }
  }

  /**
   * What the product's Processing_Graph, the graph's as bin/dlinsar records it, does not say: that
   * Spark ran it, on which master, by which tiles, and the frame's statistics every tile's
   * DL-Mask was given in place of its own (CONTRACT.md section 7).
   */
  static MetadataElement record(String master, AssembledFrame frame, int stepParts) {
    MetadataElement spark = new MetadataElement(SPARK_ELEMENT);
    TileGraph graph = frame.graph();
    spark.setAttributeString("software", "dlinsar-spark " + ModuleProperties.buildVersion());
    spark.setAttributeString("master", master);
    spark.setAttributeInt("tile_size", frame.tileSize());
    spark.setAttributeInt("halo", graph.halo());
    spark.setAttributeInt("alignment", graph.alignment());
    spark.setAttributeInt("tiles", frame.tiles().size());
    spark.setAttributeString("nodes_by_tiles", String.join(",", graph.tiledIds()));
    if (!graph.driverIds().isEmpty()) {
      spark.setAttributeString("nodes_on_driver", String.join(",", graph.driverIds()));
    }
    spark.setAttributeInt("step_parts", stepParts);
    if (frame.otsuThresholds() != null || frame.amplitudeReferences() != null) {
      MetadataElement statistics = new MetadataElement("frame_statistics");
      statistics.setAttributeString("node", graph.statisticsId());
      if (frame.otsuThresholds() != null) {
        statistics.setAttributeString("otsu_thresholds", joined(frame.otsuThresholds()));
      }
      if (frame.amplitudeReferences() != null) {
        statistics.setAttributeString("amplitude_references", joined(frame.amplitudeReferences()));
      }
      spark.addElement(statistics);
    }
    return spark;
  }

  private static String joined(double[] values) {
    return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
  }
}
