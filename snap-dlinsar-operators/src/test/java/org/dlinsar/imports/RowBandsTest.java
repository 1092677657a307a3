package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of a GeoTIFF are decoded once for every band and tile that reads them, even by threads
 * wanting them at the same moment, within the budget, and anew when the file changes.
 */
class RowBandsTest {

  @TempDir
  Path dir;

  @Test
  void theTilesOfOneRowDecodeItsRowsOnce() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    RowBands bands = new RowBands(1 << 20);
    AtomicInteger reads = new AtomicInteger();
    for (int tile = 0; tile < 4; tile++) {
      float[] rows = bands.rows(file, 512, 512, () -> {
        reads.incrementAndGet();
        return new float[] {1, 2};
      });
      assertArrayEquals(new float[] {1, 2}, rows);
    }
    assertEquals(1, reads.get());
    bands.rows(file, 1024, 512, () -> {
      reads.incrementAndGet();
      return new float[2];
    });
    assertEquals(2, reads.get(), "other rows are read");
  }

  /**
   * The writer computes a pair's real and imaginary bands on two threads at once: both read the
   * same phase rows, which were decoded twice.
   */
  @Test
  void aSecondThreadWaitsForRowsBeingDecodedRatherThanDecodingThemAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    RowBands bands = new RowBands(1 << 20);
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    Supplier<float[]> slowRead = () -> {
      reads.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new float[] {7};
    };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<float[]> first = threads.submit(() -> bands.rows(file, 0, 256, slowRead));
      waitFor(() -> reads.get() == 1);
      AtomicReference<Thread> second = new AtomicReference<>();
      Future<float[]> other = threads.submit(() -> {
        second.set(Thread.currentThread());
        return bands.rows(file, 0, 256, slowRead);
      });
      // the second thread either waits for the first's rows or reads them itself
      waitFor(() -> reads.get() == 2 || waiting(second.get()));
      release.countDown();
      assertSame(first.get(10, TimeUnit.SECONDS), other.get(10, TimeUnit.SECONDS));
      assertEquals(1, reads.get());
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aThreadWaitingForRowsGetsTheFailureOfTheirRead() throws Exception {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    RowBands bands = new RowBands(1 << 20);
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<float[]> first = threads.submit(() -> bands.rows(file, 0, 256, () -> {
        reading.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new UncheckedIOException(new IOException(file + ": a strip ends past the file's end"));
      }));
      reading.await(10, TimeUnit.SECONDS);
      AtomicReference<Thread> second = new AtomicReference<>();
      Future<float[]> other = threads.submit(() -> {
        second.set(Thread.currentThread());
        return bands.rows(file, 0, 256, () -> new float[] {1});
      });
      waitFor(() -> other.isDone() || waiting(second.get()));
      release.countDown();
      for (Future<float[]> result : List.of(first, other)) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(10, TimeUnit.SECONDS));
        assertInstanceOf(UncheckedIOException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("a strip ends past the file's end"), e.getCause().getMessage());
      }
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  private static boolean waiting(Thread thread) {
    return thread != null && thread.getState() == Thread.State.WAITING;
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the threads did not get there in 10 s");
      }
      Thread.sleep(1);
    }
  }

  @Test
  void aFileRewrittenInPlaceIsReadAnew() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tif"), "a");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
    RowBands bands = new RowBands(1 << 20);
    assertArrayEquals(new float[] {1}, bands.rows(file, 0, 1, () -> new float[] {1}));
    Files.writeString(file, "b");
    Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
    assertArrayEquals(new float[] {2}, bands.rows(file, 0, 1, () -> new float[] {2}));
  }

  @Test
  void theLeastRecentlyUsedRowsLeaveWhenTheBudgetIsFull() throws IOException {
    Path a = Files.writeString(dir.resolve("a.tif"), "a");
    Path b = Files.writeString(dir.resolve("b.tif"), "b");
    Path c = Files.writeString(dir.resolve("c.tif"), "c");
    RowBands bands = new RowBands(2 * 4 * 100); // two bands of 100 samples
    AtomicInteger reads = new AtomicInteger();
    for (Path file : new Path[] {a, b, a, c, a, b}) {
      bands.rows(file, 0, 1, () -> {
        reads.incrementAndGet();
        return new float[100];
      });
    }
    // a, b read; a kept; c pushes b out (a was used more recently); a kept; b read again
    assertEquals(4, reads.get());
    // a band larger than the budget is read, not kept
    bands.rows(a, 5, 1, () -> new float[300]);
    assertEquals(4, reads.get());
    bands.rows(b, 0, 1, () -> {
      reads.incrementAndGet();
      return new float[100];
    });
    assertEquals(4, reads.get(), "b still kept after the oversized band");
  }
}
