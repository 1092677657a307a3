package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs the patches of a list of detections in parallel on a fixed pool of threads: at most one
 * patch's interferograms per thread are in memory at a time (what stays is each patch's outputs:
 * velocity, residual and one float per date per pixel).
 */
final class PatchRunner {

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
   * Threads for patches of at most {@code patchBytes} each: one per core, but no more than a
   * quarter of the heap holds at once (at least one), so a stack of a thousand interferograms
   * runs its patches one after the other on a small heap instead of running out of it.
   */
  static int threads(long patchBytes) {
    return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
        fitting(Runtime.getRuntime().maxMemory(), patchBytes)));
  }

  /** Patches of {@code patchBytes} that a quarter of a heap of {@code heapBytes} holds: 0 or more. */
  static long fitting(long heapBytes, long patchBytes) {
    return heapBytes / 4 / Math.max(1, patchBytes);
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
