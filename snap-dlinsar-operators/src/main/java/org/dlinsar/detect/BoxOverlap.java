package org.dlinsar.detect;

import org.dlinsar.sim.PixelBox;

/**
 * Overlap of pixel boxes: intersection over union, the measure detections are matched by, and
 * the gap between boxes that do not overlap.
 */
public final class BoxOverlap {

  private BoxOverlap() {}

  /** |a and b| / |a or b| in pixels, 0 when they do not overlap. */
  public static double iou(PixelBox a, PixelBox b) {
    long w = Math.min(a.x1(), b.x1()) - (long) Math.max(a.x0(), b.x0());
    long h = Math.min(a.y1(), b.y1()) - (long) Math.max(a.y0(), b.y0());
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double both = (double) w * h;
    return both / ((double) a.width() * a.height() + (double) b.width() * b.height() - both);
  }

  /** Pixels between two boxes along the axis that separates them most; 0 when they touch or overlap. */
  static int gap(PixelBox a, PixelBox b) {
    int dx = Math.max(b.x0() - a.x1(), a.x0() - b.x1());
    int dy = Math.max(b.y0() - a.y1(), a.y0() - b.y1());
    return Math.max(0, Math.max(dx, dy));
  }
}
