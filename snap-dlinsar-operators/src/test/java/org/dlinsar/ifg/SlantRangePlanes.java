package org.dlinsar.ifg;

/**
 * Ground planes as a radar-geometry product's elevation holds them: on a slant-range grid of one
 * incidence, foreshortened. Column k of row j images the ground x where k dr = x sin i - h cos i,
 * h = a x + b y the plane's rise above its base and y = j dy, so a rise along range shortens the
 * columns' step and slides each column across the ground along azimuth.
 */
public final class SlantRangePlanes {

  private SlantRangePlanes() {}

  /** The grid: columns {@code slantSpacing} apart in slant range, rows {@code azimuthSpacing}. */
  public static GroundSpacing grid(double slantSpacing, double azimuthSpacing, double incidenceDegrees,
      int width) {
    return new GroundSpacing(slantSpacing / Math.sin(Math.toRadians(incidenceDegrees)), azimuthSpacing, "test",
        new GroundSpacing.SlantRange(slantSpacing, IncidenceAcrossSwath.linear(incidenceDegrees, incidenceDegrees, width)));
  }

  /**
   * The heights, row-major, of the plane {@code base} + a x + b y (slopes along ground range and
   * azimuth, metres per metre) on {@code grid} ({@link #grid}), {@code width} x {@code height}.
   */
  public static float[] heights(GroundSpacing grid, int width, int height, double base, double a, double b) {
    double dr = grid.slantRange().spacingMetres();
    double i = Math.toRadians(grid.slantRange().incidence().at(0));
    float[] h = new float[width * height];
    for (int k = 0; k < h.length; k++) {
      double y = (k / width) * grid.yMetres();
      double x = ((k % width) * dr + b * y * Math.cos(i)) / (Math.sin(i) - a * Math.cos(i));
      h[k] = (float) (base + a * x + b * y);
    }
    return h;
  }
}
