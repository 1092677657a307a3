package org.dlinsar.ifg;

import java.awt.Rectangle;
import java.util.Objects;

/**
 * The samples of one interferogram over one rectangle, row-major with the rectangle's width.
 *
 * <p>The arrays are handed over, not copied: they belong to the caller, who may modify them.
 *
 * @param rectangle the rectangle served, in scene pixels (clipped to the raster)
 * @param real real part, NaN where invalid
 * @param imaginary imaginary part, NaN where invalid
 * @param coherence coherence in [0, 1], NaN where invalid or where there is no coherence band
 */
public record InterferogramTile(Rectangle rectangle, float[] real, float[] imaginary,
    float[] coherence) {

  public InterferogramTile {
    Objects.requireNonNull(rectangle, "rectangle");
    int n = rectangle.width * rectangle.height;
    if (real.length != n || imaginary.length != n || coherence.length != n) {
      throw new IllegalArgumentException("tile arrays must hold " + rectangle.width + " x "
          + rectangle.height + " = " + n + " samples, got real " + real.length + ", imaginary "
          + imaginary.length + ", coherence " + coherence.length);
    }
  }

  /** Width of the rectangle served, pixels. */
  public int width() {
    return rectangle.width;
  }

  /** Height of the rectangle served, pixels. */
  public int height() {
    return rectangle.height;
  }
}
