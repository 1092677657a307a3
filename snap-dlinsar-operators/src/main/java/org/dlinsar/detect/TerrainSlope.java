package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Terrain slope from an elevation raster: atan of the elevation gradient's magnitude by centred
 * differences, degrees. Landslides need a slope (DESIGN.md section 3: boxes on terrain flatter
 * than a threshold are dropped), and the upper quartile over a box says whether the box lies on
 * one: a slide's box also takes in the flatter ground at its crown, toe and flanks, so that on
 * hills (the simulator's mixed preset, slides on slopes >= 15 degrees at their centre) the median
 * of a third of the slides' boxes fell below 10 degrees, their upper quartile for one in 33.
 */
final class TerrainSlope {

  private TerrainSlope() {}

  /** The share of a box's slopes below its upper quartile. */
  static final double UPPER_QUARTILE = 0.75;

  /**
   * The median slope of the pixels of a window that have both neighbours along both axes.
   *
   * @param elevationMetres the window's elevation, row-major; NaN where unknown; not modified
   * @param dxMetres pixel spacing along x (ground range), metres, positive
   * @param dyMetres pixel spacing along y (azimuth), metres, positive
   * @return the median slope in degrees, NaN when no pixel has a slope
   */
  static double medianDegrees(float[] elevationMetres, int width, int height, double dxMetres,
      double dyMetres) {
    return quantileDegrees(elevationMetres, width, height, dxMetres, dyMetres, 0.5);
  }

  /**
   * The slope at quantile {@code q} of the pixels of a window that have both neighbours along
   * both axes, interpolated between the two nearest ranks.
   *
   * @param q in [0, 1]: 0.5 the median, {@link #UPPER_QUARTILE} the upper quartile
   * @return the slope in degrees, NaN when no pixel has a slope
   */
  static double quantileDegrees(float[] elevationMetres, int width, int height, double dxMetres,
      double dyMetres, double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
    }
    if (!(dxMetres > 0) || !(dyMetres > 0)) {
      throw new IllegalArgumentException("pixel spacings must be positive, got " + dxMetres
          + " and " + dyMetres + " m");
    }
    double[] slopes = new double[Math.max(0, (width - 2) * (height - 2))];
    int n = 0;
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        double gx = (elevationMetres[i + 1] - elevationMetres[i - 1]) / (2 * dxMetres);
        double gy = (elevationMetres[i + width] - elevationMetres[i - width]) / (2 * dyMetres);
        double slope = Math.toDegrees(Math.atan(Math.hypot(gx, gy)));
        if (!Double.isNaN(slope)) {
          slopes[n++] = slope;
        }
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    Arrays.sort(slopes, 0, n);
    double rank = q * (n - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(n - 1, below + 1);
    return slopes[below] + (rank - below) * (slopes[above] - slopes[below]);
  }
}
