package org.dlinsar.unwrap;

/**
 * Where overlapping tiles start along one axis and which part of the axis each owns: tiles of
 * {@code size} advance by {@code size - overlap}, the last one is pulled back to end at the edge
 * (so every tile is full size), and two neighbours split their overlap in the middle.
 */
record TileLayout(int[] starts, int size, int length) {

  static TileLayout of(int length, int size, int overlap) {
    if (size < 2 || overlap < 0 || overlap >= size) {
      throw new IllegalArgumentException("tile size must be >= 2 and overlap in [0, size), got size "
          + size + ", overlap " + overlap);
    }
    if (length <= size) {
      return new TileLayout(new int[] {0}, length, length);
    }
    int step = size - overlap;
    int count = 1 + (length - size + step - 1) / step;
    int[] starts = new int[count];
    for (int i = 0; i < count; i++) {
      starts[i] = StrictMath.min(i * step, length - size);
    }
    return new TileLayout(starts, size, length);
  }

  int count() {
    return starts.length;
  }

  /** First position tile {@code i} owns. */
  int ownedFrom(int i) {
    return i == 0 ? 0 : (starts[i] + starts[i - 1] + size) / 2;
  }

  /** One past the last position tile {@code i} owns. */
  int ownedTo(int i) {
    return i + 1 == starts.length ? length : ownedFrom(i + 1);
  }
}
