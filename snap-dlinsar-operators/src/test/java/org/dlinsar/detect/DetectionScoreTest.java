package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.detect.DetectionScore.Evidence;
import org.junit.jupiter.api.Test;

class DetectionScoreTest {

  /** A frame of the tuning scenes' size, 256 x 256, and larger ones. */
  private static final double A = 256 * 256;

  @Test
  void risesWithSignificanceFromZeroTowardOneAndInvertsExactly() {
    for (Evidence e : Evidence.values()) {
      assertEquals(0, DetectionScore.of(0, e, A), 0);
      assertEquals(0.5, DetectionScore.of(DetectionScore.halfZ(e, A), e, A), 1e-12);
      assertTrue(DetectionScore.of(30, e, A) > DetectionScore.of(20, e, A));
      assertTrue(DetectionScore.of(1e9, e, A) < 1);
      for (double score : new double[] {0, 0.3, 0.5, 0.9}) {
        assertEquals(score, DetectionScore.of(DetectionScore.significance(score, e, A), e, A), 1e-12);
      }
      assertEquals(Double.POSITIVE_INFINITY, DetectionScore.significance(1, e, A), 0);
      assertThrows(IllegalArgumentException.class, () -> DetectionScore.significance(1.5, e, A));
    }
  }

  @Test
  void eachEvidenceHasTheSigmasItsTableChose() {
    assertEquals(5.25, DetectionScore.significance(0.5, Evidence.BOWL_IN_FRINGES, A), 1e-12);
    assertEquals(4.5, DetectionScore.significance(0.5, Evidence.SLIDE_IN_STACK, A), 1e-12);
    assertEquals(3.5, DetectionScore.significance(0.5, Evidence.BOWL_IN_STACK, A), 1e-12);
  }

  /**
   * A blob's bar rises with the frame searched as Gaussian tails need for as many noise blobs per
   * frame as on the tuning scenes: not below their size, a slide's 5.08 sigmas at 1024 x 1024,
   * 5.34 at 2048 x 2048; a bowl's steady rate over the fringes, one test per bowl, stays.
   */
  @Test
  void aLargerFrameNeedsMoreSigmasForASearchedBlob() {
    assertEquals(4.5, DetectionScore.significance(0.5, Evidence.SLIDE_IN_STACK, 100 * 100), 1e-12);
    assertEquals(5.08, DetectionScore.significance(0.5, Evidence.SLIDE_IN_STACK, 1024 * 1024), 0.005);
    assertEquals(5.34, DetectionScore.significance(0.5, Evidence.SLIDE_IN_STACK, 2048 * 2048), 0.005);
    assertEquals(Math.sqrt(3.5 * 3.5 + 2 * Math.log(64)),
        DetectionScore.significance(0.5, Evidence.BOWL_IN_STACK, 2048 * 2048), 1e-12);
    assertEquals(5.25, DetectionScore.significance(0.5, Evidence.BOWL_IN_FRINGES, 2048 * 2048), 1e-12);
    // the 2048 x 2048 x 60 benchmark: its weakest site (0.72 at 4.5) stays, noise at 0.536 (z 5.2) goes
    assertTrue(DetectionScore.of(4.5 * 0.72 / 0.28, Evidence.SLIDE_IN_STACK, 2048 * 2048) > 0.65);
    assertTrue(DetectionScore.of(4.5 * 0.5366 / 0.4634, Evidence.SLIDE_IN_STACK, 2048 * 2048) < 0.5);
  }
}
