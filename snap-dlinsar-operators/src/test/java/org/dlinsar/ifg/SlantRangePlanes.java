package org.dlinsar.ifg;

import java.util.List;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

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

  /** {@code heights}, {@code width} columns a row, each row mirrored: the near range moved to the right. */
  public static float[] mirrored(float[] heights, int width) {
    float[] out = new float[heights.length];
    for (int k = 0; k < heights.length; k++) {
      out[k] = heights[(k / width) * width + (width - 1 - k % width)];
    }
    return out;
  }

  /**
   * A radar-geometry product {@code width} x {@code height} of {@link #grid}'s spacings (2.329 m
   * slant, 13.9 m azimuth) whose {@code incident_angle} grid runs from {@code leftDegrees} at the
   * first column to {@code rightDegrees} at the last.
   */
  public static Product product(int width, int height, double leftDegrees, double rightDegrees) {
    Product p = new Product("swath", "IFG_STACK", width, height);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeDouble("range_spacing", 2.329);
    abs.setAttributeDouble("azimuth_spacing", 13.9);
    abs.setAttributeDouble("incidence_near", Math.min(leftDegrees, rightDegrees));
    abs.setAttributeDouble("incidence_far", Math.max(leftDegrees, rightDegrees));
    p.getMetadataRoot().addElement(abs);
    float[] incidence = {(float) leftDegrees, (float) rightDegrees, (float) leftDegrees, (float) rightDegrees};
    p.setSceneGeoCoding(new TiePointGeoCoding(List.of(
        corners("latitude", new float[] {19.0f, 19.0f, 19.01f, 19.01f}, width, height),
        corners("longitude", new float[] {-99.0f, -99.01f, -99.0f, -99.01f}, width, height),
        corners(IncidenceAcrossSwath.INCIDENCE_GRID, incidence, width, height)), "latitude", "longitude",
        width, height));
    return p;
  }

  private static TiePointGrid corners(String name, float[] values, int width, int height) {
    return new TiePointGrid(name, 2, 2, 0.5, 0.5, width - 1, height - 1, values, name.equals("longitude"));
  }
}
