package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DataCoverageTest {

  @Test
  void countsTheSamplesWithDataInAnyBoxAsALoopWould() {
    int w = 23;
    int h = 17;
    float[] field = new float[w * h];
    Random random = new Random(5);
    for (int i = 0; i < field.length; i++) {
      field[i] = random.nextDouble() < 0.6 ? (float) random.nextGaussian() : 0f;
    }
    int[] table = DataCoverage.summedArea(field, w, h);
    // a table left by a larger field, as a scan's strips reuse theirs, counts the same
    int[] reused = new int[(h + 9) * (w + 1)];
    Arrays.fill(reused, 12345);
    DataCoverage.summedArea(field, w, h, reused);
    for (int trial = 0; trial < 200; trial++) {
      int x0 = random.nextInt(w + 10) - 5;
      int y0 = random.nextInt(h + 10) - 5;
      int x1 = x0 + random.nextInt(12);
      int y1 = y0 + random.nextInt(12);
      int expected = 0;
      for (int y = Math.max(0, y0); y < Math.min(h, y1); y++) {
        for (int x = Math.max(0, x0); x < Math.min(w, x1); x++) {
          expected += field[y * w + x] != 0f ? 1 : 0;
        }
      }
      assertEquals(expected, DataCoverage.inBox(table, w, h, x0, y0, x1, y1),
          "box " + x0 + "," + y0 + " to " + x1 + "," + y1);
      assertEquals(expected, DataCoverage.inBox(reused, w, h, x0, y0, x1, y1),
          "reused table, box " + x0 + "," + y0 + " to " + x1 + "," + y1);
    }
  }
}
