package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlobExtentTest {

  private static final int SIZE = 40;

  /**
   * A blob scanned at the frame's first column whose smoothed response, zero beyond the frame,
   * is larger a pixel outside it (a positive column beside a negative band): the peak stays in
   * the frame, and so does the box. Its edge at -1 made the line filter read out of its arrays
   * and fail the whole run, or gave bbox_px -1 without a line filter.
   */
  @Test
  void thePeakAndBoxOfABlobAtTheFramesEdgeStayInTheFrame() {
    float[] field = new float[SIZE * SIZE];
    for (int y = 18; y < 23; y++) {
      field[y * SIZE + 1] = 1f;
      for (int x = 3; x < 9; x++) {
        field[y * SIZE + x] = -0.5f;
      }
    }
    DivergenceRows source = (x0, y0, w, h, out) -> {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int fx = x0 + x;
          int fy = y0 + y;
          out[y * w + x] = fx >= 0 && fx < SIZE && fy >= 0 && fy < SIZE ? field[fy * SIZE + fx] : 0f;
        }
      }
    };

    BlobExtent.Located blob = BlobExtent.measure(source, SIZE, SIZE, 0, 20, 2, true, 10);

    assertEquals(0, blob.peakX());
    assertTrue(blob.box().x0() >= 0 && blob.box().x1() <= SIZE, blob.box().toString());
  }
}
