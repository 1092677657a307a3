package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class UnwrappedRasterTest {

  private static final PixelBox LEFT = new PixelBox(0, 0, 4, 4);
  private static final PixelBox RIGHT = new PixelBox(6, 0, 10, 4);
  /** Returns the wrapped phase as it is: what matters here is which region is read when. */
  private static final PhaseUnwrapper AS_IS = (phase, weight, w, h) -> phase.clone();

  @Test
  void aTileOfOnePatchDoesNotWaitWhileAnotherPatchIsUnwrapped() throws Exception {
    CountDownLatch leftReading = new CountDownLatch(1);
    CountDownLatch leftMayFinish = new CountDownLatch(1);
    UnwrappedRaster raster = new UnwrappedRaster((region, phase, coherence, weight) -> {
      if (region.equals(LEFT)) {
        leftReading.countDown();
        await(leftMayFinish);
      }
      java.util.Arrays.fill(phase, region.x0());
    }, AS_IS, List.of(LEFT, RIGHT), 10, null);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    CompletableFuture<float[]> left = CompletableFuture.supplyAsync(() -> raster.tile(new Rectangle(0, 0, 4, 4)),
        threads);
    assertTrue(leftReading.await(10, TimeUnit.SECONDS));
    // with the left patch still being unwrapped, a tile of the right one is served
    float[] right;
    try {
      right = CompletableFuture.supplyAsync(() -> raster.tile(new Rectangle(6, 0, 4, 4)), threads)
          .get(5, TimeUnit.SECONDS);
    } finally {
      leftMayFinish.countDown();
    }

    assertEquals(6f, right[0]);
    assertEquals(0f, left.get(10, TimeUnit.SECONDS)[0]);
    threads.shutdown();
  }

  /** Without a spill (or once it failed), a region is held until its tiles are served. */
  @Test
  void withoutASpillAPatchIsUnwrappedOnceForItsTilesAndAgainWhenAskedAfterAll() {
    AtomicInteger reads = new AtomicInteger();
    UnwrappedRaster raster = new UnwrappedRaster((region, phase, coherence, weight) -> {
      reads.incrementAndGet();
      java.util.Arrays.fill(phase, 1f);
    }, AS_IS, List.of(LEFT), 10, null);

    float[] top = raster.tile(new Rectangle(0, 0, 5, 2)); // one column off the patch: NaN
    raster.tile(new Rectangle(0, 2, 4, 2));
    assertEquals(1, reads.get());
    assertArrayEquals(new float[] {1, 1, 1, 1, Float.NaN}, java.util.Arrays.copyOf(top, 5));
    raster.tile(new Rectangle(0, 0, 4, 4));
    assertEquals(2, reads.get());
  }

  /**
   * With the spill, a region is unwrapped once for every tile asked, in any order and again, and
   * nothing of it stays in memory (a writer asks a tile row of every band before the next: each
   * interferogram's whole raster was held until its last tile was written). Two rasters share
   * the file, as DL-Unwrap's bands do.
   */
  @Test
  void withTheSpillARegionIsUnwrappedOnceAndReadBackForEveryTile() {
    AtomicInteger reads = new AtomicInteger();
    UnwrappedRaster.Source ramp = countedRamp(reads);
    try (UnwrappedSpill spill = new UnwrappedSpill(java.util.logging.Logger.getAnonymousLogger())) {
      UnwrappedRaster first = new UnwrappedRaster(ramp, AS_IS, List.of(LEFT, RIGHT), 10, spill);
      UnwrappedRaster second = new UnwrappedRaster(ramp, AS_IS, List.of(LEFT), 10, spill);
      float[] whole = first.tile(new Rectangle(0, 0, 10, 4));
      assertEquals(2, reads.get());
      assertEquals(0, first.heldInMemory());
      float[] corner = first.tile(new Rectangle(2, 1, 6, 3));
      float[] again = first.tile(new Rectangle(0, 0, 10, 4));
      float[] other = second.tile(new Rectangle(0, 0, 4, 4));
      assertEquals(3, reads.get(), "each region unwrapped once");
      assertArrayEquals(whole, again);
      for (int y = 1; y < 4; y++) {
        for (int x = 2; x < 8; x++) {
          assertEquals(whole[y * 10 + x], corner[(y - 1) * 6 + x - 2], "(" + x + ", " + y + ")");
        }
      }
      assertEquals(6 + 100 * 3 + 3 + 0.5f, whole[3 * 10 + 9]); // RIGHT's last pixel
      assertTrue(Float.isNaN(whole[5]), "between the regions");
      assertArrayEquals(java.util.Arrays.copyOf(whole, 4), java.util.Arrays.copyOf(other, 4));
      // each region one component, named by its first pixel in the frame; 0 between them
      int[] components = first.components(new Rectangle(3, 2, 5, 2));
      assertArrayEquals(new int[] {1, 0, 0, 7, 7, 1, 0, 0, 7, 7}, components);
      assertEquals(3, reads.get(), "the components come with the phase");
    }
  }

  /**
   * A spill that fails once a region is in it (here closed, as a full disk turns it off): the
   * region's next tile is unwrapped again, right, and held in memory from then on.
   */
  @Test
  void aSpillThatFailsAfterTheFirstTileLeavesTheTilesRight() {
    AtomicInteger reads = new AtomicInteger();
    UnwrappedRaster.Source ramp = countedRamp(reads);
    UnwrappedSpill spill = new UnwrappedSpill(java.util.logging.Logger.getAnonymousLogger());
    UnwrappedRaster raster = new UnwrappedRaster(ramp, AS_IS, List.of(LEFT), 10, spill);
    float[] top = raster.tile(new Rectangle(0, 0, 4, 2));
    assertEquals(0, raster.heldInMemory());
    spill.close();
    float[] bottom = raster.tile(new Rectangle(0, 2, 4, 2));
    int[] components = raster.components(new Rectangle(0, 2, 4, 2));
    assertEquals(2, reads.get(), "unwrapped again once the spill failed, then held");
    assertArrayEquals(new float[] {0.5f, 1.5f, 2.5f, 3.5f, 100.5f, 101.5f, 102.5f, 103.5f}, top);
    assertArrayEquals(new float[] {200.5f, 201.5f, 202.5f, 203.5f, 300.5f, 301.5f, 302.5f, 303.5f}, bottom);
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, components);
  }

  /** A region's phase x0 + 100 row + column + 0.5, counting the reads in {@code reads}. */
  private static UnwrappedRaster.Source countedRamp(AtomicInteger reads) {
    return (region, phase, coherence, weight) -> {
      reads.incrementAndGet();
      for (int i = 0; i < phase.length; i++) {
        phase[i] = region.x0() + 100 * (i / region.width()) + i % region.width() + 0.5f;
      }
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
