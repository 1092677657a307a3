package org.dlinsar.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame pixels labelled along one edge of a raster figure, so that a box the text quotes
 * ("x 206-241") can be found on the image: round steps of whole pixels, about one label per
 * {@link #SPACING} screen pixels. A tick marks a pixel's left (top) edge, where a box's outline
 * starts.
 */
final class PixelAxis {

  /** Screen pixels between labels, about: room for a five-digit label and a gap. */
  static final int SPACING = 70;

  private PixelAxis() {
  }

  /**
   * @param origin the frame pixel of the raster's first column (row)
   * @param length the raster's columns (rows)
   * @param shown the screen pixels they take
   * @return the labelled frame pixels, from {@code origin} to {@code origin + length}
   */
  static List<Integer> ticks(int origin, int length, int shown) {
    int target = Math.max(3, Math.round(shown / (float) SPACING));
    long step = Math.max(1, Math.round(AxisTicks.step(origin, origin + length, target)));
    List<Integer> ticks = new ArrayList<>();
    for (long t = Math.floorDiv(origin + step - 1, step) * step; t <= origin + length; t += step) {
      ticks.add((int) t);
    }
    return ticks;
  }
}
