package org.dlinsar.sbas;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.dlinsar.sim.PixelBox;

/**
 * scope=FULL: the frame in blocks of a fixed side from its origin, each block a patch of its own
 * (unwrapped and referenced to its own stable pixels), so what a pixel gets does not depend on the
 * tiles asked for (a tile-size hint, a viewer's tiles): solved per tile, a hint of 128 x 5 moved
 * velocities by up to 407 mm/year. A block is solved once while tiles are served from it and
 * dropped once all its pixels were served (asked again, it is solved again). Thread-safe: a block
 * two tiles ask for at once is solved once.
 */
final class FullScopeBlocks {

  private final int width;
  private final int height;
  private final int side;
  private final Function<PixelBox, PatchResult> solver;
  private final Map<PixelBox, CompletableFuture<PatchResult>> blocks = new HashMap<>();
  private final Map<PixelBox, Long> served = new HashMap<>();

  /** @param solver the patch result of a block, frame pixels */
  FullScopeBlocks(int width, int height, int side, Function<PixelBox, PatchResult> solver) {
    this.width = width;
    this.height = height;
    this.side = side;
    this.solver = solver;
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
          Rectangle part = tile.intersection(new Rectangle(box.x0(), box.y0(), box.width(), box.height()));
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
        results.get(k).complete(solver.apply(boxes.get(k)));
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
