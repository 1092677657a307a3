package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that used a model leaves nothing in java.io.tmpdir (ONNX Runtime 1.29 alone leaves an
 * empty folder per run), and the next run clears what a killed one left. Run in JVMs of their
 * own, since what is checked happens at their exit.
 */
class UnpackedRuntimeTest {

  /** As bin/dlinsar runs: a killed child leaves no telemetry log in the real /tmp. */
  private static final Map<String, String> NO_TELEMETRY = Map.of("ORT_DISABLE_TELEMETRY", "1");

  /**
   * Opens the model given; then closes it and exits, or with "wait" says so and waits to be killed.
   * With "keeps-libraries" it runs as on Windows, where a loaded library's file stays until exit.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("keeps-libraries")) {
      ai.onnxruntime.OrtEnvironment.getEnvironment();
      UnpackedRuntime.removeAtExit(false);
    }
    ModelSession session = ModelFixtures.open(Path.of(args[0]));
    if (args.length > 1 && args[1].equals("wait")) {
      System.out.println("opened");
      System.out.flush();
      Thread.sleep(120_000);
    }
    session.close();
  }

  @Test
  void aRunThatOpenedAModelLeavesNoFolderInTheTemporaryFolder(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));

    runToTheEnd(child(onnx, tmp, NO_TELEMETRY));

    assertEquals(List.of(), listed(tmp), "left in java.io.tmpdir by a run that opened a model");
  }

  @Test
  void theNextRunDeletesTheLibrariesOfAKilledRunAndLeavesThoseOfLiveOrUnknownRuns(@TempDir Path dir)
      throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    // this test's JVM is alive: its folder stays, as does one no run of ours marked
    Path live = Files.createDirectory(tmp.resolve("onnxruntime-java11"));
    Files.createFile(live.resolve(UnpackedRuntime.MARK + ProcessHandle.current().pid() + "-1"));
    Files.createFile(live.resolve("libonnxruntime.so"));
    Path unmarked = Files.createDirectory(tmp.resolve("onnxruntime-java22"));
    Files.createFile(unmarked.resolve("libonnxruntime.so"));

    Process killed = startWaiting(onnx, tmp);
    killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    assertEquals(3, listed(tmp).size(), "a SIGKILL leaves the killed run's folder: " + listed(tmp));

    runToTheEnd(child(onnx, tmp, NO_TELEMETRY));

    assertEquals(List.of("onnxruntime-java11", "onnxruntime-java22"), listed(tmp));
    assertTrue(Files.exists(live.resolve("libonnxruntime.so")) && Files.exists(unmarked.resolve("libonnxruntime.so")));
  }

  @Test
  void whereLoadedLibrariesStayTillExitEachRunClearsTheFolderOfTheRunBefore(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));

    runToTheEnd(child(onnx, tmp, NO_TELEMETRY, "keeps-libraries"));
    List<String> first = listed(tmp);
    assertEquals(1, first.size(), "a run on Windows leaves its folder: " + first);
    runToTheEnd(child(onnx, tmp, NO_TELEMETRY, "keeps-libraries"));
    List<String> second = listed(tmp);

    assertEquals(1, second.size(), "folders piling up, one per run: " + second);
    assertNotEquals(first, second, "the first run's folder was not cleared by the second");
  }

  @Test
  void aKilledRunsFolderSwappedForALinkToAnotherFolderLeavesThatFolderAlone(@TempDir Path dir)
      throws IOException {
    // what another user of a shared /tmp can do between the check of a killed run's folder and
    // its deletion: put a link to a folder of ours in its place
    Path ours = Files.createDirectory(dir.resolve("ours"));
    Files.writeString(ours.resolve("results.csv"), "id\n");
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Path swapped = Files.createSymbolicLink(tmp.resolve("onnxruntime-java33"), ours);

    UnpackedRuntime.remove(swapped);

    assertTrue(Files.exists(ours.resolve("results.csv")), "a file of the folder linked to was deleted");
    Path real = Files.createDirectory(tmp.resolve("onnxruntime-java44"));
    Files.createFile(real.resolve("libonnxruntime.so"));
    UnpackedRuntime.remove(real);
    assertEquals(List.of("onnxruntime-java33"), listed(tmp), "a real folder is still removed");
  }

  @Test
  void aRunWithTelemetryAllowedLeavesNoTelemetryDebugLogInTmpdir(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));

    // ORT_DISABLE_TELEMETRY unset, as when SNAP, not bin/dlinsar, runs the plugin; HOME moved so
    // that the telemetry's database under ~/.cache is this test's
    runToTheEnd(child(onnx, tmp, Map.of("TMPDIR", tmp.toString(), "HOME", dir.toString())));

    assertEquals(List.of(), listed(tmp).stream().filter(name -> name.startsWith("mat-debug-")).toList(),
        "ONNX Runtime's telemetry debug log, left in $TMPDIR: " + listed(tmp));
  }

  private static ProcessBuilder child(Path onnx, Path tmp, Map<String, String> env, String... more) {
    ProcessBuilder builder = new ProcessBuilder(
        new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        UnpackedRuntimeTest.class.getName(), onnx.toString());
    builder.command().addAll(List.of(more));
    builder.environment().remove("ORT_DISABLE_TELEMETRY");
    builder.environment().putAll(env);
    return builder;
  }

  private static Process startWaiting(Path onnx, Path tmp) throws IOException {
    Process process = child(onnx, tmp, NO_TELEMETRY, "wait").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("opened", out.readLine());
    }
    return process;
  }

  private static void runToTheEnd(ProcessBuilder builder) throws Exception {
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), err);
    assertEquals(0, process.exitValue(), err);
  }

  private static List<String> listed(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
