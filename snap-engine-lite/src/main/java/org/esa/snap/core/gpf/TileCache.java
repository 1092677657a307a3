package org.esa.snap.core.gpf;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.dlinsar.lite.TileCacheSize;

/**
 * The JVM-wide cache of computed target tiles, bounded in bytes, evicting as JAI's
 * {@code SunTileCache} (SNAP's default tile cache) does: when a new tile takes it over capacity,
 * the least recently used tiles leave until it holds at most {@value #MEMORY_THRESHOLD} of it,
 * and a tile that alone would not fit under that mark is not cached at all. The capacity is
 * {@link TileCacheSize#bytes()}.
 *
 * <p>Each entry is a future: the first thread asking for a tile computes it, in its own thread,
 * and others asking meanwhile wait for that result, so a tile is computed once while it is
 * cached. A failed computation is not cached.
 */
final class TileCache {

  /** SunTileCache's default memory threshold: the share of the capacity kept after eviction. */
  static final float MEMORY_THRESHOLD = 0.75f;

  private static final TileCache INSTANCE = new TileCache(TileCacheSize::bytes);

  /** A cached tile: {@code owner} is the operator context, {@code part} the band image or null. */
  record Key(Object owner, Object part, int tileX, int tileY) {
  }

  private static final class Entry {
    final CompletableFuture<Object> future = new CompletableFuture<>();
    long bytes = -1;
  }

  private final LongSupplier capacity;
  private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  TileCache(long capacity) {
    this(() -> capacity);
  }

  private TileCache(LongSupplier capacity) {
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
      return (V) join(entry);
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
        admit(key, entry, sizeOf.applyAsLong(value));
      }
    }
    return value;
  }

  /** The completed value cached for {@code key} (now the most recently used), or null. */
  synchronized Object peek(Key key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.bytes < 0) {
      return null;
    }
    return entry.future.getNow(null);
  }

  /** Caches {@code value} for {@code key}, replacing what was there, as JAI's {@code TileCache.add}. */
  synchronized void put(Key key, Object value, long valueBytes) {
    Entry old = entries.remove(key);
    if (old != null && old.bytes >= 0) {
      bytes -= old.bytes;
    }
    Entry entry = new Entry();
    entry.future.complete(value);
    entries.put(key, entry);
    admit(key, entry, valueBytes);
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

  /** The capacity in bytes. */
  long capacity() {
    return capacity.getAsLong();
  }

  /** Counts a completed entry in, or drops it if it alone would be evicted (as SunTileCache.add). */
  private void admit(Key key, Entry entry, long entryBytes) {
    long limit = capacity();
    if (bytes + entryBytes > limit && entryBytes > (long) (limit * MEMORY_THRESHOLD)) {
      entries.remove(key);
      return;
    }
    entry.bytes = entryBytes;
    bytes += entryBytes;
    if (bytes > limit) {
      evictDownTo((long) (limit * MEMORY_THRESHOLD));
    }
  }

  /** SunTileCache.memoryControl: least recently used completed entries leave first. */
  private void evictDownTo(long target) {
    Iterator<Entry> it = entries.values().iterator();
    while (bytes > target && it.hasNext()) {
      Entry e = it.next();
      if (e.bytes >= 0) {
        bytes -= e.bytes;
        it.remove();
      }
    }
  }

  private static Object join(Entry entry) {
    try {
      return entry.future.join();
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
}
