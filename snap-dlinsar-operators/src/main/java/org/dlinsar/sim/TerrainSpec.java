package org.dlinsar.sim;

/**
 * The synthetic terrain: a fractal DEM, lakes and its radar brightness.
 *
 * <p>Elevation = baseMetres + reliefMetres * (ridgeWeight * ridged + (1 - ridgeWeight) * fbm),
 * both noises in [0, 1] with features about {@code featureMetres} across.
 *
 * @param baseMetres elevation of the lowest ground, metres
 * @param reliefMetres height range of the relief, metres, >= 0
 * @param featureMetres size of the largest landforms, metres, > 0
 * @param ridgeWeight share of ridged noise (mountain ridges) in [0, 1]
 * @param lakeCount number of lakes (water, zero coherence), >= 0
 * @param lakeRadiusPx typical lake radius, pixels, > 0
 * @param demErrorMetres how far the DEM the interferograms were formed with errs, metres, >= 0:
 *     its error is this times a smooth noise of about [-1, 1] ({@link DemError}); 0: they were
 *     formed with the true elevation
 */
public record TerrainSpec(
    double baseMetres, double reliefMetres, double featureMetres, double ridgeWeight,
    int lakeCount, double lakeRadiusPx, double demErrorMetres) {

  /** Terrain whose interferograms were formed with the true elevation: no DEM error. */
  public TerrainSpec(double baseMetres, double reliefMetres, double featureMetres,
      double ridgeWeight, int lakeCount, double lakeRadiusPx) {
    this(baseMetres, reliefMetres, featureMetres, ridgeWeight, lakeCount, lakeRadiusPx, 0);
  }

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public TerrainSpec {
    if (!(reliefMetres >= 0) || !(featureMetres > 0)) {
      throw new IllegalArgumentException("reliefMetres must be >= 0 and featureMetres > 0, got "
          + reliefMetres + " and " + featureMetres);
    }
    if (!(ridgeWeight >= 0 && ridgeWeight <= 1)) {
      throw new IllegalArgumentException("ridgeWeight must be in [0, 1], got " + ridgeWeight);
    }
    if (lakeCount < 0 || !(lakeRadiusPx > 0)) {
      throw new IllegalArgumentException("lakeCount must be >= 0 and lakeRadiusPx > 0, got "
          + lakeCount + " and " + lakeRadiusPx);
    }
    if (!(demErrorMetres >= 0 && demErrorMetres <= 1000)) {
      throw new IllegalArgumentException("demErrorMetres must be in [0, 1000], got " + demErrorMetres);
    }
  }

  /** This terrain with a DEM that errs by about {@code metres} ({@link #demErrorMetres}). */
  public TerrainSpec withDemError(double metres) {
    return new TerrainSpec(baseMetres, reliefMetres, featureMetres, ridgeWeight, lakeCount,
        lakeRadiusPx, metres);
  }
}
