package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole rows of some source bands, kept as detection reads them, to serve DL-Detect's copies of
 * those bands once. DL-Detect reads the whole gradient stack before its first tile, and a graph
 * that writes the stack asks for the same bands again; when the stack and the masks it was made
 * from outgrow the tile cache, that second pass computes the gradient stack a second time.
 *
 * <p>Samples are kept as {@code getSamplesFloat} gives them, so only bands whose values that
 * holds exactly may be held: float32 with no-data NaN or none, and counts. A band is dropped once
 * as many pixels as the frame has were served (a tile asked for again is then read from the
 * source). Nothing is held when the bands would take more than an eighth of the heap.
 */
final class HeldBands {

  /** Holds nothing. */
  static final HeldBands NONE = new HeldBands(0, 0, List.of());

  private static final int HEAP_SHARE = 8;

  private final int width;
  private final int height;
  private final Map<Band, Held> bands = new IdentityHashMap<>();

  private static final class Held {
    final AtomicIntegerArray rows;
    final AtomicLong served = new AtomicLong();
    volatile float[] samples;
    volatile boolean dropped;

    Held(int height) {
      rows = new AtomicIntegerArray(height);
    }
  }

  private HeldBands(int width, int height, List<Band> held) {
    this.width = width;
    this.height = height;
    for (Band band : held) {
      bands.put(band, new Held(height));
    }
  }

  /**
   * Holds those of {@code candidates} (null ones skipped) whose values the float samples hold
   * exactly, or nothing when they would not fit the heap's share.
   */
  static HeldBands of(List<Band> candidates, int width, int height) {
    List<Band> held = candidates.stream().filter(b -> b != null && keepsExactly(b)).toList();
    long bytes = (long) held.size() * width * height * Float.BYTES;
    return bytes <= Runtime.getRuntime().maxMemory() / HEAP_SHARE ? new HeldBands(width, height, held) : NONE;
  }

  /** Whether getSamplesFloat gives the band's own values: no scaling or mask but NaN no-data. */
  private static boolean keepsExactly(Band band) {
    boolean unmasked = !band.isScalingApplied()
        && (band.getValidPixelExpression() == null || band.getValidPixelExpression().isBlank());
    return switch (band.getDataType()) {
      case ProductData.TYPE_FLOAT32 -> unmasked && (!band.isNoDataValueUsed() || Double.isNaN(band.getNoDataValue()));
      case ProductData.TYPE_INT32, ProductData.TYPE_INT16, ProductData.TYPE_UINT16, ProductData.TYPE_INT8,
          ProductData.TYPE_UINT8 -> unmasked && !band.isNoDataValueUsed();
      default -> false;
    };
  }

  /**
   * Keeps the rows of {@code values} (a read of {@code band} over {@code r}) when they are whole
   * rows of a held band not yet kept.
   */
  void keep(Band band, Rectangle r, float[] values) {
    Held held = bands.get(band);
    if (held == null || held.dropped || r.x != 0 || r.width != width) {
      return;
    }
    float[] frame = frame(held);
    for (int y = r.y; y < r.y + r.height; y++) {
      if (held.rows.get(y) == 0) {
        System.arraycopy(values, (y - r.y) * width, frame, y * width, width);
        held.rows.set(y, 1);
      }
    }
  }

  /** The held bands of which every row was kept. */
  Set<Band> whole() {
    Set<Band> whole = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    bands.forEach((name, held) -> {
      boolean all = !held.dropped;
      for (int y = 0; y < height && all; y++) {
        all = held.rows.get(y) != 0;
      }
      if (all) {
        whole.add(name);
      }
    });
    return whole;
  }

  /**
   * Copies {@code band} over {@code r} into {@code out} and counts it served.
   *
   * @return false when the band is not held whole (any more): read it from the source
   */
  boolean serve(Band band, Rectangle r, float[] out) {
    Held held = bands.get(band);
    float[] frame = held == null ? null : held.samples;
    if (frame == null || held.dropped) {
      return false;
    }
    for (int y = 0; y < r.height; y++) {
      System.arraycopy(frame, (r.y + y) * width + r.x, out, y * r.width, r.width);
    }
    if (held.served.addAndGet((long) r.width * r.height) >= (long) width * height) {
      held.dropped = true;
      held.samples = null;
    }
    return true;
  }

  private float[] frame(Held held) {
    float[] frame = held.samples;
    if (frame == null) {
      synchronized (held) {
        frame = held.samples;
        if (frame == null) {
          frame = new float[width * height];
          held.samples = frame;
        }
      }
    }
    return frame;
  }
}
