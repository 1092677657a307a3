package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class StratifiedDelayTest {

  @Test
  void theElevationTermIsFittedOnTheRingAndRemovedEverywhereLeavingTheMotion() {
    PixelBox detection = new PixelBox(20, 20, 40, 40);
    PixelBox patch = detection.grownWithin(20, 200, 200);
    boolean[] ring = ReferenceRing.of(patch, detection, List.of(), 10);
    int w = patch.width();
    int n = w * patch.height();
    float[] elevation = new float[n];
    float[] phase = new float[n];
    float[] coherence = new float[n];
    Arrays.fill(coherence, 0.9f);
    double k = 0.002; // rad per metre
    for (int i = 0; i < n; i++) {
      int x = i % w + patch.x0();
      int y = i / w + patch.y0();
      elevation[i] = 800 + 12f * x + 5f * y;
      double motion = detection.contains(x, y) ? -3 : 0; // the moving ground lies outside the ring
      phase[i] = (float) (0.7 + k * elevation[i] + motion);
    }
    double fitted = StratifiedDelay.remove(phase, coherence, elevation, ring);

    assertEquals(k, fitted, 1e-6);
    float outside = phase[0];
    float inside = phase[(30 - patch.y0()) * w + (30 - patch.x0())];
    assertEquals(-3, inside - outside, 1e-3);
  }

  @Test
  void flatGroundIsLeftAlone() {
    PixelBox patch = PixelBox.of(0, 0, 30, 30);
    boolean[] ring = ReferenceRing.of(patch, null, List.of(), 0);
    float[] phase = new float[900];
    Arrays.fill(phase, 1f);
    float[] coherence = new float[900];
    Arrays.fill(coherence, 0.9f);
    float[] elevation = new float[900];
    Arrays.fill(elevation, 120f);
    assertEquals(0, StratifiedDelay.remove(phase, coherence, elevation, ring));
    assertEquals(1f, phase[450]);
  }
}
