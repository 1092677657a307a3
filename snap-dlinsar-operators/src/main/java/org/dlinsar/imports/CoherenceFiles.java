package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.dlinsar.ifg.InterferogramTiles;

/**
 * Coherence read from another processor's file, held to the contract's 0..1 while the import
 * reads it: a file of another scale (0..255 stored as float) would otherwise be written into the
 * stack, and every operator would then blame the imported band instead of the file.
 */
final class CoherenceFiles {

  private CoherenceFiles() {}

  /**
   * {@code coherence}, the samples of {@code file} in {@code box}, when all lie in 0..1 by the
   * operators' rule ({@link InterferogramTiles#outOfRangeCoherence}), every row looked at.
   *
   * @throws UncheckedIOException one line naming the file, the value and its pixel
   */
  static float[] checked(float[] coherence, Path file, Rectangle box) {
    int at = InterferogramTiles.outOfRangeCoherence(coherence, box.width, box.height, 1);
    if (at < 0) {
      return coherence;
    }
    float bad = coherence[at];
    String message = String.format(Locale.ROOT, "%s: coherence %s at pixel (%d, %d), outside 0..1%s",
        file, bad, box.x + at % box.width, box.y + at / box.width,
        scaleHint(InterferogramTiles.highest(coherence)));
    throw new UncheckedIOException(message, new IOException(message));
  }

  /** How to scale a file whose coherence reaches {@code highest}, as a division of the file. */
  private static String scaleHint(float highest) {
    return switch (InterferogramTiles.StoredScale.of(highest)) {
      case PERCENT_OR_BYTES -> " (percent, 0..100? coherence stored as float must be 0..1: divide the file by 100,"
          + " or by 255 if it holds 0..255)";
      case BYTES -> " (0..255 unscaled? coherence stored as float must be 0..1: divide the file by 255)";
      case UNKNOWN -> "";
    };
  }
}
