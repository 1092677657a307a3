package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The coherence an import estimates where a pair has no coherence file, against known samples. */
class WindowCoherenceTest {

  private static final int N = 7;

  /** An N x N fcomplex block of 1 + 0i but at the centre, which is {@code re} + {@code im}i. */
  private static float[] block(float re, float im) {
    float[] z = new float[2 * N * N];
    for (int k = 0; k < N * N; k++) {
      z[2 * k] = 1f;
    }
    int centre = N * N / 2;
    z[2 * centre] = re;
    z[2 * centre + 1] = im;
    return z;
  }

  /**
   * A sample without phase takes no part in its neighbours' windows and gets 0 itself, whether
   * it is NaN, 0 + 0i or has an infinite part (CONTRACT.md section 1): an infinite one made every
   * window holding it NaN.
   */
  @Test
  void aSampleWithoutPhaseTakesNoPartAndGetsZero() {
    for (float[] centre : new float[][] {{Float.NaN, 0f}, {0f, 0f}, {Float.POSITIVE_INFINITY, 0f},
        {1f, Float.NEGATIVE_INFINITY}}) {
      float[] coherence = WindowCoherence.estimate(block(centre[0], centre[1]), N, N, 0, 0, N, N);
      for (int k = 0; k < N * N; k++) {
        float expected = k == N * N / 2 ? 0f : 1f;
        assertEquals(expected, coherence[k], 1e-6f,
            "pixel " + k + " with the centre " + centre[0] + " + " + centre[1] + "i");
      }
    }
  }
}
