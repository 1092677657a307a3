package org.dlinsar.detect;

import java.util.Locale;
import java.util.function.Consumer;
import org.dlinsar.sim.PixelBox;

/**
 * Detection boxes as DL-Unwrap and Local-SBAS take them, alike (CONTRACT.md section 3): a box
 * that reaches over the edge of the stack's frame is clipped to it, with a warning, as the
 * detections of a larger crop of the same frame give it (DL-Detect on the whole frame, the later
 * stages on a {@code pixelRegion} at its origin); a box wholly outside is refused, since no pixel of
 * it is there to unwrap or invert and its {@code bbox_px} are likely another raster's pixels.
 */
public final class DetectionsInFrame {

  private DetectionsInFrame() {}

  /**
   * Detection {@code id}'s box clipped to the {@code width} x {@code height} frame.
   *
   * @param operator the operator, as its messages begin ({@code DL-Unwrap})
   * @param from where the detections came from, as the messages name it ({@code file 'det.geojson'})
   * @param warn takes one line when the box was clipped
   * @throws IllegalArgumentException naming the detection, its box and {@code from} when the box
   *     lies wholly outside
   */
  public static PixelBox clip(int id, PixelBox box, int width, int height, String operator,
      String from, Consumer<String> warn) {
    if (box.x0() >= width || box.y0() >= height || box.x1() <= 0 || box.y1() <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: detection %d of %s: its"
          + " box %s lies outside the %d x %d frame, and bbox_px are pixels of the stack's frame:"
          + " are these the detections of this stack?", operator, id, from, box, width, height));
    }
    PixelBox inside = new PixelBox(Math.max(0, box.x0()), Math.max(0, box.y0()),
        Math.min(width, box.x1()), Math.min(height, box.y1()));
    if (!inside.equals(box)) {
      warn.accept(String.format(Locale.ROOT, "%s: detection %d of %s: its box %s reaches over the"
          + " edge of the %d x %d frame; only its part inside, %s, is taken", operator, id, from,
          box, width, height, inside));
    }
    return inside;
  }
}
