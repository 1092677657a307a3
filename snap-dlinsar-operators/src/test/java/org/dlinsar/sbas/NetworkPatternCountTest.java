package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code network_patterns} counts the patterns of a run's patches whichever caches solved them:
 * one cache shared by every patch (one machine), or one per patch (bin/dlinsar-spark's tasks).
 */
class NetworkPatternCountTest {

  @Test
  void patchesSolvedWithOneCacheOrTheirOwnCountTheSamePatterns() {
    SbasNetwork network = SbasNetwork.of(SbasInversionTest.network(4, 2));
    SbasInversion shared = new SbasInversion(network, 0.0555, 2);
    List<BitSet[]> oneMachine = new ArrayList<>();
    List<BitSet[]> ownCaches = new ArrayList<>();
    // three patches: pixels with all pairs, pair 0 missing, pair 3 missing; the second patch repeats one
    int pairs = network.pairCount();
    float[][][] patches = {{pixel(-1, pairs), pixel(0, pairs)}, {pixel(0, pairs), pixel(-1, pairs)},
        {pixel(3, pairs)}};
    for (float[][] patch : patches) {
      SbasInversion oneOfMany = shared.sharingPatterns();
      SbasInversion alone = new SbasInversion(network, 0.0555, 2);
      for (float[] phase : patch) {
        float[] weight = new float[phase.length];
        java.util.Arrays.fill(weight, 1);
        oneOfMany.invert(phase, weight, new double[network.dateCount()]);
        alone.invert(phase, weight, new double[network.dateCount()]);
      }
      oneMachine.add(oneOfMany.takeUsedPatterns());
      ownCaches.add(alone.takeUsedPatterns());
    }

    assertEquals(3, SbasInversion.patternCount(oneMachine));
    assertEquals(3, SbasInversion.patternCount(ownCaches));
    assertEquals(2, oneMachine.get(1).length, "each patch says the patterns it used, cached or not by it");
  }

  /** A pixel's phases over the network's pairs, pair {@code missing} without data (-1: none missing). */
  private static float[] pixel(int missing, int pairs) {
    float[] phase = new float[pairs];
    for (int p = 0; p < phase.length; p++) {
      phase[p] = p == missing ? Float.NaN : 0.1f * (p + 1);
    }
    return phase;
  }
}
