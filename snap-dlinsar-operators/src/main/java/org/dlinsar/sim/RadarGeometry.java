package org.dlinsar.sim;

import java.util.Objects;
import org.dlinsar.ifg.RadarWavelength;

/**
 * The simulated sensor and its look geometry, and the output pixel grid on the ground.
 *
 * <p>The raster is in radar geometry: x (column) is ground range, increasing away from the
 * sensor, y (row) is azimuth, along the flight direction. The line-of-sight unit vector from the
 * ground to the satellite is {@code (-sin(inc), 0, cos(inc))} in (x, y, up), so a displacement
 * {@code d} projects to LOS as {@code d . los}, positive toward the satellite (CONTRACT.md 5).
 *
 * @param frequencyMHz radar frequency, MHz (Sentinel-1: {@link RadarWavelength#SENTINEL1_FREQUENCY_MHZ})
 * @param incidenceDeg incidence angle at the scene centre, degrees in (10, 60)
 * @param headingDeg flight direction, degrees clockwise from north (geocoding only)
 * @param pass "ASCENDING" or "DESCENDING"
 * @param mission the mission name written to the metadata
 * @param groundRangeSpacingMetres output pixel spacing in ground range, metres
 * @param azimuthSpacingMetres output pixel spacing in azimuth, metres
 * @param centreLatDeg latitude of the scene centre, degrees
 * @param centreLonDeg longitude of the scene centre, degrees
 * @param baselineSpreadMetres spread of the acquisitions' perpendicular baselines, metres, one sigma:
 *     the width of the mission's orbital tube (Sentinel-1 about 50 m; ERS and ENVISAT hundreds)
 */
public record RadarGeometry(
    double frequencyMHz, double incidenceDeg, double headingDeg, String pass, String mission,
    double groundRangeSpacingMetres, double azimuthSpacingMetres,
    double centreLatDeg, double centreLonDeg, double baselineSpreadMetres) {

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public RadarGeometry {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(mission, "mission");
    if (!(frequencyMHz > 0)) {
      throw new IllegalArgumentException("frequencyMHz must be > 0, got " + frequencyMHz);
    }
    if (!(incidenceDeg > 10 && incidenceDeg < 60)) {
      throw new IllegalArgumentException("incidenceDeg must be in (10, 60), got " + incidenceDeg);
    }
    if (!pass.equals("ASCENDING") && !pass.equals("DESCENDING")) {
      throw new IllegalArgumentException("pass must be ASCENDING or DESCENDING, got '" + pass + "'");
    }
    if (!(groundRangeSpacingMetres > 0) || !(azimuthSpacingMetres > 0)) {
      throw new IllegalArgumentException("pixel spacings must be > 0, got ground range "
          + groundRangeSpacingMetres + " m, azimuth " + azimuthSpacingMetres + " m");
    }
    if (!(baselineSpreadMetres >= 0 && baselineSpreadMetres <= 2000)) {
      throw new IllegalArgumentException("baselineSpreadMetres must be in [0, 2000], got " + baselineSpreadMetres);
    }
    if (!(StrictMath.abs(centreLatDeg) < 80) || !(StrictMath.abs(centreLonDeg) <= 180)) {
      throw new IllegalArgumentException("scene centre must be within |lat| < 80, |lon| <= 180, got "
          + centreLatDeg + ", " + centreLonDeg);
    }
  }

  /**
   * Sentinel-1 IW, ascending, 4x1 looks giving about 15 m x 14 m pixels, at the given centre; its
   * orbital tube keeps the perpendicular baselines within about +-150 m (50 m one sigma).
   */
  public static RadarGeometry sentinel1(double centreLatDeg, double centreLonDeg) {
    return new RadarGeometry(RadarWavelength.SENTINEL1_FREQUENCY_MHZ, 39.0, -12.0, "ASCENDING",
        "SENTINEL-1A", 14.8, 13.9, centreLatDeg, centreLonDeg, 50);
  }

  /** This geometry with the perpendicular baselines spread by {@code metres} (one sigma). */
  public RadarGeometry withBaselineSpread(double metres) {
    return new RadarGeometry(frequencyMHz, incidenceDeg, headingDeg, pass, mission, groundRangeSpacingMetres,
        azimuthSpacingMetres, centreLatDeg, centreLonDeg, metres);
  }

  /** Radar wavelength, metres: c / f. */
  public double wavelengthMetres() {
    return RadarWavelength.metresForFrequencyMHz(frequencyMHz);
  }

  /** Phase in radians per millimetre of LOS displacement: -4 pi / lambda / 1000. */
  public double phasePerMm() {
    return -4 * StrictMath.PI / wavelengthMetres() / 1000.0;
  }

  /** The LOS unit vector, ground to satellite, as {x, y, up}. */
  public double[] lineOfSight() {
    double inc = StrictMath.toRadians(incidenceDeg);
    return new double[] {-StrictMath.sin(inc), 0, StrictMath.cos(inc)};
  }

  /**
   * Height of the simulated orbit above the ground, metres: Sentinel-1's 693 km, for the slant
   * range that scales a DEM error's phase ({@link DemError}).
   */
  public static final double ORBIT_HEIGHT_METRES = 693_000;

  /**
   * Slant range to the first column of a raster {@code width} pixels wide, metres: the flat
   * earth's range at the scene centre, {@link #ORBIT_HEIGHT_METRES} / cos(incidence), less half
   * the raster's slant extent.
   */
  public double slantRangeToFirstPixelMetres(int width) {
    return ORBIT_HEIGHT_METRES / StrictMath.cos(StrictMath.toRadians(incidenceDeg))
        - 0.5 * (width - 1) * slantRangeSpacingMetres();
  }

  /** R sin(incidence) at column {@code x} (fractional: the centre of a raster is (width - 1) / 2), metres. */
  public double rangeTimesSinIncidence(double x, int width) {
    return (slantRangeToFirstPixelMetres(width) + x * slantRangeSpacingMetres())
        * StrictMath.sin(StrictMath.toRadians(incidenceDeg));
  }

  /** Slant-range pixel spacing, metres: ground range spacing * sin(incidence). */
  public double slantRangeSpacingMetres() {
    return groundRangeSpacingMetres * StrictMath.sin(StrictMath.toRadians(incidenceDeg));
  }
}
