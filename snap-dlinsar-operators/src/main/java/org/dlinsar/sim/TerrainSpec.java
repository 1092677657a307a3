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
 */
public record TerrainSpec(
    double baseMetres, double reliefMetres, double featureMetres, double ridgeWeight,
    int lakeCount, double lakeRadiusPx) {

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
  }
}
