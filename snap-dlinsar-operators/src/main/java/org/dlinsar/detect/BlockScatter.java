package org.dlinsar.detect;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The typical scatter s0 of the gradient stack's rates ({@link RateReliability}) per block of
 * {@value #BLOCK} x {@value #BLOCK} pixels on a grid fixed to the frame. The classical detector
 * reads its field in strips for the scan, then again in windows around each blob to measure it,
 * here or on a Spark driver after tasks scanned the strips; with s0 taken over the rectangle read,
 * a pixel's weight depended on the read, and a blob's box could differ by a pixel between one
 * machine and Spark. A block's s0 is read once and kept. On the 256 x 256 simulated scenes a
 * block is the frame, as a strip of the scan was.
 */
final class BlockScatter {

  /** Block edge, pixels. */
  static final int BLOCK = 256;

  /** Reads grad_count and grad_stderr over a rectangle inside the frame, row-major. */
  @FunctionalInterface
  interface Reader {
    void read(int x0, int y0, int w, int h, float[] count, float[] standardError);
  }

  private final Reader reader;
  private final int width;
  private final int height;
  private final int blocksX;
  private final ConcurrentHashMap<Integer, Double> byBlock = new ConcurrentHashMap<>();

  BlockScatter(Reader reader, int width, int height) {
    this.reader = reader;
    this.width = width;
    this.height = height;
    this.blocksX = (width + BLOCK - 1) / BLOCK;
  }

  /**
   * The weight of each rate of the rectangle (inside the frame), moderated toward its block's s0
   * ({@link RateReliability#weight}), row-major.
   *
   * @param count grad_count over the rectangle; not modified
   * @param standardError grad_stderr over it; may be {@code weight} itself
   * @param weight output; modified
   */
  void weights(int x0, int y0, int w, int h, float[] count, float[] standardError,
      float[] weight) {
    if (w <= 0 || h <= 0) {
      return;
    }
    // one look-up per block the rectangle meets
    for (int by = y0 / BLOCK; by <= (y0 + h - 1) / BLOCK; by++) {
      int ya = Math.max(y0, by * BLOCK);
      int yb = Math.min(y0 + h, (by + 1) * BLOCK);
      for (int bx = x0 / BLOCK; bx <= (x0 + w - 1) / BLOCK; bx++) {
        int xa = Math.max(x0, bx * BLOCK);
        int xb = Math.min(x0 + w, (bx + 1) * BLOCK);
        double s0 = typicalScatter(bx, by);
        for (int y = ya; y < yb; y++) {
          for (int i = (y - y0) * w + xa - x0, end = i + xb - xa; i < end; i++) {
            weight[i] = RateReliability.weight(count[i], standardError[i], s0);
          }
        }
      }
    }
  }

  /**
   * s0 of block (bx, by), kept once read; NaN when it has no rate of two pairs. The block is
   * read outside the map's lock: the reader fetches its tiles on the common fork-join pool, whose
   * worker may be the very thread asking for the same block meanwhile, and a lock held over the
   * read left each waiting on the other (DL-Detect in Spark tasks, local[3] on 2 cores, hung). Two
   * threads asking at once may both read it; they read the same samples, so the same s0.
   */
  double typicalScatter(int bx, int by) {
    int key = by * blocksX + bx;
    Double known = byBlock.get(key);
    if (known != null) {
      return known;
    }
    int x0 = bx * BLOCK;
    int y0 = by * BLOCK;
    int w = Math.min(BLOCK, width - x0);
    int h = Math.min(BLOCK, height - y0);
    float[] count = new float[w * h];
    float[] standardError = new float[w * h];
    reader.read(x0, y0, w, h, count, standardError);
    Double s0 = RateReliability.typicalScatter(count, standardError, w * h);
    Double first = byBlock.putIfAbsent(key, s0);
    return first != null ? first : s0;
  }
}
