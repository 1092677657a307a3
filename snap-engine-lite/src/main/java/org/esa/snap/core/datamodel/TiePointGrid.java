package org.esa.snap.core.datamodel;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;

/**
 * SNAP's tie-point grid node: values at sparse image positions, interpolated bilinearly between
 * them and extrapolated beyond (snap-core TiePointGrid.java, 14.x; the same members on 12.x and
 * 13.x). The headless engine keeps a product's grids in its scene geocoding ({@link
 * org.dlinsar.lite.geo.TiePointGrids}); {@link Product#getTiePointGrid} answers one of them as this
 * node, so operators read SNAP's {@code incident_angle} or {@code slant_range_time} as they would in
 * SNAP. The interpolation is {@link org.dlinsar.lite.geo.TiePointGrid}'s, which follows SNAP's,
 * angles through their sines and cosines included.
 *
 * <p>Differences: {@link #getTiePoints()} answers a copy (SNAP's answers the node's own array), and
 * the grid is read-only from construction (SNAP's {@code setData} and {@code setDiscontinuity} are
 * not declared).
 */
public class TiePointGrid extends RasterDataNode {

  public static final int DISCONT_AUTO = -1;
  public static final int DISCONT_NONE = 0;
  public static final int DISCONT_AT_180 = 180;
  public static final int DISCONT_AT_360 = 360;

  private final org.dlinsar.lite.geo.TiePointGrid grid;

  public TiePointGrid(String name, int gridWidth, int gridHeight, double offsetX, double offsetY,
      double subSamplingX, double subSamplingY, float[] tiePoints) {
    this(name, gridWidth, gridHeight, offsetX, offsetY, subSamplingX, subSamplingY, tiePoints, DISCONT_NONE);
  }

  /** @param containsAngles whether the values are angles in degrees: their discontinuity is then the tie points' */
  public TiePointGrid(String name, int gridWidth, int gridHeight, double offsetX, double offsetY,
      double subSamplingX, double subSamplingY, float[] tiePoints, boolean containsAngles) {
    this(name, gridWidth, gridHeight, offsetX, offsetY, subSamplingX, subSamplingY, tiePoints,
        containsAngles ? getDiscontinuity(tiePoints) : DISCONT_NONE);
  }

  /**
   * @throws IllegalArgumentException as SNAP's: fewer than 2 x 2 tie points, a sub-sampling not
   *     positive, tie points not gridWidth * gridHeight, or another discontinuity
   */
  public TiePointGrid(String name, int gridWidth, int gridHeight, double offsetX, double offsetY,
      double subSamplingX, double subSamplingY, float[] tiePoints, int discontinuity) {
    super(name, ProductData.TYPE_FLOAT32, (long) gridWidth * gridHeight);
    this.grid = new org.dlinsar.lite.geo.TiePointGrid(name, null, null, gridWidth, gridHeight, offsetX, offsetY,
        subSamplingX, subSamplingY, tiePoints, discontinuity);
  }

  public int getGridWidth() {
    return grid.getGridWidth();
  }

  public int getGridHeight() {
    return grid.getGridHeight();
  }

  public double getOffsetX() {
    return grid.getOffsetX();
  }

  public double getOffsetY() {
    return grid.getOffsetY();
  }

  public double getSubSamplingX() {
    return grid.getSubSamplingX();
  }

  public double getSubSamplingY() {
    return grid.getSubSamplingY();
  }

  /** The tie points, row-major: a copy. */
  public float[] getTiePoints() {
    return grid.getTiePoints();
  }

  /** {@link #DISCONT_AT_360} when a tie point lies above 180, else {@link #DISCONT_AT_180}, as SNAP's. */
  public static int getDiscontinuity(float[] tiePoints) {
    return org.dlinsar.lite.geo.TiePointGrid.discontinuityOf(tiePoints);
  }

  public int getDiscontinuity() {
    return grid.getDiscontinuity();
  }

  /** Its product's scene width, else the grid's span, as SNAP's. */
  @Override
  public int getRasterWidth() {
    Product product = getProduct();
    return product != null ? product.getSceneRasterWidth()
        : (int) Math.round((getGridWidth() - 1) * getSubSamplingX() + 1);
  }

  /** Its product's scene height, else the grid's span, as SNAP's. */
  @Override
  public int getRasterHeight() {
    Product product = getProduct();
    return product != null ? product.getSceneRasterHeight()
        : (int) Math.round((getGridHeight() - 1) * getSubSamplingY() + 1);
  }

  @Override
  public int getPixelInt(int x, int y) {
    return (int) Math.round(getPixelDouble(x, y));
  }

  @Override
  public float getPixelFloat(int x, int y) {
    return (float) getPixelDouble(x + 0.5, y + 0.5);
  }

  /** The value at pixel (x, y)'s centre. */
  @Override
  public double getPixelDouble(int x, int y) {
    return getPixelDouble(x + 0.5, y + 0.5);
  }

  /** The value at image position (x, y), pixel (0, 0)'s centre at (0.5, 0.5). */
  public double getPixelDouble(double x, double y) {
    return grid.getPixelDouble(x, y);
  }

  /** The values at the centres of rectangle (x, y, w, h)'s pixels, row-major: computed, never loaded. */
  @Override
  public float[] getPixels(int x, int y, int w, int h, float[] pixels) {
    float[] out = pixels != null && pixels.length >= w * h ? pixels : new float[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        out[row * w + col] = getPixelFloat(x + col, y + row);
      }
    }
    return out;
  }

  @Override
  public float[] readPixels(int x, int y, int w, int h, float[] pixels, ProgressMonitor pm) throws IOException {
    return getPixels(x, y, w, h, pixels);
  }

  @Override
  public double[] readPixels(int x, int y, int w, int h, double[] pixels, ProgressMonitor pm) throws IOException {
    double[] out = pixels != null && pixels.length >= w * h ? pixels : new double[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        out[row * w + col] = getPixelDouble(x + col, y + row);
      }
    }
    return out;
  }
}
