package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import java.util.Set;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class HeldBandsTest {

  private static final int W = 8;
  private static final int H = 6;

  private static float[] rows(int y0, int rows) {
    float[] values = new float[W * rows];
    for (int i = 0; i < values.length; i++) {
      values[i] = y0 * W + i;
    }
    return values;
  }

  @Test
  void aBandReadWholeIsServedOnceAFrameOfPixelsThenLeftToItsSource() {
    Product product = new Product("stack", "t", W, H);
    Band rate = product.addBand("grad_az", ProductData.TYPE_FLOAT32);
    rate.setNoDataValue(Double.NaN);
    rate.setNoDataValueUsed(true);
    Band count = product.addBand("grad_count", ProductData.TYPE_INT32);
    HeldBands held = HeldBands.of(List.of(rate, count), W, H);

    held.keep(rate, new Rectangle(0, 0, W, 4), rows(0, 4));
    held.keep(count, new Rectangle(0, 0, W, 4), rows(0, 4));
    held.keep(rate, new Rectangle(0, 3, W, 3), rows(3, 3));
    held.keep(count, new Rectangle(2, 4, 3, 2), new float[6]); // not whole rows
    assertEquals(Set.of(rate), held.whole());

    float[] top = new float[W * 2];
    assertTrue(held.serve(rate, new Rectangle(0, 0, W, 2), top));
    assertArrayEquals(rows(0, 2), top);
    float[] middle = new float[6];
    assertTrue(held.serve(rate, new Rectangle(2, 2, 3, 2), middle));
    assertArrayEquals(new float[] {18, 19, 20, 26, 27, 28}, middle);
    assertTrue(held.serve(rate, new Rectangle(0, 2, W, 4), new float[W * 4]));
    // a frame of pixels served: dropped, whatever was asked twice
    assertFalse(held.serve(rate, new Rectangle(0, 0, 1, 1), new float[1]));
    assertEquals(Set.of(), held.whole());
  }

  /** Detection's own reads after the scan (a box's coverage, its line filter) serve nothing. */
  @Test
  void copiesForDetectionAreNotCountedServed() {
    Product product = new Product("stack", "t", W, H);
    Band rate = product.addBand("grad_az", ProductData.TYPE_FLOAT32);
    HeldBands held = HeldBands.of(List.of(rate), W, H);
    held.keep(rate, new Rectangle(0, 0, W, H), rows(0, H));
    float[] frame = new float[W * H];
    for (int k = 0; k < 3; k++) {
      assertTrue(held.copy(rate, new Rectangle(0, 0, W, H), frame));
    }
    assertArrayEquals(rows(0, H), frame);
    assertTrue(held.serve(rate, new Rectangle(0, 0, W, H), frame), "still held for the target");
    assertFalse(held.copy(rate, new Rectangle(0, 0, W, H), frame), "released once served");
  }

  /**
   * A frame over one array is never held, however large the heap: with a heap of 64 GiB and more
   * 46341 x 46341 passed the heap test, and its int size wrapped negative (65536 x 65537: to 65536
   * samples, which the second row overran).
   */
  @Test
  void aFrameOverOneArrayIsNotHeldWhateverTheHeap() {
    long heap = Long.MAX_VALUE;
    assertTrue(KeptRows.fitHeap(4, 20000, 20000, heap), "1.6 GB a raster");
    assertFalse(KeptRows.fitHeap(1, 46341, 46341, heap));
    assertFalse(KeptRows.fitHeap(1, 65536, 65537, heap));
  }

  @Test
  void bandsWhoseFloatSamplesDifferFromTheirValuesAreNotHeld() {
    Product product = new Product("stack", "t", W, H);
    Band zeroNoData = product.addBand("grad_az", ProductData.TYPE_FLOAT32);
    zeroNoData.setNoDataValue(0);
    zeroNoData.setNoDataValueUsed(true);
    Band expression = product.addBand("grad_rg", ProductData.TYPE_FLOAT32);
    expression.setValidPixelExpression("grad_rg > 0");
    Band doubles = product.addBand("grad_stderr", ProductData.TYPE_FLOAT64);
    HeldBands held = HeldBands.of(List.of(zeroNoData, expression, doubles), W, H);
    for (Band band : List.of(zeroNoData, expression, doubles)) {
      held.keep(band, new Rectangle(0, 0, W, H), rows(0, H));
    }
    assertEquals(Set.of(), held.whole());
  }
}
