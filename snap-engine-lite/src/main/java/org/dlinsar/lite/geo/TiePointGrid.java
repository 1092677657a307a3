package org.dlinsar.lite.geo;

import java.util.Objects;

/**
 * An immutable grid of values at sparse image positions, interpolated bilinearly in between.
 *
 * <p>Tie point (i, j) sits at image position ({@code offsetX + i * subSamplingX},
 * {@code offsetY + j * subSamplingY}) in continuous pixel coordinates (the centre of pixel (0, 0)
 * is at (0.5, 0.5), so SNAP grids usually have offsets of 0.5). Outside the grid, values are
 * extrapolated linearly from the nearest cell. A cyclic grid holds longitudes in degrees and
 * interpolates across the 180 degree meridian; its values are returned in [-180, 180).
 */
public final class TiePointGrid {

  private final String name;
  private final String unit;
  private final String description;
  private final int gridWidth;
  private final int gridHeight;
  private final double offsetX;
  private final double offsetY;
  private final double subSamplingX;
  private final double subSamplingY;
  private final float[] tiePoints;
  private final boolean cyclic;

  /**
   * @param tiePoints gridWidth * gridHeight values, row-major (copied)
   * @param cyclic whether the values are longitudes in degrees that wrap at 180
   * @throws IllegalArgumentException if sizes or sampling steps are not positive, or the number
   *     of tie points is not gridWidth * gridHeight
   */
  public TiePointGrid(String name, String unit, String description, int gridWidth, int gridHeight,
      double offsetX, double offsetY, double subSamplingX, double subSamplingY, float[] tiePoints, boolean cyclic) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tie-point grid needs a non-blank name, got '" + name + "'");
    }
    if (gridWidth < 1 || gridHeight < 1) {
      throw new IllegalArgumentException("tie-point grid '" + name + "' needs a positive size, got "
          + gridWidth + "x" + gridHeight);
    }
    if (!(subSamplingX > 0) || !(subSamplingY > 0)) {
      throw new IllegalArgumentException("tie-point grid '" + name + "' needs positive sub-sampling, got "
          + subSamplingX + " x " + subSamplingY);
    }
    Objects.requireNonNull(tiePoints, "tiePoints");
    if (tiePoints.length != gridWidth * gridHeight) {
      throw new IllegalArgumentException("tie-point grid '" + name + "' of " + gridWidth + "x" + gridHeight
          + " needs " + (gridWidth * gridHeight) + " tie points, got " + tiePoints.length);
    }
    this.name = name;
    this.unit = unit;
    this.description = description;
    this.gridWidth = gridWidth;
    this.gridHeight = gridHeight;
    this.offsetX = offsetX;
    this.offsetY = offsetY;
    this.subSamplingX = subSamplingX;
    this.subSamplingY = subSamplingY;
    this.tiePoints = tiePoints.clone();
    this.cyclic = cyclic;
  }

  /** A grid without unit and description. */
  public TiePointGrid(String name, int gridWidth, int gridHeight, double offsetX, double offsetY,
      double subSamplingX, double subSamplingY, float[] tiePoints, boolean cyclic) {
    this(name, null, null, gridWidth, gridHeight, offsetX, offsetY, subSamplingX, subSamplingY, tiePoints, cyclic);
  }

  public String getName() {
    return name;
  }

  /** The unit of the values, or null. */
  public String getUnit() {
    return unit;
  }

  /** The description, or null. */
  public String getDescription() {
    return description;
  }

  public int getGridWidth() {
    return gridWidth;
  }

  public int getGridHeight() {
    return gridHeight;
  }

  /** Image x of the first tie-point column, in pixels. */
  public double getOffsetX() {
    return offsetX;
  }

  /** Image y of the first tie-point row, in pixels. */
  public double getOffsetY() {
    return offsetY;
  }

  /** Image pixels between tie-point columns. */
  public double getSubSamplingX() {
    return subSamplingX;
  }

  /** Image pixels between tie-point rows. */
  public double getSubSamplingY() {
    return subSamplingY;
  }

  /** The same grid for a region of the scene whose corner is pixel (x, y): every pixel keeps its value. */
  public TiePointGrid forRegionAt(int x, int y) {
    return new TiePointGrid(name, unit, description, gridWidth, gridHeight, offsetX - x, offsetY - y, subSamplingX,
        subSamplingY, tiePoints, cyclic);
  }

  /** A copy of the tie points, row-major. */
  public float[] getTiePoints() {
    return tiePoints.clone();
  }

  /** Tie point (i, j). */
  public float getTiePoint(int i, int j) {
    return tiePoints[j * gridWidth + i];
  }

  /** Whether the values are longitudes that wrap at 180 degrees. */
  public boolean isCyclic() {
    return cyclic;
  }

  /**
   * The value at continuous image position (x, y): bilinear within the grid, linear
   * extrapolation outside it.
   */
  public double getPixelDouble(double x, double y) {
    double fi = (x - offsetX) / subSamplingX;
    double fj = (y - offsetY) / subSamplingY;
    int i0 = cellStart(fi, gridWidth);
    int j0 = cellStart(fj, gridHeight);
    int i1 = Math.min(i0 + 1, gridWidth - 1);
    int j1 = Math.min(j0 + 1, gridHeight - 1);
    double wi = gridWidth == 1 ? 0.0 : fi - i0;
    double wj = gridHeight == 1 ? 0.0 : fj - j0;
    double v00 = getTiePoint(i0, j0);
    double v10 = getTiePoint(i1, j0);
    double v01 = getTiePoint(i0, j1);
    double v11 = getTiePoint(i1, j1);
    if (cyclic) {
      // Unwrap the corners next to the first one, so a cell across 180 degrees is continuous.
      v10 = unwrap(v10, v00);
      v01 = unwrap(v01, v00);
      v11 = unwrap(v11, v00);
    }
    double top = v00 + wi * (v10 - v00);
    double bottom = v01 + wi * (v11 - v01);
    double value = top + wj * (bottom - top);
    return cyclic ? normalizeLongitude(value) : value;
  }

  private static int cellStart(double f, int size) {
    if (size == 1) {
      return 0;
    }
    return (int) Math.max(0, Math.min(Math.floor(f), size - 2));
  }

  private static double unwrap(double value, double reference) {
    return reference + normalizeLongitude(value - reference);
  }

  /** {@code lon} in degrees, brought into [-180, 180). */
  static double normalizeLongitude(double lon) {
    double wrapped = (lon + 180.0) % 360.0;
    if (wrapped < 0) {
      wrapped += 360.0;
    }
    return wrapped - 180.0;
  }

  @Override
  public String toString() {
    return "TiePointGrid[" + name + ", " + gridWidth + "x" + gridHeight + "]";
  }
}
