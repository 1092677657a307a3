package org.dlinsar.unwrap;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
  /** Each region with what is held of it, locked on its own: tiles of other regions need not wait. */
  private final Map<PixelBox, Held> held = new LinkedHashMap<>();

  /** A region's unwrapped phase while tiles covering it are being served, and how many pixels were. */
  private static final class Held {
    float[] values;
    long served;
  }

  UnwrappedRaster(Source source, PhaseUnwrapper unwrapper, List<PixelBox> regions) {
    this.source = source;
    this.unwrapper = unwrapper;
    regions.forEach(region -> held.put(region, new Held()));
  }

  /** The unwrapped phase over {@code tile}, row-major, a new array. */
  float[] tile(Rectangle tile) {
    float[] out = new float[tile.width * tile.height];
    Arrays.fill(out, Float.NaN);
    for (Map.Entry<PixelBox, Held> entry : held.entrySet()) {
      PixelBox region = entry.getKey();
      Rectangle part = tile.intersection(new Rectangle(region.x0(), region.y0(), region.width(), region.height()));
      if (part.isEmpty()) {
        continue;
      }
      Held state = entry.getValue();
      synchronized (state) {
        if (state.values == null) {
          state.values = unwrap(region);
        }
        for (int y = part.y; y < part.y + part.height; y++) {
          System.arraycopy(state.values, (y - region.y0()) * region.width() + part.x - region.x0(), out,
              (y - tile.y) * tile.width + part.x - tile.x, part.width);
        }
        state.served += (long) part.width * part.height;
        if (state.served >= (long) region.width() * region.height()) {
          state.values = null;
          state.served = 0;
        }
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
