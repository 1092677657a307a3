package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

  @TempDir
  Path dir;

  /** A graph is read whole: a file far larger than any graph is refused by its size, naming it and the cap. */
  @Test
  void aGraphLargerThanItsCapIsRefusedNamingItAndTheCap() throws IOException {
    Path graph = dir.resolve("huge.xml");
    try (RandomAccessFile file = new RandomAccessFile(graph.toFile(), "rw")) {
      file.write("<graph id=\"g\"><version>1.0</version><!-- ".getBytes(StandardCharsets.UTF_8));
      file.setLength(TextFile.MAX_BYTES + 1L); // sparse
    }
    IOException e = assertThrows(IOException.class, () -> TextFile.read(graph.toFile(), "graph"));
    assertEquals("Cannot read graph " + graph + ": 16777217 bytes, larger than the 16 MiB that a graph could need;"
        + " is it the right file?", e.getMessage());
  }

  @Test
  void aParameterFileAtItsCapIsRead() throws IOException {
    Path parameters = dir.resolve("p.properties");
    byte[] text = new byte[TextFile.MAX_BYTES];
    Arrays.fill(text, (byte) 'a');
    text[0] = 'k';
    text[1] = '=';
    Files.write(parameters, text);
    assertEquals(TextFile.MAX_BYTES, TextFile.read(parameters.toFile(), "parameter file").length());
  }
}
