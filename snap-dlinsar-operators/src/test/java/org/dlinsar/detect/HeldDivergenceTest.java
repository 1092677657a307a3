package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeldDivergenceTest {

  private static final int W = 37;
  private static final int H = 23;

  /** A field of distinct values, 0 outside the frame, counting its reads. */
  private static final class CountingField implements DivergenceRows {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public void fill(int x0, int y0, int w, int h, float[] out) {
      reads.incrementAndGet();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int fx = x0 + x;
          int fy = y0 + y;
          out[y * w + x] = fx < 0 || fy < 0 || fx >= W || fy >= H ? 0f : 1 + fy * W + fx;
        }
      }
    }
  }

  private static float[] read(DivergenceRows field, int x0, int y0, int w, int h) {
    float[] out = new float[w * h];
    field.fill(x0, y0, w, h, out);
    return out;
  }

  @Test
  void rowsAScanReadWholeAreServedFromMemoryAsTheSourceWouldServeThem() {
    CountingField source = new CountingField();
    DivergenceRows held = HeldDivergence.over(source, W, H);
    assertTrue(held instanceof HeldDivergence, "a small frame is held");
    // two strips with halos reaching beyond the frame, as BlobScanner reads them
    read(held, 0, -3, W, 15);
    read(held, 0, 9, W, 17);
    assertEquals(2, source.reads.get());

    // a blob's window across the frame's corner and the strips' border: no read of the source
    float[] window = read(held, -4, 6, 12, 20);
    assertEquals(2, source.reads.get());
    assertArrayEquals(read(new CountingField(), -4, 6, 12, 20), window);
  }

  @Test
  void rowsNotReadWholeComeFromTheSource() {
    CountingField source = new CountingField();
    DivergenceRows held = HeldDivergence.over(source, W, H);
    read(held, 0, 0, W, 10);
    read(held, 3, 10, 20, 5); // not whole rows: not held
    float[] window = read(held, 2, 8, 6, 5);
    assertEquals(3, source.reads.get(), "rows 10-12 were never read whole");
    assertArrayEquals(read(new CountingField(), 2, 8, 6, 5), window);
  }
}
