package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.dlinsar.parts.HeapToGive;
import org.dlinsar.parts.PartHeap;

/**
 * Runs the patches of a list of detections in parallel on a fixed pool of threads: at most one
 * patch's interferograms per thread are in memory at a time (what stays is each patch's outputs:
 * velocity, residual and one float per date per pixel).
 */
final class PatchRunner {

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private PatchRunner() {}

  /**
   * What a patch of {@code pixels} holds while it is inverted: per pixel the phase and weight of
   * every pair, the displacement of every date, and velocity, residual, temporal coherence and a
   * work row.
   */
  static long patchBytes(long pixels, int pairs, int dates) {
    return pixels * Float.BYTES * (2L * pairs + dates + 4);
  }

  /**
   * Patches (or scope FULL's blocks) to run at once: one per core, no more than a quarter of the
   * heap holds. One that does not fit that quarter is refused up front: run anyway, on a small
   * heap it left the JVM collecting garbage for minutes (833 full collections for a 128 x 128
   * patch of 998 interferograms on 256 MiB) and ended without a word.
   *
   * @param heapBytes the Java heap's maximum size
   * @param what the largest patch, as the refusal names it ("a block of 128 x 128 pixels")
   * @param pixels that patch's pixels, of which {@link #patchBytes} says what it holds
   * @throws IllegalArgumentException when not even one fits: its one line says which heap would
   *     do (-Xmx)
   */
  static int atOnce(long heapBytes, int cores, String what, long pixels, int pairs, int dates) {
    long bytes = patchBytes(pixels, pairs, dates);
    long fit = fitting(heapBytes, bytes);
    if (fit == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s, more than a quarter of the"
          + " %s Java heap; give Java at least %s (bin/dlinsar: JAVA_OPTS=%s)",
          holds(what, bytes, pairs, dates), heapSize(heapBytes), heapOption(bytes),
          heapOption(bytes)));
    }
    return (int) Math.max(1, Math.min(cores, fit));
  }

  /**
   * Refuses up front, as {@link #atOnce} does on one machine, a largest patch of which a quarter
   * of {@code heap} holds fewer than it solves at once: there the runner (Spark, one patch per
   * task) decides how many run at once, so they cannot be made fewer here.
   *
   * @throws IllegalArgumentException one line: the patch, what it holds, and {@code heap}'s remedy
   */
  static void checkFits(PartHeap heap, String what, long pixels, int pairs, int dates) {
    long bytes = patchBytes(pixels, pairs, dates);
    long fit = fitting(heap.bytes(), bytes);
    if (fit < heap.atOnce()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s; %s solves %d at once, of"
          + " which a quarter of its %s Java heap holds %d; %s", holds(what, bytes, pairs, dates),
          heap.holder(), heap.atOnce(), heapSize(heap.bytes()), fit, heap.remedy().toGive(
              heapToGive(heap.atOnce() * bytes), heapToGive(bytes), fit)));
    }
  }

  /** Bytes the results of patches of {@code pixels} in all hold: velocity, its std, rms, temporal coherence, DEM error and a displacement per date. */
  static long resultBytes(long pixels, int dates) {
    return pixels * Float.BYTES * (dates + 5L);
  }

  /**
   * Refuses, before any patch is solved, results that would not fit half the heap beside the
   * patches being solved: every patch's result is kept for the mosaic, so 400 detections of 128 x
   * 128 pixels over 252 dates (6.7 GB) ran out of memory after all the work.
   *
   * @param patches how many patches, and {@code pixels} their pixels in all
   * @throws IllegalArgumentException its one line saying which heap would do (-Xmx)
   */
  static void checkResultsFit(long heapBytes, int patches, long pixels, int dates) {
    long bytes = resultBytes(pixels, dates);
    if (bytes > heapBytes / 2) {
      String give = HeapToGive.holding(bytes, 2);
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the results of the %d patches (%d"
          + " pixels, %d dates) hold %d MiB, kept for the bands and the CSV, more than half of the %s Java"
          + " heap; give Java at least %s (bin/dlinsar: JAVA_OPTS=-Xmx%s), or fewer detections or a smaller"
          + " margin", patches, pixels, dates, ceilDiv(bytes, MIB), heapSize(heapBytes), give, give));
    }
  }

  private static String holds(String what, long bytes, int pairs, int dates) {
    return String.format(Locale.ROOT, "%s holds %d MiB while it is solved (%d interferograms, %d"
        + " dates)", what, ceilDiv(bytes, MIB), pairs, dates);
  }

  /** Patches of {@code patchBytes} that a quarter of a heap of {@code heapBytes} holds: 0 or more. */
  static long fitting(long heapBytes, long patchBytes) {
    return heapBytes / 4 / Math.max(1, patchBytes);
  }

  /** -Xmx of a heap whose quarter holds one patch of {@code bytes} ({@link #heapToGive}). */
  private static String heapOption(long bytes) {
    return "-Xmx" + heapToGive(bytes);
  }

  /** A heap whose quarter holds {@code bytes} (one patch, or those run at once). */
  private static String heapToGive(long bytes) {
    return HeapToGive.holding(bytes, 4);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static String heapSize(long bytes) {
    return bytes == Long.MAX_VALUE ? "unlimited" : bytes < GIB ? bytes / MIB + " MiB"
        : String.format(Locale.ROOT, "%.1f GiB", (double) bytes / GIB);
  }

  /**
   * @param patches how many patches
   * @param patch computes patch k (called from the pool's threads)
   * @param threads threads at most, >= 1
   * @return one result per patch, in order
   */
  static List<PatchResult> runAll(int patches, IntFunction<PatchResult> patch, int threads) {
    if (patches == 0) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, patches), r -> {
      Thread t = new Thread(r, "local-sbas-patch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<PatchResult>> futures = new ArrayList<>();
      for (int k = 0; k < patches; k++) {
        int index = k;
        futures.add(pool.submit(() -> patch.apply(index)));
      }
      List<PatchResult> results = new ArrayList<>();
      for (Future<PatchResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Local-SBAS interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("Local-SBAS patch failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
