package org.dlinsar.detect;

import org.dlinsar.sim.PixelBox;

/** Overlap of pixel boxes: intersection over union, the measure detections are matched by. */
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
}
