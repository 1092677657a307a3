package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime unpacks its native library into java.io.tmpdir on first use; where it cannot (the
 * folder missing, or mounted noexec), or where its jar has none for the machine, opening a model is
 * one message that says so. Run in a JVM of
 * its own: the failed load leaves ONNX Runtime's classes unusable in the JVM that tried.
 */
class NativeLibraryMissingTest {

  /** Opens the model given, in a JVM whose temporary folder is missing; prints what failed. */
  public static void main(String[] args) {
    if ("--where".equals(args[0])) {
      // what SNAP's model dialogs show
      System.err.print(ProviderChoice.where(ExecutionProvider.AUTO).line());
      System.exit(3);
    }
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
    String line = failedOpening(onnx, "-Djava.io.tmpdir=" + missing);

    assertTrue(line.startsWith("ONNX Runtime cannot load its native library on this machine"), line);
    assertTrue(line.contains("java.io.tmpdir (" + missing + ")") && line.contains(onnx.toString())
        && line.contains("onnxruntime.native.path"), line);
  }

  /**
   * The model dialogs say where a model would run without opening one: where the library cannot
   * load, that is one line, not an Error thrown into Swing by ONNX Runtime's provider list.
   */
  @Test
  void theDialogsLineSaysTheLibraryCannotLoad(@TempDir Path dir) throws Exception {
    File missing = dir.resolve("no-such-tmp").toFile();
    String line = failedOpening(Path.of("--where"), "-Djava.io.tmpdir=" + missing);

    assertTrue(line.startsWith("runs on the CPU: provider AUTO finds no CUDA (ONNX Runtime's native library"
        + " cannot load on this machine ("), line);
  }

  /**
   * An Intel Mac, for which the bundled ONNX Runtime carries no library (its jar has osx-aarch64
   * only): the JVM told it is one, the runtime looks for its library where an Intel Mac's would be.
   * The message said the temporary folder must exist and allow running programs.
   */
  @Test
  void openingAModelOnAMachineTheRuntimeHasNoLibraryForSaysSo(@TempDir Path dir) throws Exception {
    Path onnx = ModelFixtures.tinyFcn(dir);
    String line = failedOpening(onnx, "-Dos.name=Mac OS X", "-Dos.arch=x86_64");

    assertTrue(line.startsWith("ONNX Runtime as bundled has no native library for this machine (Mac OS X x86_64),"
        + " so model " + onnx + " cannot run; it has them for "), line);
    assertTrue(line.contains("osx-aarch64") && line.contains("win-x64") && line.contains("linux-x64"), line);
    assertTrue(!line.contains("java.io.tmpdir") && line.contains("onnxruntime.native.path"), line);
  }

  /** Opens the model in a JVM of its own with the options given; its one line of error. */
  private static String failedOpening(Path onnx, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath()));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeLibraryMissingTest.class.getName(),
        onnx.toString()));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), err);

    assertEquals(3, process.exitValue(), err);
    // the JVM may warn first (JDK 24 and later: "WARNING: java.io.tmpdir directory does not exist")
    List<String> ours = err.lines().filter(line -> !line.startsWith("WARNING: ")).toList();
    assertEquals(1, ours.size(), err);
    return ours.get(0);
  }
}
