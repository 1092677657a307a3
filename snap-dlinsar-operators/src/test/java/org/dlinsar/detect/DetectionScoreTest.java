package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.sim.SiteClass;
import org.junit.jupiter.api.Test;

class DetectionScoreTest {

  /** A frame of the tuning scenes' size, 256 x 256, and larger ones. */
  private static final double A = 256 * 256;

  @Test
  void risesWithSignificanceFromZeroTowardOneAndInvertsExactly() {
    for (SiteClass c : SiteClass.values()) {
      assertEquals(0, DetectionScore.of(0, c, A), 0);
      assertEquals(0.5, DetectionScore.of(DetectionScore.halfZ(c, A), c, A), 1e-12);
      assertTrue(DetectionScore.of(30, c, A) > DetectionScore.of(20, c, A));
      assertTrue(DetectionScore.of(1e9, c, A) < 1);
      for (double score : new double[] {0, 0.3, 0.5, 0.9}) {
        assertEquals(score, DetectionScore.of(DetectionScore.significance(score, c, A), c, A), 1e-12);
      }
      assertEquals(Double.POSITIVE_INFINITY, DetectionScore.significance(1, c, A), 0);
      assertThrows(IllegalArgumentException.class, () -> DetectionScore.significance(1.5, c, A));
    }
  }

  @Test
  void aBowlNeedsMoreSigmasThanASlideForTheSameScore() {
    assertEquals(5.25, DetectionScore.significance(0.5, SiteClass.SUBSIDENCE, A), 1e-12);
    assertEquals(4.5, DetectionScore.significance(0.5, SiteClass.LANDSLIDE, A), 1e-12);
  }

  /**
   * A landslide's bar rises with the frame as Gaussian tails need for as many noise blobs per frame
   * as on the tuning scenes: not below their size, 5.08 sigmas at 1024 x 1024, 5.34 at 2048 x 2048;
   * a bowl's stays.
   */
  @Test
  void aLargerFrameNeedsMoreSigmasForASlide() {
    assertEquals(4.5, DetectionScore.significance(0.5, SiteClass.LANDSLIDE, 100 * 100), 1e-12);
    assertEquals(5.08, DetectionScore.significance(0.5, SiteClass.LANDSLIDE, 1024 * 1024), 0.005);
    assertEquals(5.34, DetectionScore.significance(0.5, SiteClass.LANDSLIDE, 2048 * 2048), 0.005);
    assertEquals(5.25, DetectionScore.significance(0.5, SiteClass.SUBSIDENCE, 2048 * 2048), 1e-12);
    // the 2048 x 2048 x 60 benchmark: its weakest site (0.72 at 4.5) stays, noise at 0.536 (z 5.2) goes
    assertTrue(DetectionScore.of(4.5 * 0.72 / 0.28, SiteClass.LANDSLIDE, 2048 * 2048) > 0.65);
    assertTrue(DetectionScore.of(4.5 * 0.5366 / 0.4634, SiteClass.LANDSLIDE, 2048 * 2048) < 0.5);
  }
}
