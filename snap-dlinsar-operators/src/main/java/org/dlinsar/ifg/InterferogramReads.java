package org.dlinsar.ifg;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.dlinsar.parts.EngineThreads;

/**
 * Reads the interferograms of one tile or patch several at once where the engine's threads would
 * otherwise idle.
 *
 * <p>Why: a stack operator reads every interferogram's source tiles in turn, and each read
 * computes the tiles of the operators before it (DL-Mask's network, DL-Unwrap's patches) on the
 * reading thread. The engine computes a frame's tiles in parallel, so on a frame of fewer tiles
 * than threads (a crop of a long stack: one 256 x 256 tile and 1000 interferograms) one thread
 * did all of that while the others had nothing to compute, and threads reading patches of one
 * frame waited on each other for the same upstream tile, interferogram after interferogram.
 * Reading several interferograms at once gives the threads different upstream tiles to compute.
 * Real SNAP schedules tiles the same way, and its operators may read source tiles from threads
 * of their own (the SAR toolbox's do, on the workers of its engine utilities' ThreadExecutor).
 */
public final class InterferogramReads {

  private InterferogramReads() {}

  /**
   * Interferograms one computation reads at once when {@code computations} of its kind (the
   * frame's tiles, say) are computed at once: the engine's threads shared among them, at least 1.
   * So a frame of at least as many tiles as threads reads as it always did, one at a time, and
   * the engine's {@code -q} bounds the threads at work either way.
   */
  public static int atOnce(long computations) {
    int threads = EngineThreads.count();
    return (int) Math.max(1, threads / Math.max(1, Math.min(computations, threads)));
  }

  /**
   * {@link #atOnce} for a tile of a {@code width x height} frame computed in tiles of {@code
   * tileWidth x tileHeight}, all of them at once.
   */
  public static int atOnceInTiles(int width, int height, int tileWidth, int tileHeight) {
    return atOnce((long) ((width + tileWidth - 1) / tileWidth)
        * ((height + tileHeight - 1) / tileHeight));
  }

  /**
   * Calls {@code read} for each index from 0 to {@code count - 1}, on {@code atOnce} threads at
   * most (the caller's among them): at one, in order on the caller's thread; else in no order,
   * each thread taking every {@code atOnce}-th index. A read's failure stops the others from
   * starting and is rethrown as it was thrown, on the caller's thread.
   */
  public static void forEach(int count, int atOnce, IntConsumer read) {
    int threads = Math.max(1, Math.min(atOnce, count));
    if (threads == 1) {
      for (int k = 0; k < count; k++) {
        read.accept(k);
      }
      return;
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    IntStream.range(0, threads).parallel().forEach(first -> {
      for (int k = first; k < count && failure.get() == null; k += threads) {
        try {
          read.accept(k);
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }
    });
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }
}
