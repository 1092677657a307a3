package org.dlinsar.detect;

import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * A detection as DL-Unwrap and Local-SBAS take it: its id and its pixel box, read from DL-Detect's
 * files or a product's {@code Detections} metadata element ({@link DetectionsRead}) and clipped to
 * the stack's frame ({@link DetectionsInFrame}).
 *
 * @param id the detection's id, from 1
 * @param box its box in source pixels, x1/y1 exclusive
 */
public record DetectionBox(int id, PixelBox box) {

  public DetectionBox {
    Objects.requireNonNull(box, "box");
  }
}
