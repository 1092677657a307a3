package org.dlinsar.unwrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Whole-cycle offsets that make separately unwrapped overlapping tiles agree. Each pair of
 * overlapping tiles votes, pixel by pixel over the overlap, for the whole number of cycles
 * between them, by the parts each tile takes one offset for ({@link TileParts}); the winning count
 * is that link's strength. Offsets then spread from part to part along the maximum spanning tree
 * of the strengths (Prim), so a doubtful overlap is used only when no stronger path joins its
 * parts.
 */
final class CycleOffsets {

  private static final double TWO_PI = 2 * Math.PI;

  private CycleOffsets() {}

  /** A link between two tiles: tile {@code b} needs {@code cycles} more than {@code a}; {@code votes} agree. */
  record Link(int a, int b, int cycles, int votes) {}

  /**
   * Votes over the overlap of two tiles given as (x0, y0, size) boxes of row-major values, part by
   * part ({@link TileParts}): one link for each pair of parts with pixels in common, between nodes
   * {@code firstA} + the part of a and {@code firstB} + the part of b.
   */
  static List<Link> vote(int firstA, TileParts partsA, float[] tileA, int ax, int ay, int aw,
      int ah, int firstB, TileParts partsB, float[] tileB, int bx, int by, int bw, int bh) {
    int x0 = StrictMath.max(ax, bx);
    int x1 = StrictMath.min(ax + aw, bx + bw);
    int y0 = StrictMath.max(ay, by);
    int y1 = StrictMath.min(ay + ah, by + bh);
    Map<Long, Map<Integer, Integer>> votes = new HashMap<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int i = (y - ay) * aw + (x - ax);
        int j = (y - by) * bw + (x - bx);
        int pa = partsA.label[i];
        int pb = partsB.label[j];
        if (pa >= 0 && pb >= 0) {
          votes.computeIfAbsent((long) pa * partsB.count + pb, k -> new HashMap<>())
              .merge((int) Math.rint((tileA[i] - tileB[j]) / TWO_PI), 1, Integer::sum);
        }
      }
    }
    List<Link> links = new ArrayList<>();
    votes.forEach((parts, byCycles) -> byCycles.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(e -> links.add(new Link(firstA + (int) (parts / partsB.count),
            firstB + (int) (parts % partsB.count), e.getKey(), e.getValue()))));
    return links;
  }

  /**
   * @param tiles number of nodes (tiles, or parts of tiles)
   * @param links votes between them; not modified
   * @return whole cycles to add to each node; nodes joined to node 0's component by no link keep
   *     0 relative to the first node of their own component
   */
  static int[] solve(int tiles, Iterable<Link> links) {
    Map<Integer, List<Link>> byTile = new HashMap<>();
    for (Link link : links) {
      byTile.computeIfAbsent(link.a(), k -> new ArrayList<>()).add(link);
      byTile.computeIfAbsent(link.b(), k -> new ArrayList<>()).add(link);
    }
    int[] offset = new int[tiles];
    boolean[] placed = new boolean[tiles];
    PriorityQueue<Link> frontier =
        new PriorityQueue<>((l, m) -> Integer.compare(m.votes(), l.votes()));
    for (int root = 0; root < tiles; root++) {
      if (placed[root]) {
        continue;
      }
      placed[root] = true;
      frontier.addAll(byTile.getOrDefault(root, List.of()));
      while (!frontier.isEmpty()) {
        Link link = frontier.poll();
        if (placed[link.a()] == placed[link.b()]) {
          continue;
        }
        int next;
        if (placed[link.a()]) {
          next = link.b();
          // unwrapped a - unwrapped b = cycles: b needs cycles more to match a
          offset[next] = offset[link.a()] + link.cycles();
        } else {
          next = link.a();
          offset[next] = offset[link.b()] - link.cycles();
        }
        placed[next] = true;
        frontier.addAll(byTile.getOrDefault(next, List.of()));
      }
    }
    return offset;
  }
}
