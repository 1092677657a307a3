package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dlinsar.sim.PixelBox;

/**
 * Runs the patches of a list of detections in parallel on a fixed pool of threads, each thread
 * with its own {@link PatchSbas}: at most one patch's interferograms per thread are in memory at a
 * time (what stays is each patch's outputs: velocity, residual and one float per date per pixel).
 */
final class PatchRunner {

  private PatchRunner() {}

  /**
   * @param detections the detections, in order
   * @param patchOf a detection's patch box
   * @param read reads a patch box's interferograms (called from the pool's threads)
   * @param sbas one PatchSbas per thread
   * @param gap the reference ring's gap
   * @param threads threads at most, >= 1
   * @param cancel called before each patch; throws to stop
   * @return one result per detection, same order
   */
  static List<PatchResult> runAll(List<DetectionBox> detections,
      Function<DetectionBox, PixelBox> patchOf, Function<PixelBox, PatchStack> read,
      Supplier<PatchSbas> sbas, int gap, int threads, Runnable cancel) {
    if (detections.isEmpty()) {
      return List.of();
    }
    ThreadLocal<PatchSbas> perThread = ThreadLocal.withInitial(sbas);
    List<PixelBox> boxes = detections.stream().map(DetectionBox::box).toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, detections.size()), r -> {
      Thread t = new Thread(r, "local-sbas-patch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<PatchResult>> futures = new ArrayList<>();
      for (DetectionBox d : detections) {
        List<PixelBox> others = new ArrayList<>(boxes);
        others.remove(d.box());
        futures.add(pool.submit(() -> {
          cancel.run();
          PatchStack patch = read.apply(patchOf.apply(d));
          return perThread.get().run(patch, d.box(), others, gap);
        }));
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
