package org.dlinsar.sim;

/**
 * Seams in a scene ({@link Seam}): lines across which the phase steps further with every
 * acquisition, one sign in every pair.
 *
 * @param count seams in the scene, >= 0
 * @param radPerYear typical rate of a seam's step, radians per year, >= 0; each seam draws 0.5 to
 *     1.5 times it
 */
public record SeamSpec(int count, double radPerYear) {

  /** No seams: every preset. */
  public static final SeamSpec NONE = new SeamSpec(0, 0);

  /**
   * The rate {@code simulate --seams} gives: 2.5 rad/year, each seam 1.25 to 3.75 (5.5 to 17
   * mm/year of C-band line of sight: a fault creeping that fast, or a Sentinel-1 burst seam whose
   * azimuth misregistration drifts by a few hundredths of a pixel a year, where a thousandth makes
   * a jump of about 0.05 rad).
   */
  public static final double DEFAULT_RAD_PER_YEAR = 2.5;

  /** {@code count} seams at {@link #DEFAULT_RAD_PER_YEAR}; {@link #NONE} for 0. */
  public static SeamSpec atDefaultRate(int count) {
    return count == 0 ? NONE : new SeamSpec(count, DEFAULT_RAD_PER_YEAR);
  }

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public SeamSpec {
    if (count < 0 || !(radPerYear >= 0)) {
      throw new IllegalArgumentException("seams: need count >= 0 and radPerYear >= 0, got "
          + count + " and " + radPerYear);
    }
  }
}
