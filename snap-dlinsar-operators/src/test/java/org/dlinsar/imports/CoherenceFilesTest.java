package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoherenceFilesTest {

  /**
   * The hint fits the file's scale: up to 100 likelier percent (divide by 100) than bytes; above
   * 100 bytes (divide by 255). Before, a percent file was told to divide by 255.
   */
  @Test
  void theHintIsPercentUpToOneHundredAndBytesAbove() {
    Path file = Path.of("c.cc");
    Rectangle box = new Rectangle(0, 0, 2, 1);
    UncheckedIOException percent = assertThrows(UncheckedIOException.class,
        () -> CoherenceFiles.checked(new float[] {0.5f, 87f}, file, box));
    assertEquals("c.cc: coherence 87.0 at pixel (1, 0), outside 0..1 (percent, 0..100? coherence"
        + " stored as float must be 0..1: divide the file by 100, or by 255 if it holds 0..255)",
        percent.getMessage());
    UncheckedIOException bytes = assertThrows(UncheckedIOException.class,
        () -> CoherenceFiles.checked(new float[] {0.5f, 200f}, file, box));
    assertEquals("c.cc: coherence 200.0 at pixel (1, 0), outside 0..1 (0..255 unscaled?"
        + " coherence stored as float must be 0..1: divide the file by 255)", bytes.getMessage());
  }
}
