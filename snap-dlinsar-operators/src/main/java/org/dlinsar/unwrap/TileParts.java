package org.dlinsar.unwrap;

import java.util.Arrays;

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
    int[] label = new int[unwrapped.length];
    Arrays.fill(label, -1);
    int[] queue = new int[unwrapped.length];
    int[] sizes = new int[8];
    int count = 0;
    for (int start = 0; start < unwrapped.length; start++) {
      if (label[start] >= 0 || Float.isNaN(unwrapped[start])) {
        continue;
      }
      if (count == sizes.length) {
        sizes = Arrays.copyOf(sizes, 2 * count);
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      label[start] = count;
      while (head < tail) {
        int i = queue[head++];
        int x = i % width;
        int y = i / width;
        tail = visit(unwrapped, label, queue, tail, x > 0, i - 1, count);
        tail = visit(unwrapped, label, queue, tail, x < width - 1, i + 1, count);
        tail = visit(unwrapped, label, queue, tail, y > 0, i - width, count);
        tail = visit(unwrapped, label, queue, tail, y < height - 1, i + width, count);
      }
      sizes[count++] = tail;
    }
    int largest = 0;
    for (int p = 1; p < count; p++) {
      if (sizes[p] > sizes[largest]) {
        largest = p;
      }
    }
    if (largest != 0) {
      for (int i = 0; i < label.length; i++) {
        label[i] = label[i] == largest ? 0 : label[i] == 0 ? largest : label[i];
      }
    }
    return new TileParts(label, count);
  }

  private static int visit(float[] unwrapped, int[] label, int[] queue, int tail, boolean inside,
      int j, int part) {
    if (inside && label[j] < 0 && !Float.isNaN(unwrapped[j])) {
      label[j] = part;
      queue[tail++] = j;
    }
    return tail;
  }
}
