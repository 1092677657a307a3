package org.dlinsar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A bench tool's text output, written to a temporary name beside it and renamed when whole, so
 * that a run stopped half way leaves no half file for the scripts that read it.
 */
final class TextOutput {

  /** Writes the body of a file. */
  @FunctionalInterface
  interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private TextOutput() {}

  static void write(Path file, Body body) {
    Path temporary = file.resolveSibling(file.getFileName() + ".part");
    try (BufferedWriter out = Files.newBufferedWriter(temporary)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + temporary + " to " + file, e);
    }
  }
}
