package org.dlinsar.detect;

/**
 * A detection's score in [0, 1] from its significance z (sigmas of the noise floor):
 * score = z / (z + {@value #HALF_Z}), 0.5 at z = {@value #HALF_Z}, 0.8 at 4 times that. Monotone,
 * so a {@code minScore} is a {@code minZ}; it is no calibrated probability (the README's table
 * gives the precision reached at each score on simulated stacks).
 */
public final class DetectionScore {

  /** The significance that scores 0.5. */
  static final double HALF_Z = 8;

  private DetectionScore() {}

  /** The score of significance {@code z} >= 0. */
  public static double of(double z) {
    if (!(z >= 0)) {
      throw new IllegalArgumentException("significance must be >= 0, got " + z);
    }
    return Double.isInfinite(z) ? 1 : z / (z + HALF_Z);
  }

  /** The significance that scores {@code score} in [0, 1]; infinite for 1. */
  public static double significance(double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    return score == 1 ? Double.POSITIVE_INFINITY : HALF_Z * score / (1 - score);
  }
}
