package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows {@code [from, to)} of the frame that a network's pass owns, and the rows
 * {@code [y0, y1)} it reads for them: its own and a halo of context above and below.
 */
record NetworkStrip(int from, int to, int y0, int y1, int width) {

  /**
   * Pixels per strip of the landslide network's pass: about 100 MB of bands, planes and outputs;
   * on a frame 4096 wide, 512 rows, so the halo's rows cost 1.3x.
   */
  static final int STRIP_PIXELS = 1 << 21;

  int rows() {
    return y1 - y0;
  }

  Rectangle read() {
    return new Rectangle(0, y0, width, y1 - y0);
  }

  /** A frame's strips of {@link #stripRows} rows with {@code halo} rows of context. */
  static List<NetworkStrip> of(int width, int height, int halo) {
    int rows = stripRows(width);
    List<NetworkStrip> strips = new ArrayList<>();
    for (int from = 0; from < height; from += rows) {
      int to = Math.min(height, from + rows);
      strips.add(new NetworkStrip(from, to, Math.max(0, from - halo), Math.min(height, to + halo),
          width));
    }
    return strips;
  }

  /**
   * Rows per strip of the network: about {@value #STRIP_PIXELS} pixels, at least 64 rows, a
   * multiple of the network's alignment.
   */
  static int stripRows(int width) {
    int rows = Math.max(64, STRIP_PIXELS / Math.max(1, width));
    return rows / LandslideNetwork.ALIGN * LandslideNetwork.ALIGN;
  }
}
