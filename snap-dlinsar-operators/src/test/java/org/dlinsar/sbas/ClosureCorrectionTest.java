package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClosureCorrectionTest {

  private static final double TWO_PI = 2 * Math.PI;

  @Test
  void anInjectedTwoPiJumpIsFoundAndRemoved() {
    SbasNetwork net = SbasNetwork.of(SbasInversionTest.network(15, 3));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -40 * net.epochYears(d);
    }
    float[] clean = SbasInversionTest.phases(net, truth);
    Random random = new Random(7);
    for (int p = 0; p < clean.length; p++) {
      clean[p] += (float) (0.3 * random.nextGaussian()); // closure noise well under pi
    }
    float[] weight = new float[clean.length];
    Arrays.fill(weight, 1);
    for (int jumped : new int[] {5, 17, 30}) {
      float[] phase = clean.clone();
      phase[jumped] += (float) (-TWO_PI);
      int changed = new ClosureCorrection(net).correct(phase, weight);

      assertEquals(1, changed, "pair " + jumped);
      for (int p = 0; p < phase.length; p++) {
        assertEquals(clean[p], phase[p], 1e-4, "pair " + p + " after a jump in pair " + jumped);
      }
    }
  }

  @Test
  void twoJumpsInDifferentPairsAreBothRemoved() {
    SbasNetwork net = SbasNetwork.of(SbasInversionTest.network(15, 3));
    float[] clean = new float[net.pairCount()];
    float[] phase = clean.clone();
    phase[8] += (float) TWO_PI;
    phase[21] -= (float) (2 * TWO_PI);
    float[] weight = new float[clean.length];
    Arrays.fill(weight, 1);
    int changed = new ClosureCorrection(net).correct(phase, weight);
    assertEquals(2, changed);
    assertEquals(0, phase[8], 1e-5);
    assertEquals(0, phase[21], 1e-5);
  }

  @Test
  void consistentPhasesAreLeftAlone() {
    SbasNetwork net = SbasNetwork.of(SbasInversionTest.network(10, 2));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = 150 * net.epochYears(d); // several cycles per pair: closure stays 0
    }
    float[] phase = SbasInversionTest.phases(net, truth);
    float[] before = phase.clone();
    float[] weight = new float[phase.length];
    Arrays.fill(weight, 1);
    assertEquals(0, new ClosureCorrection(net).correct(phase, weight));
    assertEquals(Arrays.toString(before), Arrays.toString(phase));
  }
}
