package org.dlinsar.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectTest {

  @Test
  void findsTheKthSmallestAsSortingWould() {
    Random random = new Random(3);
    for (int n : new int[] {1, 2, 7, 100, 1001}) {
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(50); // many ties
      }
      float[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int k : new int[] {0, n / 3, n / 2, n - 1}) {
        assertEquals(sorted[k], Select.kth(values.clone(), n, k), 0f, "n " + n + " k " + k);
      }
    }
  }
}
