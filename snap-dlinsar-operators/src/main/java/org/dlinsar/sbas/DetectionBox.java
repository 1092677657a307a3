package org.dlinsar.sbas;

import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * A detection as Local-SBAS needs it: its id and its pixel box, read from DL-Detect's files or a
 * product's {@code Detections} metadata element ({@link org.dlinsar.detect.DetectionsRead}) and
 * clipped to the stack's frame.
 *
 * @param id the detection's id, from 1
 * @param box its box in source pixels, x1/y1 exclusive
 */
public record DetectionBox(int id, PixelBox box) {

  public DetectionBox {
    Objects.requireNonNull(box, "box");
  }
}
