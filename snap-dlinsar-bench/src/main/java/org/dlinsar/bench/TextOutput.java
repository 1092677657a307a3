package org.dlinsar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dlinsar.files.StagedFile;

/**
 * A bench tool's text output, written whole or not at all ({@link StagedFile}), so that a run
 * stopped half way leaves no half file for the scripts that read it.
 */
final class TextOutput {

  /** Writes the body of a file. */
  @FunctionalInterface
  interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private TextOutput() {}

  static void write(Path file, Body body) {
    try {
      StagedFile.write(file, "bench output", stream -> {
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
          body.write(out);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
