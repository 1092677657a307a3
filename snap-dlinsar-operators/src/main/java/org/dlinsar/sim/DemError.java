package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.List;

/**
 * The error of the DEM the simulated interferograms were formed with, and the perpendicular
 * baselines that turn it into phase: what Local-SBAS's DEM-error fit is scored against.
 *
 * <p>Each date's orbit lies {@link #perpendicularBaselineMetres} off the first date's, across the
 * line of sight, drawn from a Gaussian of the radar's {@link RadarGeometry#baselineSpreadMetres}
 * (Sentinel-1's 50 m: its orbital tube keeps baselines within about +-150 m). The DEM errs by {@code demErrorMetres}
 * times a smooth noise of about [-1, 1] with features of {@value #FEATURE_METRES} m (a DEM's
 * errors follow its landforms, canopy and voids). A pair's residual topographic phase is then
 * -(4 pi / lambda) B_perp dh / (R sin(incidence)), B_perp the secondary's baseline less the
 * reference's, dh the true elevation less the DEM's, R the slant range: SNAP's InterferogramOp
 * (reference times conjugate secondary, its topographic phase from the DEM) leaves this sign with
 * the {@code Perp Baseline} its CreateStack writes (microwave-toolbox's jlinda {@code Baseline},
 * {@code PhaseToElevationOp}). Each date's share is written into {@link PixelState#phaseRad}.
 */
final class DemError {

  /** Size of the DEM error's features, metres. */
  static final double FEATURE_METRES = 300;

  private static final int STREAM = 14;

  private final double scaleMetres;
  private final double[] baselineMetres;
  private final GradientNoise noise;
  private final double dxMetres;
  private final double dyMetres;
  private final RadarGeometry radar;
  private final int width;
  private final double radPerMetreSquared;

  DemError(Scene scene, List<LocalDate> dates) {
    this.scaleMetres = scene.terrain().demErrorMetres();
    this.baselineMetres = new double[dates.size()];
    for (int d = 1; d < dates.size(); d++) {
      baselineMetres[d] = scene.radar().baselineSpreadMetres()
          * HashRandom.gaussian(HashRandom.hash(scene.seed(), STREAM, 1, d, 0));
    }
    this.noise = new GradientNoise(HashRandom.hash(scene.seed(), STREAM, 2, 0, 0));
    RadarGeometry radar = scene.radar();
    this.dxMetres = radar.groundRangeSpacingMetres();
    this.dyMetres = radar.azimuthSpacingMetres();
    this.radar = radar;
    this.width = scene.width();
    this.radPerMetreSquared = 4 * StrictMath.PI / radar.wavelengthMetres();
  }

  /** True when the DEM errs: the interferograms hold a residual topographic phase. */
  boolean errs() {
    return scaleMetres > 0;
  }

  /** Date {@code d}'s perpendicular baseline to the first date, metres. */
  double perpendicularBaselineMetres(int d) {
    return baselineMetres[d];
  }

  /** The true elevation less the DEM's at pixel (x, y), metres. */
  double heightErrorMetres(int x, int y) {
    if (scaleMetres == 0) {
      return 0;
    }
    return scaleMetres * noise.fbm(x * dxMetres / FEATURE_METRES, y * dyMetres / FEATURE_METRES, 3);
  }

  /** Adds each date's residual topographic phase at pixel (x, y) to {@code phaseRad}. Modified: phaseRad. */
  void addPhase(int x, int y, double[] phaseRad) {
    double perBaselineMetre = -radPerMetreSquared * heightErrorMetres(x, y) / radar.rangeTimesSinIncidence(x, width);
    for (int d = 0; d < phaseRad.length; d++) {
      phaseRad[d] += perBaselineMetre * baselineMetres[d];
    }
  }
}
