package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
  void aSlideInsideAFullTileDoesNotTiltTheFit() {
    // scope FULL: the ring is the whole tile, and a slide on the upper slope moves with elevation
    PixelBox tile = PixelBox.of(0, 0, 100, 100);
    PixelBox slide = new PixelBox(70, 30, 90, 60);
    boolean[] ring = ReferenceRing.of(tile, null, List.of(), 0);
    int n = 100 * 100;
    float[] elevation = new float[n];
    float[] phase = new float[n];
    float[] coherence = new float[n];
    Arrays.fill(coherence, 0.9f);
    double k = 0.002;
    Random noise = new Random(5);
    for (int i = 0; i < n; i++) {
      int x = i % 100;
      int y = i / 100;
      elevation[i] = 500 + 10f * x;
      double motion = slide.contains(x, y) ? -0.01 * (elevation[i] - 1100) : 0;
      phase[i] = (float) (k * elevation[i] + motion + 0.1 * noise.nextGaussian());
    }
    double fitted = StratifiedDelay.remove(phase, coherence, elevation, ring);
    // least squares over every pixel gives k - 0.00045 here: a fifth of the delay read as motion
    assertEquals(k, fitted, 0.00005);
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
