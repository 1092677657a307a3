package org.dlinsar.detect;

import java.util.Arrays;
import org.dlinsar.ifg.GroundSpacing;
import org.dlinsar.sim.PixelBox;

/**
 * Terrain slope from an elevation raster: atan of the elevation gradient's magnitude by centred
 * differences, degrees. Landslides need a slope (DL-Detect's slope filter: boxes on terrain
 * flatter than {@code minSlope} are dropped), and two figures say whether a box lies on one: its upper
 * quartile, since a slide's box also takes in the flatter ground at its crown, toe and flanks (on
 * the simulator's mixed preset, slides on slopes >= 15 degrees at their centre, the median of a
 * third of the slides' boxes fell below 10 degrees, their upper quartile for one in 33); or the
 * median of the box's middle third ({@link #middleThird}), for a slide whose steep middle is a
 * small part of a box on gentle hills (README, "Slope filter").
 */
final class TerrainSlope {

  private TerrainSlope() {}

  /** The share of a box's slopes below its upper quartile. */
  static final double UPPER_QUARTILE = 0.75;

  /** The middle third of a box along each axis, at least 3 pixels (or the box's own size). */
  static PixelBox middleThird(PixelBox box) {
    int w = Math.min(box.width(), Math.max(3, box.width() / 3));
    int h = Math.min(box.height(), Math.max(3, box.height() / 3));
    int x0 = box.x0() + (box.width() - w) / 2;
    int y0 = box.y0() + (box.height() - h) / 2;
    return new PixelBox(x0, y0, x0 + w, y0 + h);
  }

  /**
   * The slope at quantile {@code q} of the pixels of the part {@code of} of a window read once
   * that have both neighbours along both axes inside it, interpolated between the two nearest
   * ranks.
   *
   * @param elevationMetres the window's elevation, row-major; NaN where unknown; not modified
   * @param window the box {@code elevationMetres} covers
   * @param of the part measured, inside {@code window}
   * @param dxMetres pixel spacing along x (ground range), metres, positive
   * @param dyMetres pixel spacing along y (azimuth), metres, positive
   * @param q in [0, 1]: 0.5 the median, {@link #UPPER_QUARTILE} the upper quartile
   * @return the slope in degrees, NaN when no pixel has a slope
   */
  static double quantileDegrees(float[] elevationMetres, PixelBox window, PixelBox of,
      double dxMetres, double dyMetres, double q) {
    // GroundSpacing refuses a spacing that is not positive, naming both
    return quantileDegrees(elevationMetres, window, of, new GroundSpacing(dxMetres, dyMetres, "given"), q);
  }

  /**
   * As above, on the grid {@code spacing} describes: on a slant-range grid each column's slopes from
   * its own incidence ({@link GroundSpacing#slopeAlongX}, {@link GroundSpacing#slopeAlongY}).
   */
  static double quantileDegrees(float[] elevationMetres, PixelBox window, PixelBox of, GroundSpacing spacing,
      double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
    }
    int width = window.width();
    double[] slopes = new double[Math.max(0, (of.width() - 2) * (of.height() - 2))];
    int n = 0;
    for (int y = of.y0() + 1; y < of.y1() - 1; y++) {
      for (int x = of.x0() + 1; x < of.x1() - 1; x++) {
        int i = (y - window.y0()) * width + (x - window.x0());
        double perColumn = 0.5 * (elevationMetres[i + 1] - elevationMetres[i - 1]);
        double gx = spacing.slopeAlongX(perColumn, x);
        double gy = spacing.slopeAlongY(0.5 * (elevationMetres[i + width] - elevationMetres[i - width]), perColumn, x);
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
