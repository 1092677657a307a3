package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.sim.SiteClass;
import org.junit.jupiter.api.Test;

class DetectionScoreTest {

  @Test
  void risesWithSignificanceFromZeroTowardOneAndInvertsExactly() {
    for (SiteClass c : SiteClass.values()) {
      assertEquals(0, DetectionScore.of(0, c), 0);
      assertEquals(0.5, DetectionScore.of(DetectionScore.halfZ(c), c), 1e-12);
      assertTrue(DetectionScore.of(30, c) > DetectionScore.of(20, c));
      assertTrue(DetectionScore.of(1e9, c) < 1);
      for (double score : new double[] {0, 0.3, 0.5, 0.9}) {
        assertEquals(score, DetectionScore.of(DetectionScore.significance(score, c), c), 1e-12);
      }
      assertEquals(Double.POSITIVE_INFINITY, DetectionScore.significance(1, c), 0);
      assertThrows(IllegalArgumentException.class, () -> DetectionScore.significance(1.5, c));
    }
  }

  @Test
  void aBowlNeedsMoreSigmasThanASlideForTheSameScore() {
    assertEquals(5.25, DetectionScore.significance(0.5, SiteClass.SUBSIDENCE), 1e-12);
    assertEquals(4.5, DetectionScore.significance(0.5, SiteClass.LANDSLIDE), 1e-12);
  }
}
