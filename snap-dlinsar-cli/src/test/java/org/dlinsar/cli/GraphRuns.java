package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dlinsar.lite.cli.Launcher;
import org.esa.snap.core.datamodel.Band;

/** What the tests of the shipped graphs share: running bin/dlinsar's launcher, reading a band. */
final class GraphRuns {

  private GraphRuns() {}

  /** Runs the launcher with {@code args} and fails with its output unless it exits 0. */
  static void launch(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int status = Launcher.run(args, quiet, quiet);
    assertEquals(0, status, sink.toString(StandardCharsets.UTF_8));
  }

  /** The whole band as geophysical floats, row-major. */
  static float[] pixels(Band b) throws IOException {
    return b.readPixels(0, 0, b.getRasterWidth(), b.getRasterHeight(), new float[b.getRasterWidth() * b.getRasterHeight()]);
  }
}
