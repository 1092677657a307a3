package org.dlinsar.ifg;

/**
 * The incidence at each column of a raster in radar geometry, whose columns are slant ranges
 * ({@code slant_range_to_first_pixel} + x {@code range_spacing}), from the incidence SNAP's metadata
 * give at the first and last columns ({@code incidence_near}, {@code incidence_far}).
 *
 * <p>The incidence does not change linearly with slant range: on a spherical Earth of radius Re
 * seen from a satellite Rs from its centre, the ground at slant range R is seen at the incidence i
 * with Rs^2 = Re^2 + R^2 + 2 Re R cos i (the triangle of the Earth's centre, the ground and the
 * satellite). The two ends fix Re and Rs, and with them every column's incidence. Across
 * Sentinel-1's IW swath (30.8 to 46.1 degrees over 159 km of slant range, Mexico City's GAMMA
 * parameter file) a straight line between the ends errs by up to 1.25 degrees mid-swath; the sphere
 * through them gives the file's own incidence at the centre within 0.001 degrees. Where the slant
 * ranges are not known, or the ends fit no Earth-sized sphere (one incidence written for both, as
 * the simulator and files that give the incidence at one place write it), the incidence is linear
 * between them.
 */
public final class IncidenceAcrossSwath {

  /**
   * Radii a sphere fitted through the ends may have, metres: the Earth's radii of curvature lie
   * within 6335 to 6400 km; the margin takes ends rounded to a hundredth of a degree on a narrow swath.
   */
  private static final double LEAST_RADIUS = 5.5e6;
  private static final double MOST_RADIUS = 7.5e6;
  /** Sentinel-1's mean orbit height, metres: the satellite where a product gives no geometry of its own. */
  public static final double SENTINEL1_ORBIT_HEIGHT_METRES = 693_000;
  /** The Earth's mean radius, metres. */
  private static final double EARTH_RADIUS_METRES = 6_371_000;
  /** SNAP's value of an attribute its reader had none for. */
  private static final double NO_METADATA = 99999;

  private final double nearDeg;
  private final double farDeg;
  private final int width;
  private final double firstRangeMetres;
  private final double rangeSpacingMetres;
  /** The sphere's radius and the satellite's distance from its centre, metres; NaN when linear. */
  private final double earthRadiusMetres;
  private final double satelliteRadiusMetres;

  private IncidenceAcrossSwath(double nearDeg, double farDeg, int width, double firstRangeMetres,
      double rangeSpacingMetres, double earthRadiusMetres, double satelliteRadiusMetres) {
    this.nearDeg = nearDeg;
    this.farDeg = farDeg;
    this.width = width;
    this.firstRangeMetres = firstRangeMetres;
    this.rangeSpacingMetres = rangeSpacingMetres;
    this.earthRadiusMetres = earthRadiusMetres;
    this.satelliteRadiusMetres = satelliteRadiusMetres;
  }

  /** Linear from {@code nearDeg} at the first of {@code width} columns to {@code farDeg} at the last. */
  public static IncidenceAcrossSwath linear(double nearDeg, double farDeg, int width) {
    return new IncidenceAcrossSwath(nearDeg, farDeg, width, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * On the sphere through both ends where the slant ranges are given (finite, positive, not SNAP's
   * 99999 of none) and the ends fit an Earth-sized one; else {@link #linear}.
   */
  public static IncidenceAcrossSwath of(double nearDeg, double farDeg, double firstRangeMetres,
      double rangeSpacingMetres, int width) {
    if (!(firstRangeMetres > 0) || !(rangeSpacingMetres > 0) || firstRangeMetres == NO_METADATA
        || rangeSpacingMetres == NO_METADATA || width < 2 || !Double.isFinite(nearDeg) || !Double.isFinite(farDeg)) {
      return linear(nearDeg, farDeg, width);
    }
    double near = firstRangeMetres;
    double far = firstRangeMetres + (width - 1) * rangeSpacingMetres;
    // the two ends' Rs^2 = Re^2 + R^2 + 2 Re R cos i, less one another: Re from the difference
    double across = near * Math.cos(Math.toRadians(nearDeg)) - far * Math.cos(Math.toRadians(farDeg));
    double earth = (far * far - near * near) / (2 * across);
    double satellite = Math.sqrt(earth * earth + near * near + 2 * earth * near * Math.cos(Math.toRadians(nearDeg)));
    if (!(earth >= LEAST_RADIUS && earth <= MOST_RADIUS) || !(satellite > earth)) {
      return linear(nearDeg, farDeg, width);
    }
    return new IncidenceAcrossSwath(nearDeg, farDeg, width, firstRangeMetres, rangeSpacingMetres, earth, satellite);
  }

  /** Whether {@code degrees} can be an incidence: over 0 and under 90. */
  public static boolean isIncidence(double degrees) {
    return degrees > 0 && degrees < 90;
  }

  /** The incidence at column {@code x}, fractional (held at the ends beyond them), degrees. */
  public double at(double x) {
    double share = width > 1 ? Math.min(1, Math.max(0, x / (width - 1.0))) : 0.5;
    if (!curved()) {
      return nearDeg + share * (farDeg - nearDeg);
    }
    double range = firstRangeMetres + share * (width - 1) * rangeSpacingMetres;
    return onSphere(earthRadiusMetres, satelliteRadiusMetres, range);
  }

  /**
   * The slant range at which the mean Earth is seen at {@code incidenceDeg} from Sentinel-1's orbit,
   * metres, the sphere where a product gives no geometry of its own: R = sqrt(Rs^2 - Re^2 sin^2 i) -
   * Re cos i, the same triangle as {@link #onSphere}'s.
   */
  public static double slantRangeFromSentinel1(double incidenceDeg) {
    double i = Math.toRadians(incidenceDeg);
    double satellite = EARTH_RADIUS_METRES + SENTINEL1_ORBIT_HEIGHT_METRES;
    double across = EARTH_RADIUS_METRES * Math.sin(i);
    return Math.sqrt(satellite * satellite - across * across) - EARTH_RADIUS_METRES * Math.cos(i);
  }

  /**
   * The incidence of the ground at slant range {@code rangeMetres} on a sphere of radius {@code
   * earthRadiusMetres} seen from {@code satelliteRadiusMetres} from its centre, degrees.
   */
  public static double onSphere(double earthRadiusMetres, double satelliteRadiusMetres, double rangeMetres) {
    double cos = (satelliteRadiusMetres * satelliteRadiusMetres - earthRadiusMetres * earthRadiusMetres
        - rangeMetres * rangeMetres) / (2 * earthRadiusMetres * rangeMetres);
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }

  /** True where the incidence follows the slant range on the sphere through the ends, false where it is linear. */
  public boolean curved() {
    return Double.isFinite(earthRadiusMetres);
  }
}
