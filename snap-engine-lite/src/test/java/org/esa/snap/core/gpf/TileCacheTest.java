package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.lite.TileCacheSize;
import org.junit.jupiter.api.Test;

class TileCacheTest {

  private final Object owner = new Object();

  private static TileCache.Key key(Object owner, int tileX) {
    return new TileCache.Key(owner, null, tileX, 0);
  }

  @Test
  void concurrentRequestsForOneTileComputeItOnce() throws Exception {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger computations = new AtomicInteger();
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      results.add(pool.submit(() -> cache.get(key(owner, 0), () -> {
        computations.incrementAndGet();
        computing.countDown();
        await(release);
        return "tile";
      }, v -> 8)));
      computing.await(10, TimeUnit.SECONDS);
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> cache.get(key(owner, 0), () -> {
          computations.incrementAndGet();
          return "again";
        }, v -> 8)));
      }
      release.countDown();
      for (Future<String> result : results) {
        assertEquals("tile", result.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, computations.get());
  }

  // Eviction as JAI's SunTileCache (memoryControl, memoryThreshold 0.75), SNAP's tile cache.
  @Test
  void oncePastCapacityTheLeastRecentlyUsedTilesLeaveUntilThreeQuartersRemain() {
    TileCache cache = new TileCache(32);
    for (int x = 0; x < 4; x++) {
      String name = "tile " + x;
      cache.get(key(owner, x), () -> name, v -> 8);
    }
    cache.get(key(owner, 0), () -> "recomputed 0", v -> 8);
    assertEquals(32, cache.size());

    cache.get(key(owner, 4), () -> "tile 4", v -> 8);

    assertEquals(24, cache.size());
    assertEquals("tile 0", cache.get(key(owner, 0), () -> "recomputed 0", v -> 8));
    assertEquals("recomputed 1", cache.get(key(owner, 1), () -> "recomputed 1", v -> 8));
  }

  @Test
  void aTileThatWouldOnlyEvictItselfIsNotCached() {
    TileCache cache = new TileCache(100);
    cache.get(key(owner, 0), () -> "small", v -> 50);

    assertEquals("big", cache.get(key(owner, 1), () -> "big", v -> 80));

    assertEquals(50, cache.size());
    assertEquals("big again", cache.get(key(owner, 1), () -> "big again", v -> 80));
    assertEquals("small", cache.peek(key(owner, 0)));
  }

  @Test
  void putTilesAreServedByPeekUntilEvicted() {
    TileCache cache = new TileCache(16);
    cache.put(key(owner, 0), "a", 8);
    cache.put(key(owner, 0), "a2", 8);
    cache.put(key(owner, 1), "b", 8);

    assertEquals("a2", cache.peek(key(owner, 0)));
    assertEquals(16, cache.size());
    cache.put(key(owner, 2), "c", 8);
    assertNull(cache.peek(key(owner, 1)), "least recently used");
    assertEquals("c", cache.peek(key(owner, 2)));
  }

  @Test
  void failedComputationIsRethrownAndNotCached() {
    TileCache cache = new TileCache(100);
    OperatorException failure = new OperatorException("tile failed");
    assertSame(failure, assertThrows(OperatorException.class, () -> cache.get(key(owner, 0), () -> {
      throw failure;
    }, v -> 8)));
    assertEquals("ok", cache.get(key(owner, 0), () -> "ok", v -> 8));
  }

  @Test
  void removeAllDropsOnlyTheOwnersTiles() {
    TileCache cache = new TileCache(100);
    Object other = new Object();
    cache.get(key(owner, 0), () -> "mine", v -> 8);
    cache.get(key(other, 0), () -> "theirs", v -> 8);
    cache.removeAll(owner);
    assertEquals(8, cache.size());
    assertEquals("new", cache.get(key(owner, 0), () -> "new", v -> 8));
    assertEquals("theirs", cache.get(key(other, 0), () -> "new", v -> 8));
  }

  @Test
  void prefetchComputesAnAbsentTileOnceAndLeavesOneUnderWayToItsThread() throws Exception {
    TileCache cache = new TileCache(1 << 20);
    AtomicInteger computations = new AtomicInteger();
    cache.prefetch(key(owner, 0), () -> "prefetched " + computations.incrementAndGet(), v -> 8);
    cache.prefetch(key(owner, 0), () -> "again " + computations.incrementAndGet(), v -> 8);
    assertEquals("prefetched 1", cache.get(key(owner, 0), () -> "computed", v -> 8));

    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> slow = pool.submit(() -> cache.get(key(owner, 1), () -> {
        computing.countDown();
        await(release);
        return "slow";
      }, v -> 8));
      computing.await(10, TimeUnit.SECONDS);
      // returns at once, though the tile is not done: a waiting prefetch would hang here
      cache.prefetch(key(owner, 1), () -> "duplicate " + computations.incrementAndGet(), v -> 8);
      release.countDown();
      assertEquals("slow", slow.get(10, TimeUnit.SECONDS));
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertEquals(1, computations.get());
    assertEquals(16, cache.size());
  }

  @Test
  void failedPrefetchIsRethrownAndNotCached() {
    TileCache cache = new TileCache(100);
    OperatorException failure = new OperatorException("tile failed");
    assertSame(failure, assertThrows(OperatorException.class, () -> cache.prefetch(key(owner, 0), () -> {
      throw failure;
    }, v -> 8)));
    assertEquals("ok", cache.get(key(owner, 0), () -> "ok", v -> 8));
  }

  @Test
  void sharedCacheTakesItsCapacityFromTheTileCacheSize() {
    assertEquals(TileCacheSize.bytes(), TileCache.instance().capacity());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
