package org.dlinsar.detect;

/**
 * A detection's score in [0, 1] from its significance z (sigmas of the noise floor):
 * score = z / (z + z_half), 0.5 at z = z_half, 0.8 at 4 times that, with z_half per kind of
 * evidence ({@link Evidence}): a blob of the gradient stack (a slide, or a bowl), or a bowl's
 * steady rate over the interferograms' fringes (its rate's significance divided by its
 * responses' scatter about the rate, {@link RateScatter}). Each z_half is where the README's
 * tables (bench/detect-eval.sh, 100 simulated scenes per preset) find the most sites at high
 * precision, so that the default {@code minScore} 0.5 suits both modes. Monotone, so a {@code
 * minScore} is a {@code minZ}; it is no calibrated probability.
 *
 * <p>The z_half of a blob searched for over the frame rises with the frame, so that noise passes
 * a score as often per frame as on the 256 x 256 scenes z_half was chosen on: the number of noise
 * blobs above z grows with the area tested, and for Gaussian tails keeping it constant takes
 * z_half^2 + 2 ln(area / 256^2) (a slide's 5.08 sigmas at 1024 x 1024, 5.34 at 2048 x 2048). On
 * the 2048 x 2048 x 60 benchmark stack the fixed 4.5 let 13 noise blobs through at scores
 * 0.50-0.56 beside the 8 sites at 0.72-0.97 (README, "Detection-first against full-frame SBAS").
 * A bowl's steady rate over the fringes keeps its z_half: its z is a ratio to its own scatter.
 */
final class DetectionScore {

  /** What a detection's significance was measured on, and the z_half it scores by. */
  enum Evidence {
    /**
     * A slide's blob in the gradient stack: 4.5 since a slide's second lobe no longer counts as
     * a detection of its own (5.5 before), the most visible slides at precision 0.98.
     */
    SLIDE_IN_STACK(4.5, true),
    /** A bowl's blob in the gradient stack (README, "Bowls in the gradient stack"). */
    BOWL_IN_STACK(3.5, true),
    /** A bowl's steady rate over the interferograms' fringe fields. */
    BOWL_IN_FRINGES(5.25, false);

    private final double halfZ;
    private final boolean searched;

    Evidence(double halfZ, boolean searched) {
      this.halfZ = halfZ;
      this.searched = searched;
    }
  }

  /** Pixels of the scenes the z_halves were chosen on (256 x 256). */
  static final double TUNING_AREA = 256.0 * 256.0;

  private DetectionScore() {}

  /**
   * The score of significance {@code z} >= 0 for a detection on {@code evidence} found in a frame
   * of {@code frameArea} pixels.
   */
  static double of(double z, Evidence evidence, double frameArea) {
    if (!(z >= 0)) {
      throw new IllegalArgumentException("significance must be >= 0, got " + z);
    }
    return Double.isInfinite(z) ? 1 : z / (z + halfZ(evidence, frameArea));
  }

  /** The significance that scores {@code score} in [0, 1] on the evidence in such a frame; infinite for 1. */
  static double significance(double score, Evidence evidence, double frameArea) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    return score == 1 ? Double.POSITIVE_INFINITY : halfZ(evidence, frameArea) * score / (1 - score);
  }

  /** z_half of the evidence for a frame of {@code frameArea} pixels: a searched blob's rises with the area. */
  static double halfZ(Evidence evidence, double frameArea) {
    if (!evidence.searched) {
      return evidence.halfZ;
    }
    double ratio = Math.max(1, frameArea / TUNING_AREA);
    return Math.sqrt(evidence.halfZ * evidence.halfZ + 2 * Math.log(ratio));
  }
}
