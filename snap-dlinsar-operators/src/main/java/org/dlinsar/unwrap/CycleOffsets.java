package org.dlinsar.unwrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.dlinsar.ifg.Cycles;

/**
 * Whole-cycle offsets that make separately unwrapped overlapping tiles agree. Each pair of
 * overlapping tiles votes, pixel by pixel over the overlap, for the whole number of cycles
 * between them; the winning count is that link's strength. Offsets then spread from tile to
 * tile along the maximum spanning tree of the strengths (Prim), so a doubtful overlap is used
 * only when no stronger path joins its tiles.
 */
final class CycleOffsets {

  private CycleOffsets() {}

  /** A link between two tiles: tile {@code b} needs {@code cycles} more than {@code a}; {@code votes} agree. */
  record Link(int a, int b, int cycles, int votes) {}

  /**
   * Votes over the overlap of two tiles given as (x0, y0, size) boxes of row-major values.
   *
   * @return the link, or null when no pixel has a value in both
   */
  static Link vote(int a, float[] tileA, int ax, int ay, int aw, int ah,
      int b, float[] tileB, int bx, int by, int bw, int bh) {
    int x0 = StrictMath.max(ax, bx);
    int x1 = StrictMath.min(ax + aw, bx + bw);
    int y0 = StrictMath.max(ay, by);
    int y1 = StrictMath.min(ay + ah, by + bh);
    Map<Integer, Integer> votes = new HashMap<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        float va = tileA[(y - ay) * aw + (x - ax)];
        float vb = tileB[(y - by) * bw + (x - bx)];
        if (!Float.isNaN(va) && !Float.isNaN(vb)) {
          votes.merge((int) Cycles.whole(va - vb), 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> new Link(a, b, e.getKey(), e.getValue())).orElse(null);
  }

  /**
   * @param tiles number of tiles
   * @param links votes between overlapping tiles; not modified
   * @return whole cycles to add to each tile; tiles joined to tile 0's component by no link keep
   *     0 relative to the first tile of their own component
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
