package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoherenceMaskerTest {

  @Test
  void marksValidPixelsAtOrAboveTheThreshold() {
    float[] coh = {0.1f, 0.3f, 0.29f, 0.9f};
    float[] re = {1, 1, 1, 1};
    float[] im = {0, 0, 0, 0};
    byte[] mask = new byte[4];
    CoherenceMasker.mask(coh, re, im, 0.3f, mask);
    assertArrayEquals(new byte[] {0, 1, 0, 1}, mask);
  }

  @Test
  void masksInvalidInterferogramSamplesWhateverTheirCoherence() {
    float[] coh = {0.9f, 0.9f, 0.9f, 0.9f, Float.NaN};
    float[] re = {Float.NaN, 1, 0, 0, 1};
    float[] im = {0, Float.POSITIVE_INFINITY, 0, 1, 1};
    byte[] mask = new byte[5];
    CoherenceMasker.mask(coh, re, im, 0.3f, mask);
    assertArrayEquals(new byte[] {0, 0, 0, 1, 0}, mask);
  }

  @Test
  void masksZeroCoherenceAsNoDataEvenAtAZeroThreshold() {
    byte[] mask = new byte[3];
    CoherenceMasker.mask(new float[] {0f, 0.01f, 0f}, new float[] {1, 1, 1}, new float[] {0, 0, 0},
        0f, mask);
    assertArrayEquals(new byte[] {0, 1, 0}, mask);
  }

  @Test
  void masksEverythingAtANaNThreshold() {
    byte[] mask = {1, 1};
    CoherenceMasker.mask(new float[] {0.5f, 1f}, new float[] {1, 1}, new float[] {0, 0},
        Float.NaN, mask);
    assertArrayEquals(new byte[] {0, 0}, mask);
  }

  @Test
  void rejectsArraysOfDifferentLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoherenceMasker.mask(new float[3], new float[2], new float[2], 0.3f, new byte[2]));
    assertTrue(e.getMessage().contains("coherence 3"), e.getMessage());
  }
}
