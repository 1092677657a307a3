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
  void anInfinitePartIsNoDataAsDlMaskReadsIt() {
    // Math.atan2 gives an infinite part an angle (0, pi/2), which was unwrapped where DL-Mask,
    // Phase-Gradient-Stack and CONTRACT.md section 1 see no data
    float inf = Float.POSITIVE_INFINITY;
    float[] phase = new float[3];
    float[] weight = new float[3];

    UnwrapInput.of(new float[] {inf, 0.5f, -inf}, new float[] {1f, -inf, inf},
        new float[] {0.9f, 0.9f, 0.9f}, null, 0.3f, phase, weight);

    assertArrayEquals(new float[] {Float.NaN, Float.NaN, Float.NaN}, phase);
    assertArrayEquals(new float[] {0f, 0f, 0f}, weight);
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
