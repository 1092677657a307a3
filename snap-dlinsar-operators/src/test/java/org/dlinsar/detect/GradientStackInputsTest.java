package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradientStackInputsTest {

  @Test
  void givesEachRateTimesItsReliabilityNanWithoutTwoPairsAndClipsOutliers() {
    int n = 64;
    float[] az = new float[n];
    float[] rg = new float[n];
    float[] count = new float[n];
    float[] se = new float[n];
    for (int i = 0; i < n; i++) {
      az[i] = 0.01f * (i % 7 - 3);
      rg[i] = -0.02f * (i % 5 - 2);
      count[i] = 20;
      se[i] = 0.05f;
    }
    count[3] = 1;
    se[3] = Float.POSITIVE_INFINITY;
    az[9] = 50f;
    rg[11] = Float.NaN;
    float[][] planes = new float[2][n];
    GradientStackInputs.fill(az, rg, count, se, planes);

    float[] weight = new float[n];
    RateReliability.weights(count, se, n, weight);
    assertEquals(az[0] * weight[0], planes[0][0], 1e-6);
    assertEquals(rg[0] * weight[0], planes[1][0], 1e-6);
    assertTrue(Float.isNaN(planes[0][3]) && Float.isNaN(planes[1][3]), "a single pair: no rate");
    assertEquals(GradientStackInputs.CLIP, planes[0][9], "an outlier is clipped");
    assertTrue(Float.isNaN(planes[0][11]), "no range rate: no input at all");
    assertTrue(Arrays.stream(new int[] {0, 1, 2, 4}).allMatch(i -> weight[i] > 0));
  }
}
