package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectionScoreTest {

  @Test
  void risesWithSignificanceFromZeroTowardOneAndInvertsExactly() {
    assertEquals(0, DetectionScore.of(0), 0);
    assertEquals(0.5, DetectionScore.of(DetectionScore.HALF_Z), 1e-12);
    assertTrue(DetectionScore.of(30) > DetectionScore.of(20));
    assertTrue(DetectionScore.of(1e9) < 1);
    for (double score : new double[] {0, 0.3, 0.5, 0.9}) {
      assertEquals(score, DetectionScore.of(DetectionScore.significance(score)), 1e-12);
    }
    assertEquals(Double.POSITIVE_INFINITY, DetectionScore.significance(1), 0);
    assertThrows(IllegalArgumentException.class, () -> DetectionScore.significance(1.5));
  }
}
