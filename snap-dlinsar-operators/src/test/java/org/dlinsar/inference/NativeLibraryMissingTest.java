package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime unpacks its native library into java.io.tmpdir on first use; where it cannot (the
 * folder missing, or mounted noexec), opening a model is one message that says so. Run in a JVM of
 * its own: the failed load leaves ONNX Runtime's classes unusable in the JVM that tried.
 */
class NativeLibraryMissingTest {

  /** Opens the model given, in a JVM whose temporary folder is missing; prints what failed. */
  public static void main(String[] args) {
    try {
      ModelFixtures.open(Path.of(args[0])).close();
      System.exit(0);
    } catch (ModelException e) {
      System.err.print(e.getMessage());
      System.exit(3);
    }
  }

  @Test
  void openingAModelSaysTheLibraryCannotLoadAndWhereItWasUnpacked(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    File missing = dir.resolve("no-such-tmp").toFile();
    Process process = new ProcessBuilder(
        new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-Djava.io.tmpdir=" + missing, "-cp", System.getProperty("java.class.path"),
        NativeLibraryMissingTest.class.getName(), onnx.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), err);

    assertEquals(3, process.exitValue(), err);
    // the JVM may warn first (JDK 24 and later: "WARNING: java.io.tmpdir directory does not exist")
    List<String> ours = err.lines().filter(line -> !line.startsWith("WARNING: ")).toList();
    assertEquals(1, ours.size(), err);
    assertTrue(ours.get(0).startsWith("ONNX Runtime cannot load its native library on this machine"), err);
    assertTrue(ours.get(0).contains("java.io.tmpdir (" + missing + ")") && ours.get(0).contains(onnx.toString())
        && ours.get(0).contains("onnxruntime.native.path"), err);
  }
}
