package org.dlinsar.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Quickselect and the robust median against sorting, over many arrays with ties, and of odd
 * counts of doubles (mutation testing found both free to break).
 */
class RobustStatisticsAgainstSortingTest {

  /**
   * median(double[]) and sigma(double[]) of an odd count: the middle value. The existing tests
   * give the double versions even counts only (4 and 40 000 values).
   */
  @Test
  void theMedianAndSigmaOfAnOddCountOfDoublesUseTheMiddleValue() {
    assertEquals(3.0, RobustSpread.median(new double[] {5, 1, 3}), 0);
    assertEquals(2.0, RobustSpread.median(new double[] {100, 1, 2}), 0);
    // deviations from 3: 2, 1, 0, 1, 97; their median 1
    assertEquals(RobustSpread.MAD_TO_SIGMA, RobustSpread.sigma(new double[] {1, 2, 3, 4, 100}, 3), 0);
    assertEquals(RobustSpread.MAD_TO_SIGMA,
        RobustSpread.sigma(new float[] {1, 2, 3, 4, 100}, 5, 3), 1e-6);
  }

  /** Every k of many arrays (ties, sorted, reversed, constant) against sorting. */
  @Test
  void everyKthOfManyArraysIsWhatSortingGives() {
    SplittableRandom random = new SplittableRandom(17);
    for (int trial = 0; trial < 3000; trial++) {
      int n = 1 + random.nextInt(40);
      float[] values = new float[n];
      int kind = trial % 4;
      for (int i = 0; i < n; i++) {
        values[i] = switch (kind) {
          case 0 -> random.nextInt(4); // many ties
          case 1 -> (float) random.nextGaussian();
          case 2 -> i; // sorted
          default -> n - i; // reversed
        };
      }
      float[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int k = 0; k < n; k++) {
        assertEquals(sorted[k], Select.kth(values.clone(), n, k), 0f,
            "trial " + trial + " n " + n + " k " + k + " " + Arrays.toString(values));
      }
    }
  }
}
