package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.dlinsar.lite.graph.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's log lines: a record that carries an exception is one line, with the exception's
 * message, and its stack trace only with -e (CONTRACT section 7), as for the error line.
 */
class LogLinesTest {

  @TempDir
  Path install;

  @TempDir
  Path dir;

  @Test
  void aLoggedExceptionAddsItsMessageToTheLineAndItsStackOnlyWithMinusE() {
    LogRecord record = new LogRecord(Level.WARNING, "reader plug-in X failed on {0}");
    record.setParameters(new Object[] {"in.tif"});
    record.setThrown(new IllegalStateException("no IFD at offset 8", new RuntimeException("cause")));

    String line = new LogLines(false).format(record);
    String traced = new LogLines(true).format(record);

    assertEquals("WARNING: reader plug-in X failed on in.tif: no IFD at offset 8" + System.lineSeparator(), line);
    assertTrue(traced.startsWith(line + "java.lang.IllegalStateException: no IFD at offset 8"), traced);
    assertTrue(traced.contains("\tat "), traced);
    assertTrue(traced.contains("Caused by: java.lang.RuntimeException: cause"), traced);
  }

  @Test
  void aMessageThatSaysTheExceptionsAlreadyIsNotRepeated() {
    LogRecord record = new LogRecord(Level.SEVERE, "cannot load an operator SPI: gone");
    record.setThrown(new IllegalStateException("gone"));
    LogRecord plain = new LogRecord(Level.INFO, "DL-Mask: 3 tiles");

    assertEquals("SEVERE: cannot load an operator SPI: gone" + System.lineSeparator(), new LogLines(false).format(record));
    assertEquals("INFO: DL-Mask: 3 tiles" + System.lineSeparator(), new LogLines(false).format(plain));
  }

  /**
   * A jar on the class path naming an operator that is not there: the engine logs the broken
   * entry with its exception and carries on. bin/dlinsar printed the exception's 14 stack frames
   * below the line on every run.
   */
  @Test
  void bin_dlinsarLogsAnExceptionInOneLineWithoutMinusE() throws Exception {
    LauncherScript script = LauncherScript.install(install);
    brokenOperatorJar(script.target().resolve("lib/zz-broken-operator.jar"));
    Path input = TestProducts.write(dir.resolve("in.dim").toFile()).toPath();

    String plain = run(script, "Read", "-Pfile=" + input, "-t", dir.resolve("a.dim").toString());
    String traced = run(script, "Read", "-e", "-Pfile=" + input, "-t", dir.resolve("b.dim").toString());

    String line = "SEVERE: cannot load an operator SPI: org.esa.snap.core.gpf.OperatorSpi:"
        + " Provider org.example.NoSuchOperatorSpi not found";
    assertEquals(List.of(line), plain.lines().filter(l -> !l.startsWith("Writing ")).toList(), plain);
    assertFalse(plain.contains("\tat "), plain);
    assertTrue(traced.startsWith(line + System.lineSeparator() + "java.util.ServiceConfigurationError: "), traced);
    assertTrue(traced.contains("\tat "), traced);
  }

  private static String run(LauncherScript script, String... args) throws IOException, InterruptedException {
    Process process = script.command(LauncherScript.thisJdk(), args).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/dlinsar did not end: " + output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  private static void brokenOperatorJar(Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/org.esa.snap.core.gpf.OperatorSpi"));
      out.write("org.example.NoSuchOperatorSpi\n".getBytes(StandardCharsets.US_ASCII));
      out.closeEntry();
    }
  }
}
