package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.ifg.Pair;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A river across a patch: the far bank's phase comes a cycle off in the pairs the unwrapper
 * bridged wrongly, as a step in time that no triplet closure sees (every triplet closes). Tied
 * to its own part of the ring, the far bank's velocities match the truth.
 */
class RingComponentsTest {

  static final int SIZE = 48;
  static final PixelBox PATCH = PixelBox.of(100, 200, SIZE, SIZE);
  static final PixelBox DETECTION = PixelBox.of(116, 216, 16, 16);
  static final int GAP = 8;
  /** The river: columns 30 to 32 of the patch, all rows; the far bank lies right of it. */
  static final int RIVER_FROM = 30;
  static final int RIVER_TO = 33;
  static final double BOWL_MM_PER_YEAR = -100;

  @Test
  void aFarBankACycleOffInSomePairsIsTiedBackToTheRing() {
    SbasNetwork network = SbasNetwork.of(SbasInversionTest.network(11, 2));
    int pairs = network.pairCount();
    int n = SIZE * SIZE;
    double[][] seriesMm = new double[n][];
    float[][] phase = new float[pairs][n];
    float[][] coherence = new float[pairs][n];
    for (int i = 0; i < n; i++) {
      seriesMm[i] = series(network, i);
      float[] truth = SbasInversionTest.phases(network, seriesMm[i]);
      int x = i % SIZE;
      for (int p = 0; p < pairs; p++) {
        boolean river = x >= RIVER_FROM && x < RIVER_TO;
        // the far bank a cycle off in every pair across date 5: a step no closure sees
        boolean off = x >= RIVER_TO && network.reference(p) < 5 && network.secondary(p) >= 5;
        phase[p][i] = river ? Float.NaN : truth[p] + (off ? (float) (2 * Math.PI) : 0f);
        coherence[p][i] = river ? 0f : 0.9f;
      }
    }
    PatchSbas sbas = new PatchSbas(new SbasInversion(network, SbasInversionTest.WAVELENGTH, pairs / 2),
        new RowColumnUnwrapper());
    PatchResult r = sbas.run(new PatchStack(PATCH, phase, coherence, true), DETECTION, List.of(), GAP);
    double worst = 0;
    int farBank = 0;
    for (int i = 0; i < n; i++) {
      float v = r.velocityMmPerYear()[i];
      if (Float.isNaN(v)) {
        continue;
      }
      farBank += i % SIZE >= RIVER_TO ? 1 : 0;
      worst = Math.max(worst, Math.abs(v - network.velocityMmPerYear(seriesMm[i])));
    }
    assertEquals((SIZE - RIVER_TO) * SIZE, farBank, "far-bank pixels with a velocity");
    assertTrue(worst < 0.5, "largest velocity error " + worst + " mm/year");
  }

  @Test
  void anIslandWithoutRingPixelsKeepsItsOffsetAndTheMainPartIsLeftAlone() {
    int w = 30;
    int h = 30;
    boolean[] ring = new boolean[w * h];
    float[] phase = new float[w * h];
    float[] coherence = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        ring[i] = x < 5 || x >= 25 || y < 5 || y >= 25;
        coherence[i] = 0.8f;
        // a moat of no data around an island in the middle, 10..19
        boolean moat = x >= 9 && x <= 20 && y >= 9 && y <= 20 && !(x >= 10 && x <= 19 && y >= 10 && y <= 19);
        boolean island = x >= 10 && x <= 19 && y >= 10 && y <= 19;
        phase[i] = moat ? Float.NaN : 0.1f * x + (island ? (float) (4 * Math.PI) : 0f);
      }
    }
    float[] before = phase.clone();
    assertEquals(0, RingComponents.tie(phase, coherence, ring, w, h, new float[w * h]));
    assertTrue(Arrays.equals(before, phase), "phase changed");
  }

  /** Still ground but for a bowl of {@value #BOWL_MM_PER_YEAR} mm/year around the detection's centre. */
  private static double[] series(SbasNetwork network, int i) {
    double dx = i % SIZE - 24;
    double dy = i / SIZE - 24;
    double shape = Math.exp(-(dx * dx + dy * dy) / (2 * 5.0 * 5.0));
    double[] mm = new double[network.dateCount()];
    for (int d = 0; d < mm.length; d++) {
      mm[d] = BOWL_MM_PER_YEAR * shape * 12 * d / 365.25;
    }
    return mm;
  }
}
