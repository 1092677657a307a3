package org.dlinsar.unwrap;

/**
 * The connected components of an unwrapped interferogram: regions of pixels with a value,
 * 4-connected through pixels with a value (SNAPHU's conncomp). Within a component the unwrapper
 * integrated along paths of data; between components only through masked pixels or none, so
 * their relative whole-cycle offset is not measured.
 */
public final class UnwrappedComponents {

  private UnwrappedComponents() {}

  /**
   * @param unwrapped unwrapped phase, row-major; NaN where there is none. Not modified.
   * @return per pixel its component, counted from 0 in row-major order of their first pixels;
   *     -1 where the phase is NaN
   * @throws IllegalArgumentException when the array does not hold width x height pixels
   */
  public static int[] of(float[] unwrapped, int width, int height) {
    new PhaseGrid(width, height).checkPixels("unwrapped phase", unwrapped);
    return PixelRegions.of(width, height, i -> !Float.isNaN(unwrapped[i]), (seed, i) -> true).label();
  }
}
