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
 */
public final class DetectionScore {

  /** The significance that scores 0.5 for a subsidence bowl. */
  static final double HALF_Z_SUBSIDENCE = 5.25;
  /** The significance that scores 0.5 for a landslide. */
  static final double HALF_Z_LANDSLIDE = 4.5;

  private DetectionScore() {}

  /** The score of significance {@code z} >= 0 for a detection of {@code detectionClass}. */
  public static double of(double z, SiteClass detectionClass) {
    if (!(z >= 0)) {
      throw new IllegalArgumentException("significance must be >= 0, got " + z);
    }
    return Double.isInfinite(z) ? 1 : z / (z + halfZ(detectionClass));
  }

  /** The significance that scores {@code score} in [0, 1] for the class; infinite for 1. */
  public static double significance(double score, SiteClass detectionClass) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    return score == 1 ? Double.POSITIVE_INFINITY : halfZ(detectionClass) * score / (1 - score);
  }

  static double halfZ(SiteClass detectionClass) {
    return detectionClass == SiteClass.LANDSLIDE ? HALF_Z_LANDSLIDE : HALF_Z_SUBSIDENCE;
  }
}
