package org.esa.snap.core.gpf;

import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dlinsar.lite.image.RasterImage;
import org.dlinsar.lite.image.SourceImages;
import org.esa.snap.core.datamodel.RasterDataNode;

/**
 * The computed source tiles an operator's tiles read, learnt from its computations, so that a
 * tile's sources can be computed ahead ({@link #prefetch}) in parallel.
 *
 * <p>Why: when a tile reads its source with a halo, the tiles of two threads read the same
 * source tiles at once (the halo crosses the tile border). Asked for in the operator's own order,
 * one thread computes a source tile while the other waits for it, tile after tile (JFR: threads
 * waiting 2.5 s in a 20 s run of gradient-stack.xml at -q 2 for the masks the other one was
 * computing). Prefetched, each thread moves past a source tile under way to the next one, so
 * the threads compute different source tiles, and the operator then finds them in the cache.
 *
 * <p>What is learnt: the source images that keep their tiles ({@link RasterImage#cachesTiles};
 * a band file's tiles cost nothing to wait for) and how far, at most, a request reached beyond
 * the tile computed. Nothing is prefetched before the first tile has been computed, nor when
 * the sources reach further than a tile's neighbours (an operator reading a whole band): those
 * tiles might not all fit the cache, and would be computed twice.
 */
final class UpstreamTiles {

  /** The tile and its eight neighbours. */
  private static final int MAX_REACH_IN_TILES = 9;

  private static final ThreadLocal<ArrayDeque<Reading>> CURRENT = ThreadLocal.withInitial(ArrayDeque::new);

  private final Set<RasterImage> images = ConcurrentHashMap.newKeySet();
  private volatile int left;
  private volatile int top;
  private volatile int right;
  private volatile int bottom;

  /** The computation of one target tile on the current thread: its source reads are learnt until closed. */
  final class Reading implements AutoCloseable {
    private final Rectangle target;

    private Reading(Rectangle target) {
      this.target = target;
    }

    private UpstreamTiles owner() {
      return UpstreamTiles.this;
    }

    @Override
    public void close() {
      CURRENT.get().pop();
    }
  }

  /** Opens the computation of the tile over {@code target} on the current thread. */
  Reading reading(Rectangle target) {
    Reading reading = new Reading(new Rectangle(target));
    CURRENT.get().push(reading);
    return reading;
  }

  /** Notes that the computation under way on the current thread, if any, reads {@code region} of {@code source}. */
  static void read(RasterDataNode source, Rectangle region) {
    Reading reading = CURRENT.get().peek();
    if (reading == null) {
      return;
    }
    RasterImage image = SourceImages.rasterImageOf(source);
    if (image == null || !image.cachesTiles()) {
      return;
    }
    reading.owner().learn(image, reading.target, region);
  }

  /** Computes the source tiles that the tile over {@code target} will read, unless cached or under way. */
  void prefetch(Rectangle target) {
    if (images.isEmpty()) {
      return;
    }
    Rectangle reach = new Rectangle(target.x - left, target.y - top, target.width + left + right,
        target.height + top + bottom);
    if ((double) reach.width * reach.height > MAX_REACH_IN_TILES * (double) target.width * target.height) {
      return;
    }
    for (RasterImage image : images) {
      image.prefetch(reach);
    }
  }

  private void learn(RasterImage image, Rectangle target, Rectangle region) {
    if (images.contains(image) && target.x - region.x <= left && target.y - region.y <= top
        && region.x + region.width - target.x - target.width <= right
        && region.y + region.height - target.y - target.height <= bottom) {
      return; // known: no lock taken by the many reads that teach nothing new
    }
    synchronized (this) {
      widen(image, target, region);
    }
  }

  private void widen(RasterImage image, Rectangle target, Rectangle region) {
    left = Math.max(left, target.x - region.x);
    top = Math.max(top, target.y - region.y);
    right = Math.max(right, region.x + region.width - target.x - target.width);
    bottom = Math.max(bottom, region.y + region.height - target.y - target.height);
    images.add(image);
  }
}
