package org.dlinsar.sim;

/**
 * Seams in a scene ({@link Seam}): lines across which the phase steps further with every
 * acquisition, one sign in every pair.
 *
 * @param count seams in the scene, >= 0
 * @param radPerYear typical rate of a seam's step, radians per year, >= 0; each seam draws 0.5 to
 *     1.5 times it
 * @param tiltDegrees how far each seam turns off the rows or columns it runs along, degrees, 0 to
 *     under 45, either way (a seam on a map grid: Sentinel-1's burst and subswath seams run 10 to
 *     15 degrees off its axes, as its track does off north)
 */
public record SeamSpec(int count, double radPerYear, double tiltDegrees) {

  /** No seams: every preset. */
  public static final SeamSpec NONE = new SeamSpec(0, 0);

  /** Seams along rows or columns. */
  public SeamSpec(int count, double radPerYear) {
    this(count, radPerYear, 0);
  }

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

  /** These seams, each turned {@code degrees} off its axis. */
  public SeamSpec tilted(double degrees) {
    return new SeamSpec(count, radPerYear, degrees);
  }

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public SeamSpec {
    if (count < 0 || !(radPerYear >= 0)) {
      throw new IllegalArgumentException("seams: need count >= 0 and radPerYear >= 0, got "
          + count + " and " + radPerYear);
    }
    if (!(tiltDegrees >= 0 && tiltDegrees < 45)) {
      throw new IllegalArgumentException("seams: need a tilt of 0 to under 45 degrees, got " + tiltDegrees);
    }
  }
}
