package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class ReferenceRingTest {

  @Test
  void theRingNeverTouchesTheDetectionItsGapOrAnotherDetection() {
    PixelBox detection = new PixelBox(40, 30, 60, 45);
    PixelBox patch = detection.grownWithin(24, 100, 70); // clipped at the frame's bottom
    PixelBox other = new PixelBox(70, 20, 80, 30);
    boolean[] ring = ReferenceRing.of(patch, detection, List.of(other), 12);
    int inRing = 0;
    for (int y = patch.y0(); y < patch.y1(); y++) {
      for (int x = patch.x0(); x < patch.x1(); x++) {
        boolean in = ring[(y - patch.y0()) * patch.width() + (x - patch.x0())];
        if (in) {
          inRing++;
          assertFalse(detection.contains(x, y), "(" + x + ", " + y + ") inside the detection");
          assertFalse(other.contains(x, y), "(" + x + ", " + y + ") inside another detection");
          assertTrue(ReferenceRing.distance(detection, x, y) > 12);
        }
      }
    }
    assertTrue(inRing > 1000, "ring of " + inRing + " pixels");
  }

  @Test
  void theReferenceIsTheMedianOfStableCoherentRingPixelsNotOfTheMovingOnes() {
    PixelBox detection = new PixelBox(10, 10, 20, 20);
    PixelBox patch = detection.grownWithin(10, 100, 100);
    boolean[] ring = ReferenceRing.of(patch, detection, List.of(), 4);
    int n = patch.width() * patch.height();
    float[] phase = new float[n];
    float[] coherence = new float[n];
    Arrays.fill(coherence, 0.8f);
    for (int y = 0; y < patch.height(); y++) {
      for (int x = 0; x < patch.width(); x++) {
        int i = y * patch.width() + x;
        boolean near = ReferenceRing.distance(detection, x + patch.x0(), y + patch.y0()) <= 4;
        phase[i] = near ? 50f : 1.25f; // the moving ground and its flanks far off
        if (!near && x == 0) {
          phase[i] = -30f;       // a decorrelated column: not stable
          coherence[i] = 0.2f;
        }
      }
    }
    assertEquals(1.25, ReferenceRing.median(phase, coherence, ring, new float[n]), 1e-6);
  }

  /**
   * A ring in forest (every pixel under coherence 0.5) is referenced to all its valid pixels, and
   * says so, which the log names per detection (PatchWarnings.weakReference); one of stable ground
   * says it stands on it.
   */
  @Test
  void aRingWithoutStableGroundIsReferencedToAllItsPixelsSayingSo() {
    PixelBox detection = new PixelBox(10, 10, 20, 20);
    PixelBox patch = detection.grownWithin(10, 100, 100);
    boolean[] ring = ReferenceRing.of(patch, detection, List.of(), 4);
    int n = patch.width() * patch.height();
    float[] phase = new float[n];
    Arrays.fill(phase, 0.5f);
    float[] coherence = new float[n];
    Arrays.fill(coherence, 0.3f);

    ReferenceRing.Reference forest = ReferenceRing.reference(phase, coherence, ring, new float[n]);
    Arrays.fill(coherence, 0.7f);
    ReferenceRing.Reference stable = ReferenceRing.reference(phase, coherence, ring, new float[n]);

    assertEquals(new ReferenceRing.Reference(0.5, false), forest);
    assertEquals(new ReferenceRing.Reference(0.5, true), stable);
  }

  @Test
  void aRingWithoutValidPixelsGivesNoReference() {
    PixelBox detection = new PixelBox(0, 0, 10, 10);
    PixelBox patch = detection.grownWithin(4, 12, 12);
    boolean[] ring = ReferenceRing.of(patch, detection, List.of(), 2);
    int n = patch.width() * patch.height();
    float[] coherence = new float[n];
    Arrays.fill(coherence, 0.9f);
    assertTrue(Double.isNaN(ReferenceRing.median(new float[n], coherence, ring, new float[n])));
  }
}
