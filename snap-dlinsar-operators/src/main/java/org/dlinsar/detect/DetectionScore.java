package org.dlinsar.detect;

import org.dlinsar.sim.SiteClass;

/**
 * A detection's score in [0, 1] from its significance z (sigmas of the noise floor):
 * score = z / (z + z_half), 0.5 at z = z_half, 0.8 at 4 times that, with z_half per class:
 * {@value #HALF_Z_SUBSIDENCE} for bowls, {@value #HALF_Z_LANDSLIDE} for landslides (a bowl's z
 * is its rate's significance divided by its responses' scatter about the rate, {@link
 * RateScatter}). Each z_half is where the README's tables (bench/detect-eval.sh, 100 simulated
 * scenes per preset) find the most visible sites at precision 0.98 or more, so that the default
 * {@code minScore} 0.5 suits both modes: for slides 4.5 since a slide's second lobe no longer
 * counts as a detection of its own (5.5 before). Monotone, so a {@code minScore} is a
 * {@code minZ}; it is no calibrated probability.
 *
 * <p>A landslide's z_half rises with the frame it was searched in, so that noise passes a score
 * as often per frame as on the 256 x 256 scenes z_half was chosen on: the number of noise blobs
 * above z grows with the area tested, and for Gaussian tails keeping it constant takes
 * z_half^2 + 2 ln(area / 256^2) (5.08 sigmas at 1024 x 1024, 5.34 at 2048 x 2048). On the
 * 2048 x 2048 x 60 benchmark stack the fixed 4.5 let 13 noise blobs through at scores 0.50-0.56
 * beside the 8 sites at 0.72-0.97 (README, "Detection-first against full-frame SBAS").
 */
public final class DetectionScore {

  /** The significance that scores 0.5 for a subsidence bowl. */
  static final double HALF_Z_SUBSIDENCE = 5.25;
  /** The significance that scores 0.5 for a landslide. */
  static final double HALF_Z_LANDSLIDE = 4.5;

  /** Pixels of the scenes the z_halves were chosen on (256 x 256). */
  static final double TUNING_AREA = 256.0 * 256.0;

  private DetectionScore() {}

  /**
   * The score of significance {@code z} >= 0 for a detection of {@code detectionClass} found in a
   * frame of {@code frameArea} pixels.
   */
  public static double of(double z, SiteClass detectionClass, double frameArea) {
    if (!(z >= 0)) {
      throw new IllegalArgumentException("significance must be >= 0, got " + z);
    }
    return Double.isInfinite(z) ? 1 : z / (z + halfZ(detectionClass, frameArea));
  }

  /** The significance that scores {@code score} in [0, 1] for the class in such a frame; infinite for 1. */
  public static double significance(double score, SiteClass detectionClass, double frameArea) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    return score == 1 ? Double.POSITIVE_INFINITY : halfZ(detectionClass, frameArea) * score / (1 - score);
  }

  /** z_half of the class for a frame of {@code frameArea} pixels: landslides' rises with the area. */
  static double halfZ(SiteClass detectionClass, double frameArea) {
    if (detectionClass != SiteClass.LANDSLIDE) {
      return HALF_Z_SUBSIDENCE;
    }
    double ratio = Math.max(1, frameArea / TUNING_AREA);
    return Math.sqrt(HALF_Z_LANDSLIDE * HALF_Z_LANDSLIDE + 2 * Math.log(ratio));
  }
}
