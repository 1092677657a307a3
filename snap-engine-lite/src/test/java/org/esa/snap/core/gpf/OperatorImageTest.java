package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.lite.gpf.testops.Disposals;
import org.dlinsar.lite.gpf.testops.RampOp;
import org.dlinsar.lite.gpf.testops.StackOp;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class OperatorImageTest {

  private static RenderingHints tiles(int width, int height) {
    return new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(width, height));
  }

  @Test
  void tileStackIsComputedOncePerGridTileForAllBandsReadOneAfterAnother() {
    Product source = TestScenes.twoBands(20, 12, new Dimension(7, 5));
    StackOp op = (StackOp) new StackOp.Spi().createOperator(GPF.NO_PARAMS, Map.of("source", source));
    Product target = op.getTargetProduct();
    float[] sum = TestScenes.readAll(target.getBand("sum"));
    float[] half = TestScenes.readAll(target.getBand("half"));
    assertEquals(9, op.calls.size());
    for (Map.Entry<Rectangle, List<String>> call : op.calls) {
      assertEquals(List.of("sum", "half"), call.getValue());
    }
    for (int i = 0; i < sum.length; i++) {
      assertEquals(3f * i, sum[i], "sum at " + i);
      assertEquals(i / 2f, half[i], "half at " + i);
    }
  }

  @Test
  void haloOperatorGivesTheSameResultForSmallTilesAndTheWholeImage() {
    Product rampSmall = GPF.createProduct("Test-Ramp", Map.of("width", 23, "height", 17), tiles(7, 5));
    Product rampWhole = GPF.createProduct("Test-Ramp", Map.of("width", 23, "height", 17), tiles(23, 17));
    Product small = GPF.createProduct("Test-BoxMean", GPF.NO_PARAMS, new Product[] {rampSmall}, tiles(7, 5));
    Product whole = GPF.createProduct("Test-BoxMean", GPF.NO_PARAMS, new Product[] {rampWhole}, tiles(23, 17));
    float[] smallMean = TestScenes.readAll(small.getBand("mean"));
    float[] wholeMean = TestScenes.readAll(whole.getBand("mean"));
    assertArrayEquals(wholeMean, smallMean);
    // Interior pixels of a linear ramp equal their own value; the corner averages its 2x2 block.
    assertEquals(RampOp.expected(5, 5, 0), smallMean[5 * 23 + 5]);
    assertEquals((0 + 1 + 1000 + 1001) / 4f, smallMean[0]);
  }

  @Test
  void chainedOperatorReadsTheUpstreamTarget() {
    Product ramp = GPF.createProduct("Test-Ramp", Map.of("offset", 3.0), tiles(6, 6));
    Product mean = GPF.createProduct("Test-BoxMean", Map.of("bandName", "ramp"), ramp);
    assertEquals(RampOp.expected(10, 6, 3.0), TestScenes.read(mean.getBand("mean"), 10, 6, 1, 1)[0]);
  }

  @Test
  void rectanglesAcrossTileBordersAreServedFromTheGridTiles() {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(GPF.NO_PARAMS, GPF.NO_SOURCES, tiles(7, 5));
    float[] part = TestScenes.read(op.getTargetProduct().getBand("ramp"), 3, 2, 9, 7);
    for (int y = 0; y < 7; y++) {
      for (int x = 0; x < 9; x++) {
        assertEquals(RampOp.expected(3 + x, 2 + y, 0), part[y * 9 + x]);
      }
    }
    assertEquals(4, op.tileCalls.size());
  }

  @Test
  void parallelReadersGetTheSameSamplesAndEachTileIsComputedOnce() throws Exception {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(Map.of("width", 40, "height", 30), GPF.NO_SOURCES, tiles(7, 5));
    Band ramp = op.getTargetProduct().getBand("ramp");
    CyclicBarrier start = new CyclicBarrier(4);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<float[]> read = () -> {
          start.await();
          return TestScenes.readAll(ramp);
        };
        results.add(pool.submit(read));
      }
      float[] first = results.get(0).get();
      for (Future<float[]> result : results) {
        assertArrayEquals(first, result.get());
      }
      assertEquals(RampOp.expected(39, 29, 0), first[first.length - 1]);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(6 * 6, op.tileCalls.size());
    for (AtomicInteger calls : op.tileCalls.values()) {
      assertEquals(1, calls.get());
    }
  }

  @Test
  void prefetchComputesEveryTileOfTheRegionOnceAheadOfTheRead() {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(Map.of("width", 40, "height", 30), GPF.NO_SOURCES, tiles(7, 5));
    Band ramp = op.getTargetProduct().getBand("ramp");
    OperatorImage image = (OperatorImage) org.dlinsar.lite.image.SourceImages.rasterImageOf(ramp);

    assertTrue(image.cachesTiles());
    image.prefetch(new Rectangle(6, 4, 9, 2));
    // columns 0..2 of row 0 and of row 1: the region touches both tile rows
    assertEquals(6, op.tileCalls.size());
    float[] all = TestScenes.readAll(ramp);
    image.prefetch(new Rectangle(0, 0, 40, 30));

    assertEquals(RampOp.expected(39, 29, 0), all[all.length - 1]);
    assertEquals(6 * 6, op.tileCalls.size());
    for (AtomicInteger calls : op.tileCalls.values()) {
      assertEquals(1, calls.get());
    }
  }

  /**
   * SNAP's Operator.dispose() is the operator's own hook, empty by default (snap-gpf 14.x
   * Operator.java:204-211): calling it leaves the target's bands computable. The stand-in's
   * disposed the operator's images, so reading them failed "was disposed".
   */
  @Test
  void anOperatorsDisposeIsItsOwnHookAndLeavesItsBandsComputable() {
    RampOp op = (RampOp) new RampOp.Spi().createOperator(Map.of("width", 6, "height", 4), GPF.NO_SOURCES, null);
    Band ramp = op.getTargetProduct().getBand("ramp");
    op.dispose();
    assertEquals(RampOp.expected(5, 3, 0), TestScenes.readAll(ramp)[3 * 6 + 5]);
    assertEquals(1, op.disposeCalls.get());
  }

  /**
   * Disposing an operator's target product disposes its context through the target's
   * OperatorProductReader (snap-gpf 14.x OperatorProductReader.close, OperatorContext.java:480-497):
   * the product first, then the images, then the operator's dispose() last, once.
   */
  @Test
  void disposingTheTargetProductDisposesItsImagesThenCallsTheOperatorsDisposeOnce() {
    Disposals.clear();
    long cached = TileCache.instance().size();
    RampOp op = (RampOp) new RampOp.Spi().createOperator();
    Product target = op.getTargetProduct();
    Band ramp = target.getBand("ramp");
    TestScenes.readAll(ramp);
    target.dispose();
    target.dispose();
    assertEquals(1, op.disposeCalls.get());
    assertEquals(List.of("Test-Ramp:target disposed"), Disposals.seen());
    assertEquals(cached, TileCache.instance().size(), "the operator's tiles are dropped");
    assertThrows(RuntimeException.class, () -> TestScenes.readAll(ramp));
  }
}
