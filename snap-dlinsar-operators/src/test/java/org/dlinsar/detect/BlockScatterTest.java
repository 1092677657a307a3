package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          count[y * w + x] = 20;
          standardError[y * w + x] = scatterAt(x0 + x) / (float) Math.sqrt(19);
        }
      }
    }, W, H);
  }

  @Test
  void aPixelHasOneTypicalScatterWhateverRectangleIsRead() {
    AtomicInteger reads = new AtomicInteger();
    BlockScatter blocks = blocks(reads);
    double[] strip = new double[W * 40];
    blocks.fill(0, 230, W, 40, strip);
    double[] window = new double[9];
    blocks.fill(262, 249, 3, 3, window);
    // pixel (263, 250): in the strip at row 20, column 263; in the window at its centre
    assertEquals(strip[20 * W + 263], window[4], 0);
    // the strip spans the four blocks (rows 230-269 cross row 256), each read once; the window none
    assertEquals(4, reads.get());
  }

  @Test
  void eachBlockHasItsOwnScatter() {
    BlockScatter blocks = blocks(new AtomicInteger());
    double[] row = new double[W];
    blocks.fill(0, 0, W, 1, row);
    // the first block holds 150 columns of scatter 1 and 106 of 3: its median 1; the second, 3
    assertEquals(1, row[0], 1e-6);
    assertEquals(3, row[W - 1], 1e-6);
    assertNotEquals(row[0], row[W - 1]);
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
    double[] prior = new double[n];
    java.util.Arrays.fill(prior, RateReliability.typicalScatter(count, standardError, n));
    float[] given = new float[n];
    RateReliability.weights(count, standardError, prior, n, given);
    for (int i = 0; i < n; i++) {
      assertEquals(own[i], given[i], 0);
    }
  }
}
