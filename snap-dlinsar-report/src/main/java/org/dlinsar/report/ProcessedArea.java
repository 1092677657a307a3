package org.dlinsar.report;

import java.util.Objects;

/**
 * How much of the frame the patch stages processed: the point of detecting first.
 *
 * @param patchPixels pixels in the processed patches (each counted once)
 * @param framePixels pixels in the whole frame
 * @param what which pixels {@code patchPixels} counts, one phrase
 */
public record ProcessedArea(long patchPixels, long framePixels, String what) {

  public ProcessedArea {
    Objects.requireNonNull(what, "what");
    if (framePixels < 1 || patchPixels < 0 || patchPixels > framePixels) {
      throw new IllegalArgumentException("processed area needs 0 <= patch pixels <= frame pixels,"
          + " got " + patchPixels + " of " + framePixels);
    }
  }

  /** The share of the frame processed, 0..1. */
  public double share() {
    return (double) patchPixels / framePixels;
  }
}
