package org.dlinsar.sbas;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.sim.PixelBox;

/**
 * Lays patch results onto target tiles: each pixel takes the value of the patch whose detection
 * is nearest (Chebyshev distance to its box, 0 inside), so where patches overlap, a detection's
 * own pixels come from its own patch; NaN outside every patch.
 */
final class PatchMosaic {

  private final List<DetectionBox> detections;
  private final List<PatchResult> results;

  /** @param results one per detection, same order */
  PatchMosaic(List<DetectionBox> detections, List<PatchResult> results) {
    this.detections = List.copyOf(detections);
    this.results = List.copyOf(results);
  }

  /**
   * Fills one tile of one output.
   *
   * @param tile the tile, frame pixels
   * @param values a patch result's array of this output
   * @param out the tile's samples, row-major; modified
   */
  void fill(Rectangle tile, java.util.function.Function<PatchResult, float[]> values, float[] out) {
    Arrays.fill(out, Float.NaN);
    int[] nearest = new int[out.length];
    Arrays.fill(nearest, Integer.MAX_VALUE);
    for (int k = 0; k < results.size(); k++) {
      PatchResult r = results.get(k);
      PixelBox patch = r.box();
      PixelBox own = detections.get(k).box();
      float[] v = values.apply(r);
      int y0 = Math.max(tile.y, patch.y0());
      int y1 = Math.min(tile.y + tile.height, patch.y1());
      int x0 = Math.max(tile.x, patch.x0());
      int x1 = Math.min(tile.x + tile.width, patch.x1());
      for (int y = y0; y < y1; y++) {
        for (int x = x0; x < x1; x++) {
          int o = (y - tile.y) * tile.width + (x - tile.x);
          int distance = ReferenceRing.distance(own, x, y);
          if (distance < nearest[o]) {
            nearest[o] = distance;
            out[o] = v[(y - patch.y0()) * patch.width() + (x - patch.x0())];
          }
        }
      }
    }
  }
}
