package org.dlinsar.sbas;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.dlinsar.sim.PixelBox;

/**
 * scope=FULL: the frame in blocks of a fixed side from its origin, each block a patch of its own
 * (unwrapped and referenced to its own stable pixels), so what a pixel gets does not depend on the
 * tiles asked for (a tile-size hint, a viewer's tiles): solved per tile, a hint of 128 x 5 moved
 * velocities by up to 407 mm/year. A block is solved once while tiles are served from it and
 * dropped once all its pixels were served (asked again, it is solved again). Thread-safe: a block
 * two tiles ask for at once is solved once.
 *
 * <p>Memory: a block holds the phase and weight of every pair over its pixels while it is solved
 * (656 MB for 256 x 256 pixels and 1000 interferograms), and the engine asks for tiles on all its
 * threads; as PATCHES does ({@link PatchRunner#atOnce}), no more blocks are solved at once than a
 * quarter of the heap holds, and a block larger than that quarter is refused up front (on a 256 MB
 * heap a 164 MB block left the JVM collecting garbage for minutes without ever failing). Solved
 * blocks whose pixels were served in part (tiles other than the blocks: a viewer's, a subset's)
 * are kept, at most {@code keep} of them, the least recently asked for dropped first and solved
 * again if asked for again: kept without bound, a viewer panning over a large frame held every
 * block it had touched.
 */
final class FullScopeBlocks {

  private final int width;
  private final int height;
  private final int side;
  private final Function<PixelBox, PatchResult> solver;
  /** One permit per block that may be solved at once. */
  private final Semaphore solving;
  /** The blocks asked for and not all served, least recently asked for first. */
  private final Map<PixelBox, CompletableFuture<PatchResult>> blocks = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<PixelBox, Long> served = new HashMap<>();
  private final int keep;

  /**
   * @param atOnce blocks solved at once at most, >= 1 ({@link #blocksAtOnce})
   * @param keep solved blocks kept for the tiles yet to be served from them, >= 1 ({@link
   *     #blocksKept})
   * @param solver the patch result of a block, frame pixels
   */
  FullScopeBlocks(int width, int height, int side, int atOnce, int keep,
      Function<PixelBox, PatchResult> solver) {
    this.width = width;
    this.height = height;
    this.side = side;
    this.solving = new Semaphore(atOnce);
    this.keep = keep;
    this.solver = solver;
  }

  /**
   * Solved blocks kept: as many results as a quarter of the heap holds (a quarter more holds those
   * being solved), at least one.
   */
  static int blocksKept(long heapBytes, int blockWidth, int blockHeight, int dates) {
    long bytes = PatchRunner.resultBytes((long) blockWidth * blockHeight, dates);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 4 / bytes));
  }

  /**
   * Blocks that may be solved at once: one per core, no more than a quarter of the heap holds.
   *
   * @param heapBytes the Java heap's maximum size
   * @param blockWidth the largest block's width (the side, or the frame's width when narrower)
   * @param pairs interferograms of the stack
   * @param dates acquisition dates of the stack
   * @throws IllegalArgumentException when not even one block fits a quarter of the heap: its one
   *     line says which heap would do (-Xmx)
   */
  static int blocksAtOnce(long heapBytes, int cores, int blockWidth, int blockHeight, int pairs,
      int dates) {
    return PatchRunner.atOnce(heapBytes, cores, String.format(Locale.ROOT,
        "a block of %d x %d pixels", blockWidth, blockHeight), (long) blockWidth * blockHeight,
        pairs, dates);
  }

  /** The results of the blocks {@code tile} touches, each solved once; counts the tile as served. */
  List<PatchResult> of(Rectangle tile) {
    List<PixelBox> boxes = new ArrayList<>();
    List<CompletableFuture<PatchResult>> results = new ArrayList<>();
    List<Integer> mine = new ArrayList<>();
    synchronized (this) {
      for (int by = tile.y / side * side; by < tile.y + tile.height; by += side) {
        for (int bx = tile.x / side * side; bx < tile.x + tile.width; bx += side) {
          PixelBox box = PixelBox.of(bx, by, Math.min(side, width - bx), Math.min(side, height - by));
          CompletableFuture<PatchResult> result = blocks.get(box);
          if (result == null) {
            result = new CompletableFuture<>();
            blocks.put(box, result);
            mine.add(boxes.size());
          }
          Rectangle part = tile.intersection(box.rectangle());
          if (served.merge(box, (long) part.width * part.height, Long::sum) >= (long) box.width() * box.height()) {
            blocks.remove(box);
            served.remove(box);
          }
          boxes.add(box);
          results.add(result);
        }
      }
    }
    for (int m = 0; m < mine.size(); m++) {
      int k = mine.get(m);
      try {
        results.get(k).complete(solve(boxes.get(k)));
      } catch (RuntimeException | Error e) {
        // every block this call took on and left unsolved fails too: a tile waiting on one would
        // wait for ever; dropped, each is solved again when asked for
        synchronized (this) {
          for (int left : mine.subList(m, mine.size())) {
            results.get(left).completeExceptionally(e);
            if (blocks.remove(boxes.get(left), results.get(left))) {
              served.remove(boxes.get(left));
            }
          }
        }
        throw e;
      }
    }
    if (!mine.isEmpty()) {
      synchronized (this) {
        dropSolvedBeyondKeep(); // this call's results are its own to return, kept or not
      }
    }
    List<PatchResult> out = new ArrayList<>();
    for (CompletableFuture<PatchResult> result : results) {
      try {
        out.add(result.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return out;
  }

  /** Drops the least recently asked for solved blocks beyond {@code keep}; those being solved stay. */
  private void dropSolvedBeyondKeep() {
    long solved = blocks.values().stream().filter(CompletableFuture::isDone).count();
    for (Iterator<Map.Entry<PixelBox, CompletableFuture<PatchResult>>> oldest = blocks.entrySet().iterator();
        solved > keep && oldest.hasNext(); ) {
      Map.Entry<PixelBox, CompletableFuture<PatchResult>> block = oldest.next();
      if (block.getValue().isDone()) {
        oldest.remove();
        served.remove(block.getKey());
        solved--;
      }
    }
  }

  /** Solves one block once a permit is free; the permit is held only while solving. */
  private PatchResult solve(PixelBox box) {
    try {
      solving.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Local-SBAS scope=FULL interrupted before block " + box, e);
    }
    try {
      return solver.apply(box);
    } finally {
      solving.release();
    }
  }

  /** Fills one tile of one output from the blocks' results (which do not overlap). */
  static void fill(Rectangle tile, List<PatchResult> results, Function<PatchResult, float[]> values,
      float[] out) {
    Arrays.fill(out, Float.NaN);
    for (PatchResult r : results) {
      PixelBox box = r.box();
      float[] v = values.apply(r);
      int x0 = Math.max(tile.x, box.x0());
      int x1 = Math.min(tile.x + tile.width, box.x1());
      for (int y = Math.max(tile.y, box.y0()); y < Math.min(tile.y + tile.height, box.y1()); y++) {
        System.arraycopy(v, (y - box.y0()) * box.width() + x0 - box.x0(), out, (y - tile.y) * tile.width + x0 - tile.x,
            x1 - x0);
      }
    }
  }
}
