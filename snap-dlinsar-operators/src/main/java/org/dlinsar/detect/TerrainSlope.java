package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Terrain slope from an elevation raster: atan of the elevation gradient's magnitude by centred
 * differences, degrees. Landslides need a slope (DESIGN.md section 3: boxes on terrain flatter
 * than a threshold are dropped), and the median over a box says whether the box lies on one.
 */
final class TerrainSlope {

  private TerrainSlope() {}

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
    return n % 2 == 1 ? slopes[n / 2] : 0.5 * (slopes[n / 2 - 1] + slopes[n / 2]);
  }
}
