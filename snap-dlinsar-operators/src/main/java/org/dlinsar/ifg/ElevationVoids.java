package org.dlinsar.ifg;

/**
 * Voids of an {@code elevation} band that does not flag them: SRTM writes -32768 into its voids,
 * many DEMs -9999, and a product that carries them without a no-data value hands them on as
 * heights. No land lies below -1000 m (the Dead Sea's shore, the lowest, lies near -430 m), so
 * a lower height is a void, no data like the band's own no-data value.
 */
public final class ElevationVoids {

  /** Heights below this, metres, are voids. */
  public static final float LOWEST_GROUND_METRES = -1000f;

  private ElevationVoids() {}

  /**
   * Sets the voids of {@code heightsMetres} to NaN.
   *
   * @param heightsMetres elevation samples, NaN where no data; modified
   * @return {@code heightsMetres}
   */
  public static float[] toNoData(float[] heightsMetres) {
    for (int i = 0; i < heightsMetres.length; i++) {
      if (heightsMetres[i] < LOWEST_GROUND_METRES) {
        heightsMetres[i] = Float.NaN;
      }
    }
    return heightsMetres;
  }
}
