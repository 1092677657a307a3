package org.dlinsar.unwrap;

import java.util.Arrays;

/**
 * The 4-connected regions of a raster: flood-filled from each pixel not yet labelled, in row-major
 * order, a neighbour joining when it is a member and {@link Joins} says it belongs with the
 * region's first pixel. Labels count from 0 in that order.
 *
 * @param label per pixel, its region, or -1 for a pixel that is no member
 * @param seeds per region, its first pixel
 * @param sizes per region, its pixels
 * @param count the number of regions
 */
record PixelRegions(int[] label, int[] seeds, int[] sizes, int count) {

  /** Whether a pixel may belong to a region at all. */
  interface Member {
    boolean test(int pixel);
  }

  /** Whether member {@code pixel} belongs with the region first filled from {@code seed}. */
  interface Joins {
    boolean test(int seed, int pixel);
  }

  static PixelRegions of(int width, int height, Member member, Joins joins) {
    int n = width * height;
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] queue = new int[n];
    int[] seeds = new int[16];
    int[] sizes = new int[16];
    int count = 0;
    for (int seed = 0; seed < n; seed++) {
      if (label[seed] >= 0 || !member.test(seed)) {
        continue;
      }
      if (count == sizes.length) {
        sizes = Arrays.copyOf(sizes, 2 * count);
        seeds = Arrays.copyOf(seeds, 2 * count);
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = seed;
      label[seed] = count;
      while (head < tail) {
        int i = queue[head++];
        int x = i % width;
        int y = i / width;
        tail = join(x > 0, i - 1, seed, count, member, joins, label, queue, tail);
        tail = join(x + 1 < width, i + 1, seed, count, member, joins, label, queue, tail);
        tail = join(y > 0, i - width, seed, count, member, joins, label, queue, tail);
        tail = join(y + 1 < height, i + width, seed, count, member, joins, label, queue, tail);
      }
      seeds[count] = seed;
      sizes[count] = tail;
      count++;
    }
    return new PixelRegions(label, seeds, sizes, count);
  }

  /** Queues neighbour j into the region when it is inside the raster and belongs there. */
  private static int join(boolean inside, int j, int seed, int region, Member member, Joins joins,
      int[] label, int[] queue, int tail) {
    if (inside && label[j] < 0 && member.test(j) && joins.test(seed, j)) {
      label[j] = region;
      queue[tail++] = j;
    }
    return tail;
  }

  /** The region with the most pixels, the first of those tied; 0 when there is none. */
  int largest() {
    int best = 0;
    for (int r = 1; r < count; r++) {
      if (sizes[r] > sizes[best]) {
        best = r;
      }
    }
    return best;
  }
}
