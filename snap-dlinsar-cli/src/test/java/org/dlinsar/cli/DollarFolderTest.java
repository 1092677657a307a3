package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder named like a graph variable ({@code $d}) is a folder: a graph writing over its input
 * there is refused as anywhere else. Such paths were left out of the checks as unset variables,
 * and the stack was overwritten by its own gradients, exit 0.
 */
class DollarFolderTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");

  @Test
  void aGraphWritingOverItsInputInADollarFolderIsRefused(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("$d"));
    Path stack = folder.resolve("landslides-256.dim");
    Files.copy(STACK, stack);
    Path data = STACK.resolveSibling("landslides-256.data");
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, folder.resolve("landslides-256.data").resolve(data.relativize(f).toString()));
      }
    }
    byte[] header = Files.readAllBytes(stack);

    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int status = Launcher.run(new String[] {ROOT.resolve("graphs/gradient-stack.xml").toString(),
        "-Pinput=" + stack, "-Poutput=" + stack}, out, out);

    String said = sink.toString(StandardCharsets.UTF_8);
    assertTrue(status != 0 && said.contains("it is the source product"), said);
    assertArrayEquals(header, Files.readAllBytes(stack));
  }
}
