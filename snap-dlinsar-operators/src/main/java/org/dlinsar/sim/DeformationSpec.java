package org.dlinsar.sim;

/**
 * How many deformation sites of each class the scene holds, and their size and speed ranges.
 *
 * <p>Mining bowls: distorted, rotated Gaussians of vertical subsidence; some start mid-series.
 * Landslides: ellipses elongated downslope on terrain steeper than {@code slopeThresholdDeg},
 * moving downslope; some accelerate or move seasonally. Velocities are line of sight, mm/year
 * (magnitudes; the sign follows the motion).
 *
 * <p>Regional motion ({@link RegionalMotion}): ground that moves everywhere rather than at sites,
 * as a city over compacting aquifers does; none unless {@code regionalMmPerYear} is above 0.
 *
 * @param bowlCount number of mining bowls, >= 0
 * @param bowlMinMmPerYear slowest bowl, LOS mm/year, > 0
 * @param bowlMaxMmPerYear fastest bowl, LOS mm/year, >= bowlMinMmPerYear
 * @param bowlMinSigmaPx smallest bowl standard deviation along its major axis, pixels
 * @param bowlMaxSigmaPx largest, pixels
 * @param landslideCount number of landslides, >= 0
 * @param landslideMinMmPerYear slowest landslide, LOS mm/year, > 0
 * @param landslideMaxMmPerYear fastest landslide, LOS mm/year
 * @param landslideMinLengthPx shortest landslide (downslope axis, full length), pixels
 * @param landslideMaxLengthPx longest landslide, pixels
 * @param slopeThresholdDeg landslides are placed only where the slope is at least this, degrees
 * @param regionalMmPerYear peak LOS velocity of the regional motion, mm/year, >= 0 (0: none)
 * @param regionalScalePx its typical length scale (the standard deviation of its bowls), pixels
 */
public record DeformationSpec(
    int bowlCount, double bowlMinMmPerYear, double bowlMaxMmPerYear,
    double bowlMinSigmaPx, double bowlMaxSigmaPx,
    int landslideCount, double landslideMinMmPerYear, double landslideMaxMmPerYear,
    double landslideMinLengthPx, double landslideMaxLengthPx, double slopeThresholdDeg,
    double regionalMmPerYear, double regionalScalePx) {

  /** Length scale of regional motion when none is asked for, pixels. */
  private static final double NO_REGIONAL_SCALE_PX = 50;

  /** No deformation. */
  public static final DeformationSpec NONE =
      new DeformationSpec(0, 10, 10, 5, 5, 0, 10, 10, 10, 10, 20);

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public DeformationSpec {
    if (bowlCount < 0 || landslideCount < 0) {
      throw new IllegalArgumentException("site counts must be >= 0, got bowlCount " + bowlCount
          + ", landslideCount " + landslideCount);
    }
    range("bowl velocity, mm/year", bowlMinMmPerYear, bowlMaxMmPerYear);
    range("bowl sigma, pixels", bowlMinSigmaPx, bowlMaxSigmaPx);
    range("landslide velocity, mm/year", landslideMinMmPerYear, landslideMaxMmPerYear);
    range("landslide length, pixels", landslideMinLengthPx, landslideMaxLengthPx);
    if (!(slopeThresholdDeg >= 0 && slopeThresholdDeg < 80)) {
      throw new IllegalArgumentException("slopeThresholdDeg must be in [0, 80), got " + slopeThresholdDeg);
    }
    if (!(regionalMmPerYear >= 0) || !(regionalScalePx > 0)) {
      throw new IllegalArgumentException("regional motion: need mm/year >= 0 and scale > 0 pixels,"
          + " got " + regionalMmPerYear + " and " + regionalScalePx);
    }
  }

  /** Sites only, no regional motion. */
  public DeformationSpec(
      int bowlCount, double bowlMinMmPerYear, double bowlMaxMmPerYear,
      double bowlMinSigmaPx, double bowlMaxSigmaPx,
      int landslideCount, double landslideMinMmPerYear, double landslideMaxMmPerYear,
      double landslideMinLengthPx, double landslideMaxLengthPx, double slopeThresholdDeg) {
    this(bowlCount, bowlMinMmPerYear, bowlMaxMmPerYear, bowlMinSigmaPx, bowlMaxSigmaPx,
        landslideCount, landslideMinMmPerYear, landslideMaxMmPerYear, landslideMinLengthPx,
        landslideMaxLengthPx, slopeThresholdDeg, 0, NO_REGIONAL_SCALE_PX);
  }

  /** These sites on ground with regional motion of {@code mmPerYear} at its peak. */
  public DeformationSpec withRegional(double mmPerYear, double scalePx) {
    return new DeformationSpec(bowlCount, bowlMinMmPerYear, bowlMaxMmPerYear, bowlMinSigmaPx,
        bowlMaxSigmaPx, landslideCount, landslideMinMmPerYear, landslideMaxMmPerYear,
        landslideMinLengthPx, landslideMaxLengthPx, slopeThresholdDeg, mmPerYear, scalePx);
  }

  private static void range(String what, double min, double max) {
    if (!(min > 0) || !(max >= min)) {
      throw new IllegalArgumentException(what + ": need 0 < min <= max, got min " + min + ", max " + max);
    }
  }
}
