package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that used a model leaves nothing in java.io.tmpdir (ONNX Runtime 1.29 alone leaves an
 * empty folder per run). Run in a JVM of its own, since what is checked happens at its exit.
 */
class UnpackedRuntimeTest {

  /** Opens and closes the model given, then exits. */
  public static void main(String[] args) {
    ModelFixtures.open(Path.of(args[0])).close();
  }

  @Test
  void aRunThatOpenedAModelLeavesNoFolderInTheTemporaryFolder(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Process process = new ProcessBuilder(
        new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        UnpackedRuntimeTest.class.getName(), onnx.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), err);
    assertEquals(0, process.exitValue(), err);

    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "left in java.io.tmpdir by a run that opened a model");
    }
  }
}
