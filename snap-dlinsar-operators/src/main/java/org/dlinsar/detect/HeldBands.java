package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;

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

  private final int width;
  private final int height;
  private final Map<Band, Held> bands = new IdentityHashMap<>();

  /** A band's rows, and how many pixels of it were served. */
  private record Held(KeptRows rows, AtomicLong served) {}

  private HeldBands(int width, int height, List<Band> held) {
    this.width = width;
    this.height = height;
    for (Band band : held) {
      bands.put(band, new Held(new KeptRows(width, height), new AtomicLong()));
    }
  }

  /**
   * Holds those of {@code candidates} (null ones skipped) whose values the float samples hold
   * exactly, or nothing when they would not fit the heap's share.
   */
  static HeldBands of(List<Band> candidates, int width, int height) {
    List<Band> held = candidates.stream().filter(b -> b != null && keepsExactly(b)).toList();
    return KeptRows.fitHeap(held.size(), width, height) ? new HeldBands(width, height, held) : NONE;
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

  /** Whether every one of {@code candidates} that {@link #of} would hold (not null) is held here. */
  boolean holdsAll(List<Band> candidates) {
    return !bands.isEmpty() && candidates.stream().filter(b -> b != null && keepsExactly(b))
        .allMatch(bands::containsKey);
  }

  /** Keeps the whole rows of {@code values}, a read of {@code band} over {@code r}, if it is held. */
  void keep(Band band, Rectangle r, float[] values) {
    Held held = bands.get(band);
    if (held != null) {
      held.rows().keep(r, values);
    }
  }

  /** The held bands of which every row was kept. */
  Set<Band> whole() {
    Set<Band> whole = Collections.newSetFromMap(new IdentityHashMap<>());
    Rectangle frame = new Rectangle(0, 0, width, height);
    bands.forEach((band, held) -> {
      if (held.rows().has(frame)) {
        whole.add(band);
      }
    });
    return whole;
  }

  /**
   * Copies {@code band} over {@code r} into {@code out} for detection's own reads, not counted
   * served.
   *
   * @return false when the band is not held over {@code r}: read it from the source
   */
  boolean copy(Band band, Rectangle r, float[] out) {
    Held held = bands.get(band);
    return held != null && held.rows().has(r) && held.rows().copy(r, out);
  }

  /**
   * Copies {@code band} over {@code r} into {@code out} and counts it served.
   *
   * @return false when the band is not held whole (any more): read it from the source
   */
  boolean serve(Band band, Rectangle r, float[] out) {
    if (!copy(band, r, out)) {
      return false;
    }
    Held held = bands.get(band);
    if (held.served().addAndGet((long) r.width * r.height) >= (long) width * height) {
      held.rows().release();
    }
    return true;
  }
}
