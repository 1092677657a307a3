package org.dlinsar.unwrap;

/**
 * The connected parts of an unwrapped tile: 4-connected pixels with a value. An unwrapper that
 * leaves a strip without data (a river, a masked band) as NaN solves the two sides of it apart, so
 * the whole cycles between them are its guess; across the strip's end, in a neighbouring tile, the
 * data may join them. Labels are numbered from the largest part, 0.
 */
final class TileParts {

  /** Per pixel, its part, or -1 where the tile has no value. */
  final int[] label;
  /** Number of parts. */
  final int count;

  private TileParts(int[] label, int count) {
    this.label = label;
    this.count = count;
  }

  /** The tile as one part: every pixel with a value. */
  static TileParts whole(float[] unwrapped) {
    int[] label = new int[unwrapped.length];
    boolean any = false;
    for (int i = 0; i < label.length; i++) {
      label[i] = Float.isNaN(unwrapped[i]) ? -1 : 0;
      any |= label[i] == 0;
    }
    return new TileParts(label, any ? 1 : 0);
  }

  /** The 4-connected parts of a tile of {@code width} x {@code height}. */
  static TileParts of(float[] unwrapped, int width, int height) {
    PixelRegions parts = PixelRegions.of(width, height, i -> !Float.isNaN(unwrapped[i]),
        (seed, i) -> true);
    int[] label = parts.label();
    int largest = parts.largest();
    if (largest != 0) {
      for (int i = 0; i < label.length; i++) {
        label[i] = label[i] == largest ? 0 : label[i] == 0 ? largest : label[i];
      }
    }
    return new TileParts(label, parts.count());
  }
}
