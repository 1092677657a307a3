package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop's handler and the run's work folder. A driver step's own work (Local-SBAS FULL's blocks)
 * is no Spark job: the handler waited 10 s for the driver, then exited, and the driver, still in
 * its step, never reached the removal of the tile folder (SIGTERM 13 s into the driver's 29 s of
 * Local-SBAS FULL on a 768 x 768 x 12 stack left .full.dim.tiles-<random>/ with 756 tile files).
 */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class JobsStopFirstTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(printed, true, StandardCharsets.UTF_8);

  /** The driver is in a step of its own and never leaves the run while the handler waits. */
  @Test
  void aStopWhileTheDriverIsInItsOwnStepRemovesTheWorkFolder() throws IOException {
    JobsStopFirst jobs = new JobsStopFirst(err, Duration.ofMillis(50));
    TileFiles work = jobs.workFolder(() -> TileFiles.fresh(files(), output()));
    Path folder = dir.resolve(work.path().getName());
    Files.writeString(folder.resolve("0.grad_az"), "a tile");

    jobs.stopping();

    assertEquals(List.of(), names(dir), "the work folder is left");
    assertEquals(List.of("dlinsar-spark: stopped (exit status 0)"), lines());
  }

  /** A stop that came before the work folder was made (while Spark started): none is made after it. */
  @Test
  void noWorkFolderIsMadeOnceTheStopHasBegun() throws IOException {
    JobsStopFirst jobs = new JobsStopFirst(err, Duration.ofHours(1));
    jobs.stopping();

    IOException refused = assertThrows(IOException.class,
        () -> jobs.workFolder(() -> TileFiles.fresh(files(), output())));

    assertEquals("the run is being stopped: no work folder is made", refused.getMessage());
    assertEquals(List.of(), names(dir));
  }

  /** A driver that leaves the run (its folder removed) ends the wait at once, however long it may be. */
  @Test
  void aDriverThatLeavesTheRunEndsTheWait() throws Exception {
    JobsStopFirst jobs = new JobsStopFirst(err, Duration.ofHours(1));
    TileFiles work = jobs.workFolder(() -> TileFiles.fresh(files(), output()));
    Thread driver = new Thread(() -> {
      try {
        work.delete();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      jobs.ended();
    });
    driver.start();

    assertTimeoutPreemptively(Duration.ofSeconds(60), jobs::stopping);

    driver.join();
    assertTrue(names(dir).isEmpty());
    assertEquals(List.of("dlinsar-spark: stopped (exit status 0)"), lines());
    assertFalse(Files.exists(dir.resolve(work.path().getName())));
  }

  private org.apache.hadoop.fs.Path output() {
    return new org.apache.hadoop.fs.Path(dir.resolve("out.dim").toUri());
  }

  private static ClusterFiles files() {
    return ClusterFiles.of(new SparkConf(false));
  }

  private List<String> lines() {
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
