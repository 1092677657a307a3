package org.dlinsar.lite.image;

import java.awt.Dimension;

/**
 * The tile size SNAP gives a raster that has no preferred tile size, by the rule of
 * {@code JAIUtils.computePreferredTileSize(width, height, granularity)} (snap-engine 12.x to 14.x,
 * {@code snap-core/src/main/java/org/esa/snap/core/util/jai/JAIUtils.java}).
 *
 * <p>Per axis: a size up to {@value #MAX_EDGE} is one tile; else the largest multiple of
 * {@value #STEP} from {@value #MAX_EDGE} down to {@value #MIN_EDGE} that divides it; else, going
 * down from {@value #MAX_EDGE} to {@value #MIN_EDGE} in steps of {@code granularity}, the first
 * edge that divides it or, failing that, the one whose last tile wastes the fewest pixels.
 * SNAP's images ({@code ImageManager.getPreferredTileSize}) use granularity 1, GPF operator
 * targets ({@code OperatorContext.getPreferredTileSize}) granularity 4.
 */
public final class PreferredTileSize {

  /** Step of the preferred multiples, pixels. */
  static final int STEP = 64;
  /** Smallest tile edge chosen for a larger raster, pixels. */
  public static final int MIN_EDGE = 4 * STEP;
  /** Largest tile edge; a raster up to this size is one tile along that axis. */
  public static final int MAX_EDGE = 10 * STEP;

  /** Granularity of SNAP's band images. */
  public static final int IMAGE_GRANULARITY = 1;
  /** Granularity of GPF operator targets. */
  public static final int OPERATOR_GRANULARITY = 4;

  private PreferredTileSize() {
  }

  /**
   * @param width raster width, at least 1
   * @param height raster height, at least 1
   * @param granularity step of the fallback search, at least 1
   */
  public static Dimension of(int width, int height, int granularity) {
    return new Dimension(edge(width, granularity), edge(height, granularity));
  }

  /** The tile edge for one axis of {@code size} pixels. */
  static int edge(int size, int granularity) {
    if (size < 1 || granularity < 1) {
      throw new IllegalArgumentException("size and granularity must be positive, got " + size + " and "
          + granularity);
    }
    if (size <= MAX_EDGE) {
      return size;
    }
    for (int edge = MAX_EDGE; edge >= MIN_EDGE; edge -= STEP) {
      if (size % edge == 0) {
        return edge;
      }
    }
    int best = MAX_EDGE;
    long leastWaste = Long.MAX_VALUE;
    for (int edge = MAX_EDGE; edge >= MIN_EDGE; edge -= granularity) {
      long waste = (long) ceilDiv(size, edge) * edge - size;
      if (waste == 0) {
        return edge;
      }
      if (waste < leastWaste) {
        leastWaste = waste;
        best = edge;
      }
    }
    return best;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
