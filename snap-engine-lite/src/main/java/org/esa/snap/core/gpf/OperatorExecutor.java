package org.esa.snap.core.gpf;

import org.dlinsar.lite.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Computes every grid tile of an operator's computed bands on all cores, as GPF does for an
 * operator run without a writer. Tiles end up in the tile cache.
 */
final class OperatorExecutor {

  private OperatorExecutor() {
  }

  /**
   * Computes all tiles of {@code context}'s images; the first failure is rethrown as it was raised
   * (an {@link OperatorException}, or another runtime exception wrapped with its cause), once the
   * tiles still computing have ended.
   */
  static void computeAllTiles(OperatorContext context) {
    ExecutorService pool = Executors.newFixedThreadPool(Parallelism.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (OperatorImage image : context.getImages()) {
        for (int tileY = 0; tileY < image.getNumYTiles(); tileY++) {
          for (int tileX = 0; tileX < image.getNumXTiles(); tileX++) {
            int x = tileX;
            int y = tileY;
            futures.add(pool.submit(() -> image.computeTile(x, y)));
          }
        }
      }
      for (Future<?> future : futures) {
        context.checkForCancellation();
        await(future);
      }
    } finally {
      pool.shutdownNow();
      // after a failure the caller disposes the product, into which tiles still computing would write
      awaitTermination(pool);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OperatorCancelException("interrupted while computing tiles");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new OperatorException(cause);
    }
  }
}
