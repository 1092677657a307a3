package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test's {@code main} in a JVM whose line separator is Windows' CRLF, as the JVM SNAP runs
 * on Windows has it: {@code %n}, println and Jackson's indented output then end their lines with
 * CRLF. The separator is fixed when a JVM starts, so no test can change it in its own.
 */
public final class WindowsLineSeparator {

  private WindowsLineSeparator() {}

  /** Runs {@code main} with {@code args} there; fails the test if it does not end normally. */
  public static void run(Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-Dline.separator=\r\n", "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), err);
    assertEquals(0, process.exitValue(), err);
  }

  /** Fails naming the file and the first line ending in CR when {@code file} holds a CR. */
  public static void assertLfOnly(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("\n"), file + " has no lines");
    int cr = text.indexOf('\r');
    assertEquals(-1, cr, () -> file + ": line " + text.substring(0, cr).split("\n", -1).length
        + " ends in CRLF where the file's lines end in LF on every platform");
  }
}
