package org.dlinsar.imports;

import org.dlinsar.ifg.InterferogramTile;

/**
 * Coherence estimated from one interferogram where no coherence file came with it:
 * |sum z| / sum |z| over a square window around each pixel (the sample coherence with the
 * interferogram's own amplitude as weight). Samples without phase ({@link
 * InterferogramTile#hasPhase}: NaN, infinite or 0 + 0i) take no part; a pixel that is itself no
 * data gets 0, as SNAP marks no data in coherence.
 */
final class WindowCoherence {

  /** Window side, pixels (odd). */
  static final int WINDOW = 5;

  private WindowCoherence() {}

  /**
   * Estimates the coherence of the {@code w x h} block at offset {@code (ox, oy)} inside
   * {@code z}, a {@code zw x zh} fcomplex block holding the window's halo where the image has one.
   */
  static float[] estimate(float[] z, int zw, int zh, int ox, int oy, int w, int h) {
    int half = WINDOW / 2;
    float[] coherence = new float[w * h];
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        int cx = ox + i;
        int cy = oy + j;
        int centre = 2 * (cy * zw + cx);
        if (!InterferogramTile.hasPhase(z[centre], z[centre + 1])) {
          continue;
        }
        double re = 0;
        double im = 0;
        double amplitude = 0;
        for (int y = Math.max(0, cy - half); y <= Math.min(zh - 1, cy + half); y++) {
          for (int x = Math.max(0, cx - half); x <= Math.min(zw - 1, cx + half); x++) {
            int k = 2 * (y * zw + x);
            if (InterferogramTile.hasPhase(z[k], z[k + 1])) {
              re += z[k];
              im += z[k + 1];
              amplitude += Math.hypot(z[k], z[k + 1]);
            }
          }
        }
        coherence[j * w + i] = (float) Math.min(1.0, Math.hypot(re, im) / amplitude);
      }
    }
    return coherence;
  }
}
