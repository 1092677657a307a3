package org.dlinsar.unwrap;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.sim.PixelBox;

/**
 * One interferogram's unwrapped phase over the regions DL-Unwrap unwraps, NaN elsewhere. A region
 * is unwrapped whole (so that its tiles share one solution) when the first tile touching it is
 * asked for, and dropped once tiles covering its pixels have been served (asked again, it is
 * recomputed): a written product holds about one interferogram's regions at a time, and a reader
 * of one patch (a Local-SBAS task) unwraps only the regions its tiles touch. The regions do not
 * overlap ({@link UnwrapRegions}). Thread-safe.
 */
final class UnwrappedRaster {

  /** Reads an interferogram's wrapped phase, coherence and weight over a region. */
  interface Source {
    /**
     * Fills phase, coherence (1 without a coherence band, as the weight) and weight, row-major
     * over {@code region}.
     * Modified: phase, coherence, weight.
     */
    void read(PixelBox region, float[] phase, float[] coherence, float[] weight);
  }

  private final Source source;
  private final PhaseUnwrapper unwrapper;
  private final List<PixelBox> regions;
  private final Map<PixelBox, float[]> unwrapped = new HashMap<>();
  private final Map<PixelBox, Long> served = new HashMap<>();

  UnwrappedRaster(Source source, PhaseUnwrapper unwrapper, List<PixelBox> regions) {
    this.source = source;
    this.unwrapper = unwrapper;
    this.regions = List.copyOf(regions);
  }

  /** The unwrapped phase over {@code tile}, row-major, a new array. */
  synchronized float[] tile(Rectangle tile) {
    float[] out = new float[tile.width * tile.height];
    Arrays.fill(out, Float.NaN);
    for (PixelBox region : regions) {
      Rectangle part = tile.intersection(new Rectangle(region.x0(), region.y0(), region.width(), region.height()));
      if (part.isEmpty()) {
        continue;
      }
      float[] values = unwrapped.computeIfAbsent(region, this::unwrap);
      for (int y = part.y; y < part.y + part.height; y++) {
        System.arraycopy(values, (y - region.y0()) * region.width() + part.x - region.x0(), out,
            (y - tile.y) * tile.width + part.x - tile.x, part.width);
      }
      long total = served.merge(region, (long) part.width * part.height, Long::sum);
      if (total >= (long) region.width() * region.height()) {
        unwrapped.remove(region);
        served.remove(region);
      }
    }
    return out;
  }

  private float[] unwrap(PixelBox region) {
    int w = region.width();
    int h = region.height();
    float[] phase = new float[w * h];
    float[] coherence = new float[w * h];
    float[] weight = new float[w * h];
    source.read(region, phase, coherence, weight);
    return unwrapper.unwrap(phase, coherence, weight, w, h);
  }
}
