package org.dlinsar.mask;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole rows of a band in strips of about {@value #PIXELS} pixels: how statistics over a whole
 * band (Otsu's threshold, the amplitude reference) read it in bounded memory, independent of the
 * target tile grid.
 */
final class BandStrips {

  /**
   * Pixels per strip: 256 KB of floats, under the size at which G1 stores an array as a
   * humongous object even in a small heap, and several strips per tile.
   */
  static final int PIXELS = 1 << 16;

  private BandStrips() {}

  static List<Rectangle> of(int width, int height) {
    int rows = Math.max(1, PIXELS / width);
    List<Rectangle> strips = new ArrayList<>();
    for (int y = 0; y < height; y += rows) {
      strips.add(new Rectangle(0, y, width, Math.min(rows, height - y)));
    }
    return strips;
  }
}
