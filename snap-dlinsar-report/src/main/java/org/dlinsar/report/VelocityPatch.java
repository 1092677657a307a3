package org.dlinsar.report;

import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * The {@code velocity} band of Local-SBAS over one detection's patch.
 *
 * @param box where the patch lies in the frame, pixels
 * @param velocityMmPerYear row-major samples over {@code box}, mm/year, NaN where not solved;
 *     not modified
 */
public record VelocityPatch(PixelBox box, float[] velocityMmPerYear) {

  public VelocityPatch {
    Objects.requireNonNull(box, "box");
    if (velocityMmPerYear.length != box.width() * box.height()) {
      throw new IllegalArgumentException("velocity patch " + box + " needs "
          + box.width() * box.height() + " samples, got " + velocityMmPerYear.length);
    }
  }

  /** Crops {@code box} out of a row-major frame {@code width} pixels wide. */
  public static VelocityPatch crop(float[] frame, int width, PixelBox box) {
    float[] patch = new float[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      System.arraycopy(frame, y * width + box.x0(), patch, (y - box.y0()) * box.width(), box.width());
    }
    return new VelocityPatch(box, patch);
  }
}
