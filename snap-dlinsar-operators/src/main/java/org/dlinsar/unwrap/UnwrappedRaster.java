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
 * asked for, then kept in the operator's spill file ({@link UnwrappedSpill}), whence its other
 * tiles, and any asked for again, are read: memory holds only the regions being unwrapped. Where
 * there is no spill, or it fails, a region is held in memory until tiles covering its pixels have
 * been served (asked again, it is unwrapped again). A reader of one patch (a Local-SBAS task)
 * unwraps only the regions its tiles touch. The regions do not overlap ({@link UnwrapRegions}).
 * Thread-safe.
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
  private final UnwrappedSpill spill;
  /** Each region with what is held of it, locked on its own: tiles of other regions need not wait. */
  private final Map<PixelBox, Held> held = new LinkedHashMap<>();

  /** A region's place in the spill, and its unwrapped phase while held in memory, with how many pixels were served. */
  private static final class Held {
    final long spillAt;
    boolean spilled;
    float[] values;
    long served;

    Held(long spillAt) {
      this.spillAt = spillAt;
    }
  }

  /** @param spill where the regions are kept once unwrapped; null: held in memory until served */
  UnwrappedRaster(Source source, PhaseUnwrapper unwrapper, List<PixelBox> regions, UnwrappedSpill spill) {
    this.source = source;
    this.unwrapper = unwrapper;
    this.spill = spill;
    regions.forEach(region -> held.put(region,
        new Held(spill == null ? -1 : spill.reserve((long) region.width() * region.height()))));
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
        if (state.spilled && readSpilled(region, state, part, tile, out)) {
          continue;
        }
        if (state.values == null) {
          state.values = unwrap(region);
          state.spilled = spill != null && spill.write(state.spillAt, state.values);
        }
        for (int y = part.y; y < part.y + part.height; y++) {
          System.arraycopy(state.values, (y - region.y0()) * region.width() + part.x - region.x0(), out,
              (y - tile.y) * tile.width + part.x - tile.x, part.width);
        }
        state.served += (long) part.width * part.height;
        if (state.spilled || state.served >= (long) region.width() * region.height()) {
          state.values = null;
          state.served = 0;
        }
      }
    }
    return out;
  }

  /** How many regions hold their unwrapped phase in memory now. */
  int heldInMemory() {
    int count = 0;
    for (Held state : held.values()) {
      synchronized (state) {
        count += state.values == null ? 0 : 1;
      }
    }
    return count;
  }

  /** Reads {@code part} of a spilled region into the tile; false (to unwrap it again) when the spill fails. */
  private boolean readSpilled(PixelBox region, Held state, Rectangle part, Rectangle tile, float[] out) {
    for (int y = part.y; y < part.y + part.height; y++) {
      if (!spill.read(state.spillAt + (long) (y - region.y0()) * region.width() + part.x - region.x0(), out,
          (y - tile.y) * tile.width + part.x - tile.x, part.width)) {
        state.spilled = false;
        return false;
      }
    }
    return true;
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
