package org.dlinsar.unwrap;

/**
 * The parts of an unwrapped tile that take one whole-cycle offset each in the stitching
 * ({@link CycleOffsets}): the tile's pixels with a value, as one part (see {@link TiledUnwrapper}
 * for why not one per connected part).
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
}
