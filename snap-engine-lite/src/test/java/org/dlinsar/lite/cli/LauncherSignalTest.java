package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bc.ceres.core.ProgressMonitor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dlinsar.lite.graph.TestProducts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher in a child JVM on this test's class path, writing the target of
 * {@code Test-Stall} (whose tiles never finish), and stops it with SIGTERM while the write is
 * staged.
 */
class LauncherSignalTest {

  /** Generous bounds for a loaded 2-core machine; the waits end as soon as their condition holds. */
  private static final long START_TIMEOUT_MS = 60_000;
  private static final long EXIT_TIMEOUT_S = 60;

  @TempDir
  Path dir;

  @TempDir
  Path logs;

  private Process child;

  /** The processes bin/dlinsar started, once seen. */
  private List<ProcessHandle> grandchildren = List.of();

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly().waitFor(EXIT_TIMEOUT_S, TimeUnit.SECONDS);
    }
    grandchildren.forEach(ProcessHandle::destroyForcibly);
  }

  private void startStalledWrite(Path target) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "Test-Stall", "-t", target.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(logs.resolve("child.log").toFile());
    child = builder.start();
  }

  /** Waits until the child has staged its write: a hidden {@code .<base>.data.tmp-*} folder beside the target. */
  private Path awaitStagedFolder(String baseName) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline) {
      try (Stream<Path> files = Files.list(dir)) {
        Path staged = files.filter(p -> p.getFileName().toString().startsWith("." + baseName + ".data.tmp-"))
            .findFirst().orElse(null);
        if (staged != null) {
          return staged;
        }
      }
      if (!child.isAlive()) {
        fail("the child ended with status " + child.exitValue() + " before staging: " + childLog());
      }
      Thread.sleep(20);
    }
    fail("no staged folder after " + START_TIMEOUT_MS + " ms: " + childLog());
    return null;
  }

  private void terminate() throws InterruptedException {
    child.destroy();
    assertTrue(child.waitFor(EXIT_TIMEOUT_S, TimeUnit.SECONDS), "the child ignored SIGTERM");
  }

  private String childLog() throws IOException {
    Path log = logs.resolve("child.log");
    return Files.exists(log) ? Files.readString(log) : "(no output)";
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * bin/dlinsar's first run records the class cache with the JVM as its child, not exec'd: a
   * SIGTERM to the launcher's process stops that JVM too (it ran on without its parent, holding
   * the target, before), which cleans up as it does when it is signalled itself.
   */
  @Test
  void sigtermToTheLauncherWhileItRecordsTheClassCacheStopsItsJvm(@TempDir Path install) throws Exception {
    LauncherScript script = LauncherScript.install(install);
    child = script.command(LauncherScript.thisJdk(), "Test-Stall", "-t", dir.resolve("out.dim").toString())
        .redirectErrorStream(true).redirectOutput(logs.resolve("child.log").toFile()).start();
    awaitStagedFolder("out");
    grandchildren = child.descendants().toList();
    assertTrue(grandchildren.stream().anyMatch(p -> p.info().command().orElse("").endsWith("java")),
        "bin/dlinsar runs no java child while it records: " + childLog());

    terminate();

    assertEquals(143, child.exitValue(), childLog());
    // the launcher ends once its JVM has
    assertTrue(grandchildren.stream().noneMatch(ProcessHandle::isAlive), "the JVM runs on without the launcher");
    assertEquals(List.of(), names(), childLog());
  }

  @Test
  void sigtermDuringAWriteLeavesNothingStagedAndThePreviousProductIntact() throws Exception {
    File previous = TestProducts.write(dir.resolve("out.dim").toFile());
    float[] previousPhase = TestProducts.pixels(previous, "phase");
    startStalledWrite(dir.resolve("out.dim"));
    awaitStagedFolder("out");

    terminate();

    // a stopped run frees its target: no lock file stays
    assertEquals(List.of("out.data", "out.dim"), names(), childLog());
    assertArrayEquals(previousPhase, TestProducts.pixels(previous, "phase"), 0f);
  }

  @Test
  void anotherWriteOfTheSameTargetIsRefusedAndKeepsTheStagingOfARunStillWriting() throws Exception {
    startStalledWrite(dir.resolve("out.dim"));
    Path staged = awaitStagedFolder("out");

    Product product = ProductIO.readProduct(TestProducts.write(dir.resolve("in.dim").toFile()));
    IOException refused = assertThrows(IOException.class, () -> ProductIO.writeProduct(product,
        dir.resolve("out.dim").toFile(), "BEAM-DIMAP", false, ProgressMonitor.NULL));
    product.dispose();

    assertTrue(refused.getMessage().contains("another run is writing it"), refused.getMessage());
    assertTrue(Files.isDirectory(staged), "swept the staging of a live run: " + names());
    assertTrue(child.isAlive(), childLog());
    terminate();
    assertEquals(List.of("in.data", "in.dim"), names(), childLog());
  }

  @Test
  void aSecondRunOnATargetIsRefusedWhileTheFirstLivesAndRunsOnceItWasKilled() throws Exception {
    File input = TestProducts.write(dir.resolve("in.dim").toFile());
    Path target = dir.resolve("out.dim");
    startStalledWrite(target);
    awaitStagedFolder("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int refused = Launcher.run(new String[] {"Read", "-Pfile=" + input, "-t", target.toString()},
        System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

    String line = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, refused, line);
    assertEquals(List.of("Error: Cannot write " + target + ": another run is writing it (it holds .out.dim.lock);"
        + " wait for it to end or choose another target"), line.lines().toList());
    assertTrue(child.isAlive(), childLog());
    // SIGKILL: no hook runs, the lock file stays, and the OS drops the lock
    child.destroyForcibly();
    assertTrue(child.waitFor(EXIT_TIMEOUT_S, TimeUnit.SECONDS), "the child survived SIGKILL");
    assertTrue(names().contains(".out.dim.lock"), names().toString());

    assertEquals(0, Launcher.run(new String[] {"Read", "-Pfile=" + input, "-t", target.toString()},
        System.out, System.err));
    assertEquals(List.of("in.data", "in.dim", "out.data", "out.dim"), names());
  }
}
