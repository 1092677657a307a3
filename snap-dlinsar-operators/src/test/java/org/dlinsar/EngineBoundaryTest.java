package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Inside SNAP the headless engine (org.dlinsar.lite) does not exist, so no class of the operators
 * module may use it: the command-line side that does lives in module snap-dlinsar-cli.
 */
class EngineBoundaryTest {

  @Test
  void noClassUsesTheHeadlessEngine() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Path> using = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("org.dlinsar.lite")).toList();
      assertEquals(List.of(), using, "operators-module classes using org.dlinsar.lite");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
