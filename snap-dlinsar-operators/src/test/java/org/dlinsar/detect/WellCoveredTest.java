package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A network's landslide box needs pixels most interferograms saw, as a visible site does. */
class WellCoveredTest {

  @Test
  void tenPixelsOfHalfTheStackAreEnough() {
    float[] counts = new float[100];
    Arrays.fill(counts, 3f); // vegetation: 3 of 19 interferograms
    for (int i = 0; i < 9; i++) {
      counts[i] = 10f;
    }
    assertFalse(LandslideRun.wellCovered(counts, 19f), "9 pixels of 10 of 19");
    counts[9] = 9.5f;
    assertTrue(LandslideRun.wellCovered(counts, 19f), "10 pixels of at least 9.5 of 19");
  }

  @Test
  void pixelsWithoutRatesCountForNothing() {
    float[] counts = new float[100];
    Arrays.fill(counts, Float.NaN);
    assertFalse(LandslideRun.wellCovered(counts, 19f));
  }
}
