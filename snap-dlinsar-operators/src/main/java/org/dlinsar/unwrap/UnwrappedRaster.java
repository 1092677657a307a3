package org.dlinsar.unwrap;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.sim.PixelBox;

/**
 * One interferogram's unwrapped phase over the regions DL-Unwrap unwraps, NaN elsewhere, and its
 * connected components ({@link UnwrappedComponents#frameLabels}), 0 elsewhere. A region is
 * unwrapped whole (so that its tiles share one solution) when the first tile touching it is asked
 * for, then kept in the operator's spill file ({@link UnwrappedSpill}), whence its other tiles,
 * and any asked for again, are read: memory holds only the regions being unwrapped. Where there is
 * no spill, or it fails, a region is held in memory until as many pixels as it has were served, of
 * either kind (asked again, it is unwrapped again). A reader of one patch (a Local-SBAS task)
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
  private final int frameWidth;
  private final UnwrappedSpill spill;
  /** Each region with what is held of it, locked on its own: tiles of other regions need not wait. */
  private final Map<PixelBox, Held> held = new LinkedHashMap<>();

  /**
   * A region's place in the spill (its phase, then its components), and its phase and components
   * while held in memory, with how many pixels were served.
   */
  private static final class Held {
    final long spillAt;
    boolean spilled;
    float[] phase;
    int[] components;
    long served;

    Held(long spillAt) {
      this.spillAt = spillAt;
    }
  }

  /**
   * @param frameWidth the frame's width, for the components' labels
   * @param spill where the regions are kept once unwrapped; null: held in memory until served
   */
  UnwrappedRaster(Source source, PhaseUnwrapper unwrapper, List<PixelBox> regions, int frameWidth,
      UnwrappedSpill spill) {
    this.source = source;
    this.unwrapper = unwrapper;
    this.frameWidth = frameWidth;
    this.spill = spill;
    regions.forEach(region -> held.put(region,
        new Held(spill == null ? -1 : spill.reserve(2L * region.width() * region.height()))));
  }

  /** The unwrapped phase over {@code tile}, row-major, a new array. */
  float[] tile(Rectangle tile) {
    float[] out = new float[tile.width * tile.height];
    Arrays.fill(out, Float.NaN);
    serve(tile, (state, region, fromSpill, part, at, index) -> {
      if (fromSpill) {
        return spill.read(state.spillAt + at, out, index, part.width);
      }
      System.arraycopy(state.phase, (int) at, out, index, part.width);
      return true;
    });
    return out;
  }

  /** The connected components over {@code tile}, row-major, a new array: 0 where the phase is NaN. */
  int[] components(Rectangle tile) {
    int[] out = new int[tile.width * tile.height];
    serve(tile, (state, region, fromSpill, part, at, index) -> {
      if (fromSpill) {
        return spill.read(state.spillAt + (long) region.width() * region.height() + at, out, index, part.width);
      }
      System.arraycopy(state.components, (int) at, out, index, part.width);
      return true;
    });
    return out;
  }

  /** Copies one row of a region's part of a tile, from memory or the spill. */
  private interface RowCopy {
    /**
     * @param at the row's first pixel in the region, row-major
     * @param index where it goes in the tile
     * @return false when the spill failed
     */
    boolean copy(Held state, PixelBox region, boolean fromSpill, Rectangle part, long at, int index);
  }

  /** Copies the part of every region {@code tile} touches, row by row, each region unwrapped once. */
  private void serve(Rectangle tile, RowCopy rows) {
    for (Map.Entry<PixelBox, Held> entry : held.entrySet()) {
      PixelBox region = entry.getKey();
      Rectangle part = tile.intersection(region.rectangle());
      if (part.isEmpty()) {
        continue;
      }
      Held state = entry.getValue();
      synchronized (state) {
        if (state.spilled && copyRows(state, region, true, part, tile, rows)) {
          continue;
        }
        state.spilled = false; // the spill failed: from memory, unwrapped again if need be
        if (state.phase == null) {
          state.phase = unwrap(region);
          state.components = UnwrappedComponents.frameLabels(state.phase, region, frameWidth);
          state.spilled = spill != null && spill.write(state.spillAt, state.phase)
              && spill.write(state.spillAt + state.phase.length, state.components);
        }
        copyRows(state, region, false, part, tile, rows);
        state.served += (long) part.width * part.height;
        if (state.spilled || state.served >= (long) region.width() * region.height()) {
          state.phase = null;
          state.components = null;
          state.served = 0;
        }
      }
    }
  }

  private static boolean copyRows(Held state, PixelBox region, boolean fromSpill, Rectangle part, Rectangle tile,
      RowCopy rows) {
    for (int y = part.y; y < part.y + part.height; y++) {
      if (!rows.copy(state, region, fromSpill, part, (long) (y - region.y0()) * region.width() + part.x - region.x0(),
          (y - tile.y) * tile.width + part.x - tile.x)) {
        return false;
      }
    }
    return true;
  }

  /** How many regions hold their unwrapped phase in memory now. */
  int heldInMemory() {
    int count = 0;
    for (Held state : held.values()) {
      synchronized (state) {
        count += state.phase == null ? 0 : 1;
      }
    }
    return count;
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
