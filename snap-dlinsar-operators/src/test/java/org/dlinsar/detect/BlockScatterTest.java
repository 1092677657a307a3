package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The typical scatter a rate is moderated toward belongs to the pixel's block of the frame, not to
 * the rectangle read around it: the scan's strip and the window a blob is measured in give the
 * pixel the same weight (a Spark driver measuring blobs that tasks found computed other weights,
 * and another box, when it was the rectangle's).
 */
class BlockScatterTest {

  private static final int W = 300;
  private static final int H = 280;

  /** Rates of 20 pairs, their scatter 1 on the left half of the frame and 3 on the right. */
  private static float scatterAt(int x) {
    return x < W / 2 ? 1f : 3f;
  }

  private static BlockScatter blocks(AtomicInteger reads) {
    return new BlockScatter((x0, y0, w, h, count, standardError) -> {
      reads.incrementAndGet();
      float[][] r = rates(x0, y0, w, h);
      System.arraycopy(r[0], 0, count, 0, w * h);
      System.arraycopy(r[1], 0, standardError, 0, w * h);
    }, W, H);
  }

  /** Counts and errors of the frame over a rectangle, as the block reader serves them. */
  private static float[][] rates(int x0, int y0, int w, int h) {
    float[] count = new float[w * h];
    float[] standardError = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        count[y * w + x] = 20;
        standardError[y * w + x] = scatterAt(x0 + x) / (float) Math.sqrt(19);
      }
    }
    return new float[][] {count, standardError};
  }

  private static float[] weights(BlockScatter blocks, int x0, int y0, int w, int h) {
    float[][] r = rates(x0, y0, w, h);
    float[] weight = new float[w * h];
    blocks.weights(x0, y0, w, h, r[0], r[1], weight);
    return weight;
  }

  @Test
  void aPixelHasOneWeightWhateverRectangleIsRead() {
    AtomicInteger reads = new AtomicInteger();
    BlockScatter blocks = blocks(reads);
    float[] strip = weights(blocks, 0, 230, W, 40);
    float[] window = weights(blocks, 262, 249, 3, 3);
    // pixel (263, 250): in the strip at row 20, column 263; in the window at its centre
    assertEquals(strip[20 * W + 263], window[4], 0);
    // the strip spans the four blocks (rows 230-269 cross row 256), each read once; the window none
    assertEquals(4, reads.get());
  }

  @Test
  void eachBlockHasItsOwnScatter() {
    BlockScatter blocks = blocks(new AtomicInteger());
    // the first block holds 150 columns of scatter 1 and 106 of 3: its median 1; the second, 3
    assertEquals(1, blocks.typicalScatter(0, 0), 1e-6);
    assertEquals(3, blocks.typicalScatter(1, 0), 1e-6);
    float[] row = weights(blocks, 0, 0, W, 1);
    assertNotEquals(row[0], row[W - 1]);
  }

  /**
   * The hang seen with bin/dlinsar-spark (graphs/detection-first.xml, local[3], --tile 100, on 2
   * cores): a Spark task thread reading a block fetched its tiles on the common pool, whose one
   * worker, measuring a blob of the same task, asked for that block and waited on the map's lock
   * the reading thread held. Here the read runs on a pool of one worker, which asks for the same
   * block while it is read: the read must still finish (it waited for ever before; 10 s here).
   */
  @Test
  void aBlockReadOnAPoolDoesNotWaitForThePoolsWorkerAskingForIt() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      CountDownLatch reading = new CountDownLatch(1);
      AtomicInteger reads = new AtomicInteger();
      float[][] block = rates(0, 0, 256, 256);
      BlockScatter blocks = new BlockScatter((x0, y0, w, h, count, standardError) -> {
        reads.incrementAndGet();
        reading.countDown();
        Future<?> tiles = pool.submit(() -> {
          System.arraycopy(block[0], 0, count, 0, w * h);
          System.arraycopy(block[1], 0, standardError, 0, w * h);
        });
        try {
          tiles.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the block's tiles were never read: " + e, e);
        }
      }, W, H);
      Future<Double> worker = pool.submit(() -> {
        reading.await();
        return blocks.typicalScatter(0, 0);
      });

      double here = blocks.typicalScatter(0, 0);

      assertEquals(1, here, 1e-6);
      assertEquals(here, worker.get(10, TimeUnit.SECONDS), 0);
      assertTrue(reads.get() <= 2, "read by each thread that asked at once, at most: " + reads.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConstantScatterWeighsAsTheRectanglesOwn() {
    int n = 500;
    float[] count = new float[n];
    float[] standardError = new float[n];
    for (int i = 0; i < n; i++) {
      count[i] = 3 + i % 17;
      standardError[i] = (float) ((0.5 + (i * 7919) % 101 / 50.0) / Math.sqrt(count[i] - 1));
    }
    float[] own = new float[n];
    RateReliability.weights(count, standardError, n, own);
    double prior = RateReliability.typicalScatter(count, standardError, n);
    for (int i = 0; i < n; i++) {
      assertEquals(own[i], RateReliability.weight(count[i], standardError[i], prior), 0);
    }
  }
}
