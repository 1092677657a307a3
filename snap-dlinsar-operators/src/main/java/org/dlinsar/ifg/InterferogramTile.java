package org.dlinsar.ifg;

import java.awt.Rectangle;
import java.util.Objects;

/**
 * The samples of one interferogram over one rectangle, row-major with the rectangle's width.
 *
 * <p>The arrays may be the source tiles' own buffers (see {@link InterferogramTiles}): read them,
 * never modify them.
 *
 * @param rectangle the rectangle served, in scene pixels (clipped to the raster)
 * @param real real part, NaN or 0 (with the imaginary part) where there is no data
 * @param imaginary imaginary part, NaN or 0 (with the real part) where there is no data
 * @param coherence coherence in [0, 1]; NaN or 0 where there is no data, all NaN where there is no
 *     coherence band
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

  /**
   * Whether a sample has a phase: both parts finite and not both 0 (CONTRACT.md section 1); NaN,
   * an infinite part (to which Math.atan2 would give an angle) and 0 + 0i are no data.
   */
  public static boolean hasPhase(float real, float imaginary) {
    return Float.isFinite(real) && Float.isFinite(imaginary) && (real != 0f || imaginary != 0f);
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
