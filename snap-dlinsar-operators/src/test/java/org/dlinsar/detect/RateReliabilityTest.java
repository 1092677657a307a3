package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Weights of stacked rates from their pairs and standard error: a frame of rates of 87 pairs
 * with scatter 1 (typical), and a few pixels of 3 pairs, as at the edge of decorrelated forest.
 */
class RateReliabilityTest {

  private static final int N = 1000;
  private static final int MANY = 87;

  /** Counts and errors of a frame whose rates have scatter 1 over 87 pairs, but at pixel 0. */
  private static float[][] frame(float count, float scatter) {
    float[] counts = new float[N];
    float[] errors = new float[N];
    Arrays.fill(counts, MANY);
    Arrays.fill(errors, (float) (1 / Math.sqrt(MANY - 1)));
    counts[0] = count;
    errors[0] = count >= 2 ? (float) (scatter / Math.sqrt(count - 1)) : Float.POSITIVE_INFINITY;
    return new float[][] {counts, errors};
  }

  private static float[] weights(float[][] frame) {
    float[] w = new float[N];
    RateReliability.weights(frame[0], frame[1], N, w);
    return w;
  }

  @Test
  void aRateOfManyPairsWeighsTheInverseOfItsOwnError() {
    float[] w = weights(frame(MANY, 0.5f));
    assertEquals(Math.sqrt(MANY), w[1], 1e-3 * Math.sqrt(MANY));
    // half the typical scatter: its own error, moderated by 4 pairs' worth of the typical one
    double moderated = (4 * 1 + (MANY - 1) * 0.25) / (4 + MANY - 1);
    assertEquals(Math.sqrt(MANY / moderated), w[0], 1e-3 * w[0]);
  }

  @Test
  void threePairsThatAgreeByChanceWeighNoMoreThanTheirCountWithTheTypicalScatter() {
    float[] w = weights(frame(3, 0.01f));
    // (4 + 2 * 0.0001) / 6 of the typical variance at most: sqrt(3 * 1.5)
    assertTrue(w[0] <= Math.sqrt(3 * 1.5) * 1.001, "weight " + w[0]);
    assertTrue(w[0] < w[1] / 4, "weight " + w[0] + " against " + w[1] + " for 87 pairs");
  }

  @Test
  void threeScatteredPairsWeighLessThanThreeTypicalOnes() {
    float noisy = weights(frame(3, 5f))[0];
    float typical = weights(frame(3, 1f))[0];
    assertEquals(Math.sqrt(3), typical, 1e-3);
    assertTrue(noisy < typical / 2.5, noisy + " against " + typical);
  }

  @Test
  void noRateOrASinglePairWeighsNothing() {
    assertEquals(0f, weights(frame(1, 0))[0]);
    float[][] none = frame(0, 0);
    none[1][0] = Float.NaN;
    assertEquals(0f, weights(none)[0]);
  }

  @Test
  void noiseFreeRatesFallBackOnTheirCount() {
    float[][] exact = frame(MANY, 0);
    Arrays.fill(exact[1], 0f);
    exact[0][0] = 9;
    float[] w = weights(exact);
    assertEquals(Math.sqrt(MANY), w[1], 1e-4);
    assertEquals(3f, w[0], 1e-6);
  }

  @Test
  void ratesScatteredOnlyByRoundingAreNoiseFree() {
    // an interferogram stack of one constant phase: Phase-Gradient-Stack gives rate -3.6e-6 and
    // scatter about 1e-9 rad/pixel/year (atan2's and the window sums' rounding), which as a
    // typical scatter made every rate a t of thousands, clipped to 20: a frame of uniform motion
    float[][] constant = frame(3, 0);
    Arrays.fill(constant[0], 3f);
    Arrays.fill(constant[1], 1.2e-9f);
    float[] w = weights(constant);
    assertEquals(Math.sqrt(3), w[1], 1e-4);
    float[][] planes = {new float[N], new float[N]};
    float[] rate = new float[N];
    Arrays.fill(rate, -3.6e-6f);
    GradientStackInputs.fill(rate, rate, constant[0], constant[1], planes);
    assertTrue(Math.abs(planes[0][1]) < 1e-4 && Math.abs(planes[1][1]) < 1e-4,
        "the network sees " + planes[0][1] + ", " + planes[1][1] + " where nothing moves");
  }
}
