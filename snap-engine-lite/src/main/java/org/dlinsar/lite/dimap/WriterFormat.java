package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.IOException;
import org.esa.snap.core.dataio.ProductIO;

/** The one format the headless engine writes, and its refusal of any other. */
public final class WriterFormat {

  private WriterFormat() {}

  /**
   * Refuses a format the headless engine has no writer for, as SNAP's {@code WriteOp} refuses one
   * that {@code getProductWriter} finds no plug-in for: when the writer is set up, before any
   * pixel is computed.
   *
   * @throws IOException naming the format and {@code file} if {@code formatName} is not BEAM-DIMAP
   */
  public static void check(String formatName, File file) throws IOException {
    if (formatName == null || !ProductIO.DEFAULT_FORMAT_NAME.equalsIgnoreCase(formatName.trim())) {
      throw new IOException("no writer for format '" + formatName + "' to write " + file
          + ": the headless engine writes " + ProductIO.DEFAULT_FORMAT_NAME + " only");
    }
  }
}
