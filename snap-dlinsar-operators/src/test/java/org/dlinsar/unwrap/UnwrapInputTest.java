package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnwrapInputTest {

  // five samples: coherent, below the threshold, NaN coherence, 0 + 0i, NaN phase
  private static final float[] REAL = {0f, 1f, 1f, 0f, Float.NaN};
  private static final float[] IMAGINARY = {1f, 0f, 0f, 0f, 1f};
  private static final float[] COHERENCE = {0.8f, 0.2f, Float.NaN, 0.9f, 0.9f};

  @Test
  void weighsByCoherenceAndGivesNoDataAndLowCoherenceNone() {
    float[] phase = new float[5];
    float[] weight = new float[5];

    UnwrapInput.of(REAL, IMAGINARY, COHERENCE, null, 0.3f, phase, weight);

    assertEquals((float) (Math.PI / 2), phase[0], 1e-6f);
    assertEquals(0f, phase[1]);
    assertEquals(Float.NaN, phase[3]);
    assertEquals(Float.NaN, phase[4]);
    // NaN coherence is no data (CONTRACT.md section 1), not full coherence
    assertArrayEquals(new float[] {0.8f, 0f, 0f, 0f, 0f}, weight);
  }

  @Test
  void aMaskBandDecidesInsteadOfTheThreshold() {
    float[] phase = new float[5];
    float[] weight = new float[5];

    UnwrapInput.of(REAL, IMAGINARY, COHERENCE, new float[] {0f, 1f, 1f, 1f, 1f}, 0.3f, phase, weight);

    assertArrayEquals(new float[] {0f, 0.2f, 0f, 0f, 0f}, weight);
  }

  @Test
  void withoutACoherenceBandEverySampleWithDataWeighsOne() {
    float[] phase = new float[5];
    float[] weight = new float[5];

    UnwrapInput.of(REAL, IMAGINARY, null, null, 0.3f, phase, weight);

    assertArrayEquals(new float[] {1f, 1f, 1f, 0f, 0f}, weight);
  }
}
