package org.esa.snap.core.gpf;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.dlinsar.lite.OperatorTimes;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Computes the grid tiles of one initialised operator's target bands through the shared
 * {@link TileCache}: with {@code computeTile} per band and tile, or with {@code computeTileStack}
 * once per grid tile for all its images. The cache entries are owned by this object, so a new
 * initialisation or a disposal drops them all at once.
 *
 * <p>Tile stacks behave as SNAP's {@code OperatorImageTileStack} (snap-gpf 12.x to 14.x): a
 * stack allocates a tile for every computed band, at the product's tile size, under one lock per
 * grid tile; each band's tile is then cached on its own. A band whose tile has left the cache
 * computes the whole stack again, so a stack larger than the cache is recomputed band after band,
 * as in SNAP.
 */
final class TileComputer {

  private final Operator operator;
  private final String alias;
  private final String messagePrefix;
  private final boolean stack;
  private final List<OperatorImage> images = new ArrayList<>();
  private final Map<OperatorImage, Integer> imageIndex = new IdentityHashMap<>();
  private final Map<Point, ReentrantLock> stackLocks = new ConcurrentHashMap<>();
  private final UpstreamTiles upstream = new UpstreamTiles();
  private volatile boolean disposed;

  /**
   * @param operator the operator that computes the tiles
   * @param alias the operator's alias, under which its time is booked ({@link OperatorTimes})
   * @param messagePrefix "Operator 'alias': ", for messages
   * @param stack true to compute with {@code computeTileStack}
   */
  TileComputer(Operator operator, String alias, String messagePrefix, boolean stack) {
    this.operator = operator;
    this.alias = alias;
    this.messagePrefix = messagePrefix;
    this.stack = stack;
  }

  /** Adds an image whose tiles this object computes; all images are added before any tile is read. */
  void add(OperatorImage image) {
    imageIndex.put(image, images.size());
    images.add(image);
  }

  List<OperatorImage> images() {
    return Collections.unmodifiableList(images);
  }

  /**
   * The raw samples of grid tile ({@code tileX}, {@code tileY}) of {@code image}, computed once.
   *
   * @throws OperatorException if the operator fails (other runtime exceptions are wrapped with
   *     their cause), or after {@link #dispose()}
   */
  ProductData getTileData(OperatorImage image, int tileX, int tileY) {
    if (disposed) {
      throw new OperatorException(messagePrefix + "was disposed; band '" + image.getBand().getName()
          + "' can no longer be computed");
    }
    TileCache cache = TileCache.instance();
    if (stack) {
      return stackTile(cache, image, tileX, tileY);
    }
    return cache.get(new TileCache.Key(this, image, tileX, tileY), () -> computeTile(image, tileX, tileY),
        TileComputer::bytes);
  }

  /** The tile of one band of a stack: from the cache, else from computing the whole stack. */
  private ProductData stackTile(TileCache cache, OperatorImage image, int tileX, int tileY) {
    TileCache.Key key = new TileCache.Key(this, image, tileX, tileY);
    Object hit = cache.peek(key);
    if (hit != null) {
      return (ProductData) hit;
    }
    // As JAI's getTile then OperatorImageTileStack.computeTile: look again under the tile's lock
    ReentrantLock lock = stackLock(tileX, tileY);
    lock.lock();
    try {
      Object cached = cache.peek(key);
      return cached != null ? (ProductData) cached : computeAndCacheStack(cache, tileX, tileY)[imageIndex.get(image)];
    } finally {
      lock.unlock();
    }
  }

  private ReentrantLock stackLock(int tileX, int tileY) {
    return stackLocks.computeIfAbsent(new Point(tileX, tileY), p -> new ReentrantLock());
  }

  private ProductData[] computeAndCacheStack(TileCache cache, int tileX, int tileY) {
    ProductData[] tiles = computeStack(tileX, tileY);
    for (int i = 0; i < tiles.length; i++) {
      cache.put(new TileCache.Key(this, images.get(i), tileX, tileY), tiles[i], bytes(tiles[i]));
    }
    return tiles;
  }

  /**
   * Computes grid tile ({@code tileX}, {@code tileY}) of {@code image} into the cache unless it
   * is there or another thread is computing it; returns at once then. Does nothing after
   * {@link #dispose()} (a read would say why).
   */
  void prefetchTile(OperatorImage image, int tileX, int tileY) {
    if (disposed) {
      return;
    }
    TileCache cache = TileCache.instance();
    if (!stack) {
      cache.prefetch(new TileCache.Key(this, image, tileX, tileY), () -> {
        upstream.prefetch(image.tileRectangle(tileX, tileY));
        return computeTile(image, tileX, tileY);
      }, TileComputer::bytes);
      return;
    }
    // A stack under way holds its lock: move on rather than wait for it
    ReentrantLock lock = stackLock(tileX, tileY);
    if (!lock.tryLock()) {
      return;
    }
    try {
      if (cache.peek(new TileCache.Key(this, image, tileX, tileY)) == null) {
        upstream.prefetch(image.tileRectangle(tileX, tileY));
        computeAndCacheStack(cache, tileX, tileY);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Drops the cached tiles; reading a tile afterwards fails. */
  void dispose() {
    disposed = true;
    dropCachedTiles();
  }

  /** Drops the cached tiles; they are computed again when read. */
  void dropCachedTiles() {
    TileCache.instance().removeAll(this);
  }

  private ProductData computeTile(OperatorImage image, int tileX, int tileY) {
    Rectangle rectangle = image.tileRectangle(tileX, tileY);
    TileImpl tile = TileImpl.createTarget(image.getBand(), rectangle);
    try (SourceTileBuffers.Computation sources = SourceTileBuffers.open();
        UpstreamTiles.Reading reads = upstream.reading(rectangle);
        OperatorTimes.Frame timed = OperatorTimes.enter(alias)) {
      operator.computeTile(image.getBand(), tile, ProgressMonitor.NULL);
    } catch (OperatorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new OperatorException(messagePrefix + "computing band '" + image.getBand().getName() + "' at "
          + text(rectangle) + " failed: " + e, e);
    }
    return tile.getRawSamples();
  }

  private ProductData[] computeStack(int tileX, int tileY) {
    Rectangle rectangle = images.get(0).tileRectangle(tileX, tileY);
    Map<Band, Tile> tiles = new LinkedHashMap<>();
    for (OperatorImage image : images) {
      tiles.put(image.getBand(), TileImpl.createTarget(image.getBand(), rectangle));
    }
    try (SourceTileBuffers.Computation sources = SourceTileBuffers.open();
        UpstreamTiles.Reading reads = upstream.reading(rectangle);
        OperatorTimes.Frame timed = OperatorTimes.enter(alias)) {
      operator.computeTileStack(tiles, rectangle, ProgressMonitor.NULL);
    } catch (OperatorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new OperatorException(messagePrefix + "computing the tile stack at " + text(rectangle) + " failed: " + e, e);
    }
    ProductData[] samples = new ProductData[images.size()];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = tiles.get(images.get(i).getBand()).getRawSamples();
    }
    return samples;
  }

  private static long bytes(ProductData tile) {
    return (long) tile.getNumElems() * tile.getElemSize();
  }

  private static String text(Rectangle r) {
    return "x=" + r.x + ", y=" + r.y + ", " + r.width + "x" + r.height;
  }
}
