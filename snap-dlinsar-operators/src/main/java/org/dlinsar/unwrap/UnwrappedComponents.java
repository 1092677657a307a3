package org.dlinsar.unwrap;

import org.dlinsar.sim.PixelBox;

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

  /**
   * The components of a region of the frame as DL-Unwrap's {@code conncomp_ifg_} band labels them:
   * 1 + the frame index (row-major) of the component's first pixel, 0 where the phase is NaN. A
   * label so made names one component of the whole frame whatever the regions and tiles, and
   * needs no other region to be unwrapped first.
   *
   * @param unwrapped the region's unwrapped phase, row-major; not modified
   * @param region where the region lies in the frame
   * @param frameWidth the frame's width; the frame holds fewer than 2^31 - 1 pixels
   */
  static int[] frameLabels(float[] unwrapped, PixelBox region, int frameWidth) {
    int w = region.width();
    UnwrappedComponents components = of(unwrapped, w, region.height());
    int[] first = new int[components.count()];
    java.util.Arrays.fill(first, -1);
    int[] label = components.label();
    int[] frameLabel = new int[label.length];
    for (int i = 0; i < label.length; i++) {
      int c = label[i];
      if (c >= 0) {
        if (first[c] < 0) { // pixels come in row-major order: the component's first
          first[c] = 1 + (region.y0() + i / w) * frameWidth + region.x0() + i % w;
        }
        frameLabel[i] = first[c];
      }
    }
    return frameLabel;
  }
}
