package org.dlinsar.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * The 8-connected regions of a score map at or above a threshold, as boxes with the region's
 * highest score: how a network's per-pixel probability becomes detections.
 */
final class ScoreComponents {

  private ScoreComponents() {}

  /** One region: its box, size, and highest score with the pixel that holds it. */
  record Region(PixelBox box, int pixels, double peak, int peakX, int peakY)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * @param score row-major {@code width * height}; not modified
   * @param threshold the least score of a region's pixels
   * @param minPixels smaller regions are left out
   * @return the regions, in order of their first pixel (row-major)
   */
  static List<Region> of(float[] score, int width, int height, float threshold, int minPixels) {
    boolean[] seen = new boolean[score.length];
    int[] queue = new int[score.length];
    List<Region> regions = new ArrayList<>();
    for (int start = 0; start < score.length; start++) {
      if (seen[start] || !(score[start] >= threshold)) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      int x0 = width;
      int y0 = height;
      int x1 = -1;
      int y1 = -1;
      int peak = start;
      while (head < tail) {
        int i = queue[head++];
        int x = i % width;
        int y = i / width;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        if (score[i] > score[peak]) {
          peak = i;
        }
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
              continue;
            }
            int j = ny * width + nx;
            if (!seen[j] && score[j] >= threshold) {
              seen[j] = true;
              queue[tail++] = j;
            }
          }
        }
      }
      if (tail >= minPixels) {
        regions.add(new Region(new PixelBox(x0, y0, x1 + 1, y1 + 1), tail, score[peak],
            peak % width, peak / width));
      }
    }
    return regions;
  }
}
