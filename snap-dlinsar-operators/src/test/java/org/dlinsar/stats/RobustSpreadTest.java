package org.dlinsar.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustSpreadTest {

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertEquals(3.0, RobustSpread.median(new float[] {5, 1, 3}, 3), 0);
    assertEquals(2.5, RobustSpread.median(new float[] {4, 1, 3, 2}, 4), 0);
    assertEquals(2.5, RobustSpread.median(new double[] {4, 1, 3, 2}), 0);
    // only the first n count
    assertEquals(1.5, RobustSpread.median(new float[] {2, 1, 100, 100}, 2), 0);
  }

  @Test
  void theSigmaOfGaussianSamplesIsTheirStandardDeviationDespiteOutliers() {
    Random random = new Random(11);
    int n = 40_000;
    float[] floats = new float[n];
    double[] doubles = new double[n];
    for (int i = 0; i < n; i++) {
      double v = i < n / 50 ? 1e4 : -1.0 + 3.0 * random.nextGaussian(); // 2 % outliers
      floats[i] = (float) v;
      doubles[i] = v;
    }
    double median = RobustSpread.median(doubles);
    assertEquals(-1.0, median, 0.1);
    assertEquals(3.0, RobustSpread.sigma(doubles, median), 0.15);
    assertEquals(median, RobustSpread.median(floats.clone(), n), 1e-5);
    assertEquals(RobustSpread.sigma(doubles, median), RobustSpread.sigma(floats, n, median), 1e-4);
  }
}
