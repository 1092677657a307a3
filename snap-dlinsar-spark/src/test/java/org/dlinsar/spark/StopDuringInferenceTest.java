package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while DL-Mask's network runs in a task of the Spark driver's JVM (local mode), in a
 * child JVM as cron's {@code timeout} sends it. Without stop handling the JVM's shutdown hooks ran
 * at once, ONNX Runtime's among them, which frees its native environment under a running network
 * (it crashed {@code bin/dlinsar}'s JVM, exit 134, in four of five such stops; the Spark driver's
 * did not crash in five tries here), and the driver printed "failed: Job 1 cancelled because
 * SparkContext was shut down" and, in two of the five, left its tile folder behind. Now
 * the network's batch finishes first and the run ends as {@code bin/dlinsar}'s stopped run does:
 * status 143, one line saying so, no product and no tile folder.
 */
class StopDuringInferenceTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final long TIMEOUT_MS = 180_000;

  @TempDir
  Path dir;

  private Process child;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void sigtermDuringTheMaskNetworkEndsTheRunWithoutACrash() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
    assertEquals(0, Launcher.run(new String[] {"simulate", "--width", "384", "--height", "384", "--dates", "8",
        "--seed", "4", "-o", dir.resolve("stack.dim").toString()}, sink, sink), log.toString(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the test JVM's options (the packages Spark needs opened, the heap, headless), a tmpdir to watch
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        DlinsarSpark.class.getName(), ROOT.resolve("graphs/mask.xml").toAbsolutePath().toString(),
        "-Pinput=stack.dim", "-Poutput=mask.dim", "--master", "local[1,1]"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("ORT_DISABLE_TELEMETRY", "1");
    builder.directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    child = builder.start();

    // DL-Mask keeps each network tile in its spill file once computed: the file appears with the
    // first interferogram's; the network then runs for each of the others, a second or two each,
    // before the task renames its tile's files into place (.mask.dim.tiles-<random>/0.<band>)
    long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    while (names(tmp).stream().noneMatch(name -> name.startsWith("dlinsar-mask-tiles-"))) {
      if (!child.isAlive() || System.currentTimeMillis() > deadline) {
        fail("the network did not start: " + Files.readString(err));
      }
      Thread.sleep(20);
    }
    Thread.sleep(500);
    for (String name : names(dir)) {
      if (name.startsWith(".mask.dim.tiles-")) {
        assertFalse(names(dir.resolve(name)).stream().anyMatch(file -> file.startsWith("0.")),
            "the network had finished: stop earlier");
      }
    }
    child.destroy();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the run ignored SIGTERM");

    String printed = Files.readString(out) + Files.readString(err);
    assertEquals(143, child.exitValue(), printed);
    assertEquals("", Files.readString(out), "standard output");
    // its one line, beside Spark's warnings: not "failed: Job 1 cancelled because SparkContext was shut down"
    assertEquals(List.of("dlinsar-spark: stopped (exit status 143)"),
        Files.readAllLines(err).stream().filter(line -> line.startsWith("dlinsar-spark:")).toList(), printed);
    assertEquals(List.of("err.txt", "out.txt", "stack.data", "stack.dim", "stack.sites.json", "stack.truth.data",
        "stack.truth.dim", "tmp"), names(dir), printed);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
