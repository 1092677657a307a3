package org.dlinsar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.File;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each operator's tiles computed on several threads at once, in a random order, as SNAP's tile
 * scheduler and the headless engine's pool compute them, give to the bit what one thread gives
 * tile after tile. Each round makes a new target product, so nothing is served from an earlier
 * round's tile cache; the threads start together on a latch. The stack is held in memory, so its
 * source tiles share its arrays (as SNAP's may share a cached tile's): it must end as it began.
 *
 * <p>What this cannot see: the headless engine computes a tile once while other threads asking
 * for it wait ({@code TileCache}), where SNAP's JAI may compute the same non-stack tile on two
 * threads at once; the operators' per-tile state (NoDataWatch's tiles, the mask spill's slots,
 * the served counts of DL-Unwrap's regions and Local-SBAS's blocks) is written to allow that.
 */
class TilesOnManyThreadsTest {

  private static final int W = 120;
  private static final int H = 90;
  private static final int THREADS = 4;
  private static final int ROUNDS = 4;
  /** Tiles of odd sizes, smaller than the halos, as a GPF tile hint gives them. */
  private static final Dimension TILE = new Dimension(37, 29);

  private static ExecutorService pool;
  private static Product stack;
  /** The stack's samples as loaded, to show that no consumer wrote into its source tiles. */
  private static final Map<String, Object> LOADED = new LinkedHashMap<>();

  @BeforeAll
  static void simulate() throws Exception {
    pool = Executors.newFixedThreadPool(THREADS);
    stack = GPF.createProduct("DL-Simulate-Stack", Map.of("preset", "mixed", "width", W, "height", H,
        "seed", 7L, "dates", 6), new Product[0], hint());
    // in memory: a consumer that wrote into its source tiles would change every later round
    for (Band band : stack.getBands()) {
      if (!(band instanceof VirtualBand)) {
        band.loadRasterData();
        LOADED.put(band.getName(), copy(band.getRasterData().getElems()));
      }
    }
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void theSimulatorsTilesAreTheSameOnManyThreads() throws Exception {
    sameOnManyThreads("DL-Simulate-Stack", () -> GPF.createProduct("DL-Simulate-Stack", Map.of("preset", "mixed", "width", W,
        "height", H, "seed", 7L, "dates", 6), new Product[0], hint()));
  }

  @Test
  void dlMaskOtsuAndThresholdTilesAreTheSameOnManyThreads() throws Exception {
    sameOnManyThreads("DL-Mask", () -> create("DL-Mask", Map.of("method", "OTSU"), stack));
    sameOnManyThreads("DL-Mask", () -> create("DL-Mask", Map.of("method", "THRESHOLD"), stack));
  }

  @Test
  void phaseGradientStackTilesAreTheSameOnManyThreads() throws Exception {
    // through DL-Mask's masks, computed on the same threads as the gradients that read them
    sameOnManyThreads("Phase-Gradient-Stack", () -> create("Phase-Gradient-Stack", Map.of(),
        create("DL-Mask", Map.of("method", "OTSU"), stack)));
  }

  @Test
  void dlUnwrapTilesAreTheSameOnManyThreads() throws Exception {
    sameOnManyThreads("DL-Unwrap", 2, () -> create("DL-Unwrap", Map.of("method", "CLASSICAL"), stack));
  }

  @Test
  void localSbasFullScopeTilesAreTheSameOnManyThreads() throws Exception {
    sameOnManyThreads("Local-SBAS", 3, () -> create("Local-SBAS", Map.of("scope", "FULL"), stack));
  }

  /**
   * The bundled mask network, by file (this module's tests do not carry the models on the class
   * path): one ONNX Runtime session called from every tile thread at once, and the mask spill.
   */
  @Test
  void dlMaskNetworkTilesAreTheSameOnManyThreads() throws Exception {
    File mask = new File("../snap-dlinsar-models/src/main/resources/dlinsar-models/skrau-mask.onnx");
    // Maven runs a module's tests in its folder, so the checkout's model is always there
    assertTrue(mask.isFile(), "the bundled mask model " + mask.getAbsolutePath());
    sameOnManyThreads("DL-Mask", 2, () -> create("DL-Mask", Map.of("method", "DL", "modelFile", mask,
        "provider", "CPU"), stack));
  }

  private static Product create(String alias, Map<String, Object> params, Product source) {
    return GPF.createProduct(alias, params, new Product[] {source}, hint());
  }

  private static Object copy(Object array) {
    int n = Array.getLength(array);
    Object c = Array.newInstance(array.getClass().getComponentType(), n);
    System.arraycopy(array, 0, c, 0, n);
    return c;
  }

  private static RenderingHints hint() {
    return new RenderingHints(GPF.KEY_TILE_SIZE, TILE);
  }

  private static void sameOnManyThreads(String alias, Supplier<Product> target) throws Exception {
    sameOnManyThreads(alias, ROUNDS, target);
  }

  /** One thread's rasters, then {@code rounds} rounds on {@link #THREADS} threads. */
  private static void sameOnManyThreads(String alias, int rounds, Supplier<Product> target) throws Exception {
    Map<String, float[]> expected = compute(target.get(), alias, 1, null);
    assertFalse(expected.isEmpty(), "the operator computes bands");
    Random order = new Random(11);
    for (int round = 0; round < rounds; round++) {
      Map<String, float[]> got = compute(target.get(), alias, THREADS, order);
      for (Map.Entry<String, float[]> e : expected.entrySet()) {
        assertArrayEquals(e.getValue(), got.get(e.getKey()), "band " + e.getKey() + ", round " + round);
      }
    }
    for (Map.Entry<String, Object> e : LOADED.entrySet()) {
      Object now = stack.getBand(e.getKey()).getRasterData().getElems();
      assertTrue(Objects.deepEquals(e.getValue(), now),
          "source band " + e.getKey() + " was written into by " + alias);
    }
  }

  /**
   * Every tile of the bands the operator computes (not those carried from the source), each
   * read by one task; with {@code order}, in a shuffled order on several threads started at once.
   */
  private static Map<String, float[]> compute(Product target, String alias, int threads, Random order)
      throws Exception {
    Map<String, float[]> rasters = new LinkedHashMap<>();
    List<Object[]> tiles = new ArrayList<>();
    for (Band band : target.getBands()) {
      boolean simulated = "DL-Simulate-Stack".equals(alias);
      if (band instanceof VirtualBand || !simulated && stack.containsBand(band.getName())) {
        continue; // no tiles, or carried from the stack as it is
      }
      float[] raster = new float[W * H];
      rasters.put(band.getName(), raster);
      for (int y = 0; y < H; y += TILE.height) {
        for (int x = 0; x < W; x += TILE.width) {
          tiles.add(new Object[] {band, raster, x, y});
        }
      }
    }
    if (order != null) {
      Collections.shuffle(tiles, order);
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    ExecutorService here = threads == 1 ? Executors.newSingleThreadExecutor() : pool;
    try {
      for (Object[] t : tiles) {
        done.add(here.submit(() -> {
          start.await();
          Band band = (Band) t[0];
          float[] raster = (float[]) t[1];
          int x = (Integer) t[2];
          int y = (Integer) t[3];
          int w = Math.min(TILE.width, W - x);
          int h = Math.min(TILE.height, H - y);
          float[] samples = band.readPixels(x, y, w, h, new float[w * h]);
          for (int row = 0; row < h; row++) {
            System.arraycopy(samples, row * w, raster, (y + row) * W + x, w);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      if (here != pool) {
        here.shutdownNow();
      }
    }
    return rasters;
  }
}
