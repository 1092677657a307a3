package org.dlinsar.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.dlinsar.lite.Parallelism;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;

/**
 * Runs a {@link TileGraph} on Spark: the frame's Otsu thresholds or amplitude references first
 * when a DL-Mask needs them (one histogram task per tile, merged: {@link FrameStatistics}), then
 * one task per tile that builds the tiled steps on the tile grown by its halo and leaves the core
 * of every band they compute in the work folder ({@link TileFiles}); then the driver assembles the
 * frame from those tiles (bands carried from the input are read from it: {@link AssembledFrame}),
 * runs the graph's remaining steps on it (the parts of DL-Detect and Local-SBAS as tasks on that
 * frame: {@link StepParts}) and writes the product through the engine's writer. The product
 * appears only once every task has succeeded (the writer stages it and renames it last); a failed
 * task is retried by Spark and replaces what its killed attempt left; a rerun starts from an empty
 * work folder.
 */
final class TileGraphJob {

  private TileGraphJob() {
  }

  /**
   * What a run did: the tiles, and the wall seconds of its stages.
   *
   * @param thresholdSeconds the frame statistics (0 when no DL-Mask needs them)
   * @param stepParts parts of driver steps that Spark tasks computed (DL-Detect's, Local-SBAS's)
   * @param stepPartSeconds the Spark jobs that computed them (part of the driver's seconds)
   * @param tileSeconds the tile tasks
   * @param writeSeconds the driver's steps (their parts' tasks included) and writing the product
   */
  record Result(List<TileRegion> tiles, int stepParts, double stepPartSeconds, double thresholdSeconds,
      double tileSeconds, double writeSeconds) {}

  /** @param tileSize core tile size, pixels */
  static Result run(JavaSparkContext spark, TileGraph graph, int tileSize, TaskFault fault) throws IOException {
    Product input = FrameProducts.of(graph.input());
    int width = input.getSceneRasterWidth();
    int height = input.getSceneRasterHeight();
    List<TileRegion> tiles = TileRegion.grid(width, height, tileSize, graph.halo());
    long start = System.nanoTime();
    FrameStatistics statistics = graph.needsOtsuThresholds() || graph.needsAmplitudeReferences()
        ? frameStatistics(spark, graph, tiles, fault) : null;
    double[] thresholds = statistics == null ? null : statistics.thresholds();
    double[] references = statistics == null ? null : statistics.amplitudeReferences();
    long thresholdsDone = System.nanoTime();

    Path work = workFolder(graph);
    TileFiles.deleteTree(work);
    Files.createDirectories(work);
    AssembledFrame assembled = new AssembledFrame(graph, work.toString(), tileSize, tiles, thresholds, references);
    long tilesDone;
    List<StepParts> runners = new ArrayList<>();
    Map<Integer, List<? extends Serializable>> computedParts = new HashMap<>();
    try (TileGraph.Built frame = assembled.lazy()) {
      List<String> computed = AssembledFrame.computedBands(frame.target());
      spark.parallelize(tiles, tiles.size()).foreach(tile -> {
        fault.before(tile.index(), TaskContext.get().attemptNumber());
        useTaskCores();
        try (TileGraph.Built built = graph.build(tile.read(), thresholds, references)) {
          TileFiles.write(built.target(), computed, tile, Path.of(assembled.work()),
              Long.toString(TaskContext.get().taskAttemptId()));
        }
      });
      tilesDone = System.nanoTime();
      assembled.readFromTiles(frame);
      try (TileGraph.Built written = graph.finish(frame.target(), step -> {
        StepParts runner = new StepParts(spark, assembled, step, fault, computedParts);
        runners.add(runner);
        return runner;
      })) {
        ProductIO.writeProduct(written.target(), graph.output(), graph.formatName(), false);
      }
    } finally {
      TileFiles.deleteTree(work);
    }
    return new Result(tiles, runners.stream().mapToInt(StepParts::parts).sum(),
        runners.stream().mapToDouble(StepParts::seconds).sum(), (thresholdsDone - start) / 1e9,
        (tilesDone - thresholdsDone) / 1e9, (System.nanoTime() - tilesDone) / 1e9);
  }

  private static FrameStatistics frameStatistics(JavaSparkContext spark, TileGraph graph, List<TileRegion> tiles,
      TaskFault fault) {
    boolean coherence = graph.needsOtsuThresholds();
    boolean amplitude = graph.needsAmplitudeReferences();
    return spark.parallelize(tiles, tiles.size()).map(tile -> {
      fault.before(tile.index(), TaskContext.get().attemptNumber());
      useTaskCores();
      return FrameStatistics.of(graph.input(), tile.core(), coherence, amplitude);
    }).reduce(FrameStatistics::merge);
  }

  /**
   * Spark runs one task per core it was given (spark.task.cpus, 1 by default): the engine inside a
   * task computes with as many threads, not with every core of the machine, or the tasks of one
   * executor would fight over its cores (on 2 cores, one task already kept 1.8 busy).
   */
  static void useTaskCores() {
    System.setProperty(Parallelism.PROPERTY, Integer.toString(Math.max(1, TaskContext.get().cpus())));
  }

  /** Beside the output: {@code <output>.tiles}, on the file system every task writes to. */
  private static Path workFolder(TileGraph graph) {
    Path output = graph.output().toPath().toAbsolutePath();
    return output.resolveSibling(output.getFileName() + ".tiles");
  }
}
