package org.dlinsar.unwrap;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * One interferogram's unwrapped phase over the regions DL-Unwrap unwraps, NaN elsewhere:
 * computed once, when its first tile is asked for (a region is unwrapped whole, so that its
 * tiles share one solution), and dropped once tiles covering its pixels have been served, so a
 * written product holds about one interferogram's raster at a time (asked again, it is
 * recomputed). Thread-safe.
 */
final class UnwrappedRaster {

  /** Reads an interferogram's wrapped phase and weight over a region. */
  interface Source {
    /** Fills phase and weight (row-major over {@code region}). Modified: phase, weight. */
    void read(PixelBox region, float[] phase, float[] weight);
  }

  private final Source source;
  private final PhaseUnwrapper unwrapper;
  private final List<PixelBox> regions;
  private final int width;
  private final int height;
  private float[] raster;
  private long served;

  UnwrappedRaster(Source source, PhaseUnwrapper unwrapper, List<PixelBox> regions, int width, int height) {
    this.source = source;
    this.unwrapper = unwrapper;
    this.regions = regions;
    this.width = width;
    this.height = height;
  }

  /** The unwrapped phase over {@code tile}, row-major, a new array. */
  synchronized float[] tile(Rectangle tile) {
    if (raster == null) {
      raster = compute();
    }
    float[] out = new float[tile.width * tile.height];
    for (int y = 0; y < tile.height; y++) {
      System.arraycopy(raster, (tile.y + y) * width + tile.x, out, y * tile.width, tile.width);
    }
    served += (long) tile.width * tile.height;
    if (served >= (long) width * height) {
      raster = null;
      served = 0;
    }
    return out;
  }

  private float[] compute() {
    float[] out = new float[width * height];
    Arrays.fill(out, Float.NaN);
    for (PixelBox region : regions) {
      int w = region.width();
      int h = region.height();
      float[] phase = new float[w * h];
      float[] weight = new float[w * h];
      source.read(region, phase, weight);
      float[] unwrapped = unwrapper.unwrap(phase, weight, w, h);
      for (int y = 0; y < h; y++) {
        System.arraycopy(unwrapped, y * w, out, (region.y0() + y) * width + region.x0(), w);
      }
    }
    return out;
  }
}
