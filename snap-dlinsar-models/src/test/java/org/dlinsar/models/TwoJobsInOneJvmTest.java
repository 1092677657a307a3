package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dlinsar.files.ExitDeletions;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.TrainingScenes;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SNAP Desktop's JVM: two jobs at once, each on its own stack, both stacks of one name (two
 * products opened from folders of the same name), their tiles computed interleaved on one pool as
 * SNAP's tile scheduler computes the tiles of several products, and run again and again with the
 * products disposed in between (one job's products disposed while the other's are still being
 * computed). Each job's bands equal those of a lone run on one thread, and what the JVM holds for
 * them (tile files, files to delete at exit, threads) does not grow from round to round.
 */
class TwoJobsInOneJvmTest {

  private static final int SIZE = 64;
  private static final int TILE = 24;
  private static final int THREADS = 4;
  private static final int ROUNDS = 6;

  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** A job: its products, first to last, and the bands of the last that are compared. */
  private record Job(List<Product> products, List<Band> bands) {
    void dispose() {
      for (int i = products.size() - 1; i >= 0; i--) {
        products.get(i).dispose();
      }
    }
  }

  /** DL-Mask by its network on one stack. */
  private static Job maskJob() {
    Product stack = SimulatedProducts.stack(TrainingScenes.scene(3, SIZE), "stack");
    Product mask = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU"), stack);
    return new Job(List.of(stack, mask), computedBands(mask, stack));
  }

  /** DL-Mask, the gradient stack and DL-Detect's landslide network on another stack of the same name. */
  private static Job detectJob() {
    Product stack = SimulatedProducts.stack(TrainingScenes.landslideStack(5, SIZE), "stack");
    Product mask = GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU"), stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, mask);
    Product detected = GPF.createProduct("DL-Detect",
        Map.of("mode", "LANDSLIDE", "method", "DL", "provider", "CPU"), gradients);
    List<Band> bands = new ArrayList<>(computedBands(mask, stack));
    bands.addAll(computedBands(gradients, mask));
    bands.addAll(computedBands(detected, gradients));
    return new Job(List.of(stack, mask, gradients, detected), bands);
  }

  private static List<Band> computedBands(Product target, Product source) {
    List<Band> bands = new ArrayList<>();
    for (Band band : target.getBands()) {
      if (!(band instanceof VirtualBand) && !source.containsBand(band.getName())) {
        bands.add(band);
      }
    }
    return bands;
  }

  @Test
  void twoJobsAtOnceGiveWhatEachGivesAloneRunAfterRun() throws Exception {
    Map<String, float[]> maskAlone = alone(maskJob());
    Map<String, float[]> detectAlone = alone(detectJob());
    Random order = new Random(17);
    int filesToDelete = -1;
    int threads = -1;
    for (int round = 0; round < ROUNDS; round++) {
      Job mask = maskJob();
      Job detect = detectJob();
      Map<String, float[]> maskGot = new LinkedHashMap<>();
      Map<String, float[]> detectGot = new LinkedHashMap<>();
      List<Runnable> tiles = new ArrayList<>();
      tiles.addAll(tiles(mask, maskGot));
      tiles.addAll(tiles(detect, detectGot));
      Collections.shuffle(tiles, order);
      if (round % 2 == 1) {
        // the first job ends while the second still computes: its half first, then disposed
        List<Runnable> first = new ArrayList<>(tiles(mask, maskGot));
        run(first);
        mask.dispose();
        run(tiles(detect, detectGot));
      } else {
        run(tiles);
        mask.dispose();
      }
      detect.dispose();
      assertSame(maskAlone, maskGot, "DL-Mask, round " + round);
      assertSame(detectAlone, detectGot, "DL-Detect's chain, round " + round);
      if (round == 0) {
        filesToDelete = ExitDeletions.JVM.files().size();
        threads = Thread.activeCount();
      }
    }
    assertEquals(filesToDelete, ExitDeletions.JVM.files().size(), "files kept for deletion at exit");
    assertTrue(Thread.activeCount() <= threads + 2, "threads: " + threads + " after the first round, "
        + Thread.activeCount() + " after " + ROUNDS);
  }

  private static void assertSame(Map<String, float[]> expected, Map<String, float[]> got, String what) {
    assertEquals(expected.keySet(), got.keySet(), what);
    for (Map.Entry<String, float[]> e : expected.entrySet()) {
      assertArrayEquals(e.getValue(), got.get(e.getKey()), what + ", band " + e.getKey());
    }
  }

  /** The job's bands on one thread, tile after tile; then its products disposed. */
  private static Map<String, float[]> alone(Job job) {
    Map<String, float[]> got = new LinkedHashMap<>();
    tiles(job, got).forEach(Runnable::run);
    job.dispose();
    return got;
  }

  /** One task per tile of each compared band, writing into {@code rasters} (keyed by product and band). */
  private static List<Runnable> tiles(Job job, Map<String, float[]> rasters) {
    List<Runnable> tiles = new ArrayList<>();
    for (Band band : job.bands()) {
      int w = band.getRasterWidth();
      int h = band.getRasterHeight();
      float[] raster = new float[w * h];
      rasters.put(band.getProduct().getName() + ":" + band.getName(), raster);
      for (int y = 0; y < h; y += TILE) {
        for (int x = 0; x < w; x += TILE) {
          int x0 = x;
          int y0 = y;
          int tw = Math.min(TILE, w - x);
          int th = Math.min(TILE, h - y);
          tiles.add(() -> {
            try {
              float[] samples = band.readPixels(x0, y0, tw, th, new float[tw * th]);
              for (int row = 0; row < th; row++) {
                System.arraycopy(samples, row * tw, raster, (y0 + row) * w + x0, tw);
              }
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        }
      }
    }
    return tiles;
  }

  /** Runs the tasks on the pool's threads, started together. */
  private static void run(List<Runnable> tasks) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (Runnable task : tasks) {
      done.add(pool.submit(() -> {
        go.await();
        task.run();
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get();
    }
  }
}
