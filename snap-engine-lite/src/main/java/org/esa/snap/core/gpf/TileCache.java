package org.esa.snap.core.gpf;

import java.awt.Dimension;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * The JVM-wide cache of computed target tiles, least recently used first out, bounded in bytes.
 *
 * <p>Each entry is a future: the first thread asking for a tile computes it, in its own thread,
 * and others asking meanwhile wait for that result, so a tile is computed once. A failed
 * computation is not cached. The capacity is {@code min(512 MiB, max heap / 4)}, or the value of
 * the system property {@value #CAPACITY_PROPERTY} (bytes) read when the cache is first used.
 */
final class TileCache {

  /** System property overriding the capacity, in bytes. */
  static final String CAPACITY_PROPERTY = "snap.lite.tileCacheBytes";

  /** The smallest tile edge {@link #fitStack} gives, pixels. */
  static final int MIN_STACK_TILE_EDGE = 16;

  private static final TileCache INSTANCE = new TileCache(defaultCapacity());

  /** A cached tile: {@code owner} is the operator context, {@code part} the band image or null. */
  record Key(Object owner, Object part, int tileX, int tileY) {
  }

  private static final class Entry {
    final CompletableFuture<Object> future = new CompletableFuture<>();
    long bytes = -1;
  }

  private final long capacity;
  private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  TileCache(long capacity) {
    this.capacity = capacity;
  }

  /** The cache shared by all operators of this JVM. */
  static TileCache instance() {
    return INSTANCE;
  }

  /**
   * Returns the cached value for {@code key}, computing and caching it first if needed.
   *
   * @param compute computes the value in the calling thread; its exceptions propagate to every
   *     caller waiting for this key
   * @param sizeOf the value's size in bytes
   */
  @SuppressWarnings("unchecked")
  <V> V get(Key key, Supplier<V> compute, ToLongFunction<V> sizeOf) {
    Entry entry;
    boolean computeHere = false;
    synchronized (this) {
      entry = entries.get(key);
      if (entry == null) {
        entry = new Entry();
        entries.put(key, entry);
        computeHere = true;
      }
    }
    if (!computeHere) {
      try {
        return (V) entry.future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        if (e.getCause() instanceof Error) {
          throw (Error) e.getCause();
        }
        throw e;
      }
    }
    return computeInto(key, entry, compute, sizeOf);
  }

  /**
   * Computes and caches the value for {@code key} in the calling thread, unless it is cached or
   * another thread is computing it: then returns at once, where {@link #get} would wait. Threads
   * prefetching the tiles of one region thus each compute different tiles.
   */
  <V> void prefetch(Key key, Supplier<V> compute, ToLongFunction<V> sizeOf) {
    Entry entry;
    synchronized (this) {
      if (entries.containsKey(key)) {
        return;
      }
      entry = new Entry();
      entries.put(key, entry);
    }
    computeInto(key, entry, compute, sizeOf);
  }

  private <V> V computeInto(Key key, Entry entry, Supplier<V> compute, ToLongFunction<V> sizeOf) {
    V value;
    try {
      value = compute.get();
    } catch (RuntimeException | Error e) {
      // Waiting threads get the same failure; the next request computes again.
      synchronized (this) {
        entries.remove(key, entry);
      }
      entry.future.completeExceptionally(e);
      throw e;
    }
    entry.future.complete(value);
    synchronized (this) {
      if (entries.get(key) == entry) {
        entry.bytes = sizeOf.applyAsLong(value);
        bytes += entry.bytes;
        evict();
      }
    }
    return value;
  }

  /** Drops every entry of {@code owner}. */
  synchronized void removeAll(Object owner) {
    Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, Entry> e = it.next();
      if (e.getKey().owner() == owner) {
        bytes -= Math.max(0, e.getValue().bytes);
        it.remove();
      }
    }
  }

  /** The bytes held by completed entries. */
  synchronized long size() {
    return bytes;
  }

  /**
   * The tile size for a tile-stack operator: {@code tile}, or a smaller square (edge at least
   * {@value #MIN_STACK_TILE_EDGE}) when one stack of tiles per thread would take more than a
   * quarter of the capacity. A stack of a thousand bands on 512 x 512 tiles would otherwise be
   * evicted before its bands were read, and be recomputed for every band.
   *
   * @param bytesPerPixel the bytes of one pixel over all bands the operator computes
   * @param threads the threads computing tiles at once
   */
  Dimension fitStack(Dimension tile, long bytesPerPixel, int threads) {
    if (bytesPerPixel <= 0) {
      return tile;
    }
    long maxPixels = capacity / 4 / Math.max(1, threads) / bytesPerPixel;
    if ((long) tile.width * tile.height <= maxPixels) {
      return tile;
    }
    int edge = (int) Math.max(MIN_STACK_TILE_EDGE, Math.sqrt((double) maxPixels));
    return new Dimension(Math.min(edge, tile.width), Math.min(edge, tile.height));
  }

  /** The capacity in bytes. */
  long capacity() {
    return capacity;
  }

  private void evict() {
    Iterator<Entry> it = entries.values().iterator();
    while (bytes > capacity && it.hasNext()) {
      Entry e = it.next();
      if (e.bytes >= 0) {
        bytes -= e.bytes;
        it.remove();
      }
    }
  }

  private static long defaultCapacity() {
    String property = System.getProperty(CAPACITY_PROPERTY);
    if (property != null) {
      try {
        return Long.parseLong(property.trim());
      } catch (NumberFormatException e) {
        Logger.getLogger(TileCache.class.getName()).warning("system property " + CAPACITY_PROPERTY
            + " must be a number of bytes, got '" + property + "'; using the default");
      }
    }
    return Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);
  }
}
