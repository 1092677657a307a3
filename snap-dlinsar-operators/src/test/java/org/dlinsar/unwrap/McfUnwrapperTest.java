package org.dlinsar.unwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The minimum-cost-flow unwrapper on small fields whose answer is known exactly. */
class McfUnwrapperTest {

  private static final double TWO_PI = 2 * Math.PI;

  @Test
  void aSteepRampWithoutResiduesComesBackExactly() {
    int w = 40;
    int h = 30;
    float[] truth = new float[w * h];
    float[] phase = new float[w * h];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = (float) (2.8 * (i % w) - 1.9 * (i / w) + 0.3);
      phase[i] = WrappedGradients.wrap(truth[i]);
    }
    float[] out = new McfUnwrapper().unwrap(phase, ones(w * h), w, h);
    for (int i = 0; i < truth.length; i++) {
      assertEquals(truth[i], out[i], 1e-3, "pixel " + i);
    }
  }

  @Test
  void residuesFromAnIncoherentBlotchAreCutThroughItAndOutputIsCongruent() {
    int w = 48;
    int h = 48;
    float[] truth = new float[w * h];
    float[] phase = new float[w * h];
    float[] weight = ones(w * h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        truth[i] = (float) (25 * Math.exp(-((x - 24) * (x - 24) + (y - 24) * (y - 24)) / 120.0));
        phase[i] = WrappedGradients.wrap(truth[i]);
        if (Math.abs(x - 30) <= 1 && Math.abs(y - 20) <= 1) {
          // phase of low-coherence pixels is garbage: it makes residues
          phase[i] = WrappedGradients.wrap(truth[i] + 2.5 * ((x + 3 * y) % 3 - 1));
          weight[i] = 0.05f;
        }
      }
    }
    WrappedGradients g = WrappedGradients.of(phase, new PhaseGrid(w, h));
    int residues = 0;
    for (int q : g.residues()) {
      residues += Math.abs(q);
    }
    assertTrue(residues > 0, "the blotch was meant to make residues");
    float[] out = new McfUnwrapper().unwrap(phase, weight, w, h);
    boolean[] good = new boolean[w * h];
    for (int i = 0; i < good.length; i++) {
      good[i] = weight[i] == 1;
      double cycles = (out[i] - phase[i]) / TWO_PI;
      assertEquals(Math.rint(cycles), cycles, 1e-4, "not congruent at pixel " + i);
    }
    assertEquals(1.0, UnwrapScore.of(out, truth, good).success());
  }

  @Test
  void noDataIsNaNAndDoesNotSpreadIntoTheRest() {
    int w = 20;
    int h = 10;
    float[] phase = new float[w * h];
    float[] weight = ones(w * h);
    phase[5] = Float.NaN;
    weight[17] = 0;
    float[] out = new McfUnwrapper().unwrap(phase, weight, w, h);
    for (int i = 0; i < out.length; i++) {
      assertEquals(i == 5 || i == 17, Float.isNaN(out[i]), "pixel " + i);
    }
  }

  @Test
  void arraysOfTheWrongLengthAreRefusedNamingTheArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Unwrappers.classical().unwrap(new float[12], new float[11], 4, 3));
    assertTrue(e.getMessage().startsWith("weight must hold width * height = 4 * 3 = 12 values, got 11"),
        e.getMessage());
  }

  private static float[] ones(int n) {
    float[] w = new float[n];
    java.util.Arrays.fill(w, 1f);
    return w;
  }
}
