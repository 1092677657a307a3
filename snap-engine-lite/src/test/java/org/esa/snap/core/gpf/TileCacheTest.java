package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TileCacheTest {

  private final Object owner = new Object();

  private static TileCache.Key key(Object owner, int tileX) {
    return new TileCache.Key(owner, null, tileX, 0);
  }

  @Test
  void keepsTheTileOfAStackThatFitsAQuarterOfTheCachePerThread() {
    TileCache cache = new TileCache(512L << 20);

    // 3 float bands on 512 x 512: 3 MiB a stack, well inside 64 MiB per thread.
    assertEquals(new Dimension(512, 512), cache.fitStack(new Dimension(512, 512), 12, 2));
  }

  @Test
  void shrinksTheTilesOfAThousandBandStackUntilOneStackPerThreadFits() {
    TileCache cache = new TileCache(512L << 20);

    Dimension fitted = cache.fitStack(new Dimension(512, 512), 4000, 2);

    assertTrue((long) fitted.width * fitted.height * 4000 <= (512L << 20) / 4 / 2, fitted.toString());
    assertEquals(fitted.width, fitted.height);
    assertTrue(fitted.width >= 120, fitted.toString());
  }

  @Test
  void neverShrinksBelowTheMinimumEdge() {
    TileCache cache = new TileCache(1 << 20);

    assertEquals(new Dimension(TileCache.MIN_STACK_TILE_EDGE, TileCache.MIN_STACK_TILE_EDGE),
        cache.fitStack(new Dimension(512, 512), 100_000, 8));
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

  @Test
  void leastRecentlyUsedTilesLeaveFirstWhenFull() {
    TileCache cache = new TileCache(20);
    cache.get(key(owner, 0), () -> "a", v -> 8);
    cache.get(key(owner, 1), () -> "b", v -> 8);
    cache.get(key(owner, 0), () -> "a again", v -> 8);
    cache.get(key(owner, 2), () -> "c", v -> 8);
    assertEquals(16, cache.size());
    assertEquals("a", cache.get(key(owner, 0), () -> "recomputed", v -> 8));
    assertEquals("recomputed b", cache.get(key(owner, 1), () -> "recomputed b", v -> 8));
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
  void sharedCacheIsBoundedBelowAQuarterOfTheHeap() {
    long capacity = TileCache.instance().capacity();
    assertEquals(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4), capacity);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
