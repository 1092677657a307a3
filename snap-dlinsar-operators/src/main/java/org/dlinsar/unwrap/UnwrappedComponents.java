package org.dlinsar.unwrap;

/**
 * The connected components of an unwrapped interferogram: regions of pixels with a value,
 * 4-connected through pixels with a value (SNAPHU's conncomp). Within a component the unwrapper
 * integrated along paths of data; between components only through masked pixels or none, so
 * their relative whole-cycle offset is not measured.
 *
 * @param label per pixel its component, -1 where the phase is NaN
 * @param count the number of components
 */
public record UnwrappedComponents(int[] label, int count) {

  /**
   * @param unwrapped unwrapped phase, row-major; NaN where there is none. Not modified.
   * @return per pixel its component ({@link #label}), counted from 0 in row-major order of their
   *     first pixels, -1 where the phase is NaN; and how many there are
   * @throws IllegalArgumentException when the array does not hold width x height pixels
   */
  public static UnwrappedComponents of(float[] unwrapped, int width, int height) {
    new PhaseGrid(width, height).checkPixels("unwrapped phase", unwrapped);
    PixelRegions regions = PixelRegions.of(width, height, i -> !Float.isNaN(unwrapped[i]), (seed, i) -> true);
    return new UnwrappedComponents(regions.label(), regions.count());
  }
}
