package org.dlinsar.lite.geo;

import java.util.Objects;

/**
 * An immutable grid of values at sparse image positions, interpolated bilinearly in between.
 *
 * <p>Tie point (i, j) sits at image position ({@code offsetX + i * subSamplingX},
 * {@code offsetY + j * subSamplingY}) in continuous pixel coordinates (the centre of pixel (0, 0)
 * is at (0.5, 0.5), so SNAP grids usually have offsets of 0.5). Outside the grid, values are
 * extrapolated linearly from the nearest cell. A grid of angles in degrees (a longitude grid) has
 * a discontinuity, as SNAP's (snap-core TiePointGrid.java 14.x, lines 522-535 and 915-945): the
 * sines and cosines of its tie points are interpolated and the angle taken back, in [-180, 180]
 * for {@link #DISCONT_AT_180}, in [0, 360) for {@link #DISCONT_AT_360} (a grid holding a value
 * above 180), so a cell across the 180 degree meridian, or across 0 on a 0..360 grid, is
 * continuous.
 */
public final class TiePointGrid {

  /** The discontinuity is that of the tie points: {@link #DISCONT_AT_360} when one lies above 180. */
  public static final int DISCONT_AUTO = -1;
  /** Values, not angles: interpolated as they are. */
  public static final int DISCONT_NONE = 0;
  /** Angles in -180..180: interpolated through sine and cosine, answered in [-180, 180]. */
  public static final int DISCONT_AT_180 = 180;
  /** Angles in 0..360: interpolated through sine and cosine, answered in [0, 360). */
  public static final int DISCONT_AT_360 = 360;

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
  private final int discontinuity;
  // SNAP's sine and cosine grids, float as SNAP's; null for a grid of values
  private final float[] sinTiePoints;
  private final float[] cosTiePoints;

  /**
   * @param tiePoints gridWidth * gridHeight values, row-major (copied)
   * @param containsAngles whether the values are angles in degrees (longitudes), as SNAP's
   *     constructor of that name: their discontinuity is then {@link #DISCONT_AUTO}'s
   * @throws IllegalArgumentException if the grid is less than 2x2 or sampling steps are not positive, or the number
   *     of tie points is not gridWidth * gridHeight
   */
  public TiePointGrid(String name, String unit, String description, int gridWidth, int gridHeight,
      double offsetX, double offsetY, double subSamplingX, double subSamplingY, float[] tiePoints,
      boolean containsAngles) {
    this(name, unit, description, gridWidth, gridHeight, offsetX, offsetY, subSamplingX, subSamplingY, tiePoints,
        containsAngles ? DISCONT_AUTO : DISCONT_NONE);
  }

  /**
   * @param discontinuity {@link #DISCONT_NONE}, {@link #DISCONT_AUTO}, {@link #DISCONT_AT_180} or
   *     {@link #DISCONT_AT_360}, as SNAP's; AUTO is resolved from the tie points here
   * @throws IllegalArgumentException as the other constructor, and for another discontinuity
   */
  public TiePointGrid(String name, String unit, String description, int gridWidth, int gridHeight,
      double offsetX, double offsetY, double subSamplingX, double subSamplingY, float[] tiePoints,
      int discontinuity) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tie-point grid needs a non-blank name, got '" + name + "'");
    }
    // SNAP's constructor asserts gridWidth >= 2 and gridHeight >= 2 (TiePointGrid.java 14.x, lines 102-103):
    // its interpolation needs a cell
    if (gridWidth < 2 || gridHeight < 2) {
      throw new IllegalArgumentException("tie-point grid '" + name + "' needs at least 2x2 tie points, as SNAP's, got "
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
    if (discontinuity != DISCONT_NONE && discontinuity != DISCONT_AUTO && discontinuity != DISCONT_AT_180
        && discontinuity != DISCONT_AT_360) {
      throw new IllegalArgumentException("tie-point grid '" + name + "' has discontinuity " + discontinuity
          + ", expected 0 (none), -1 (auto), 180 or 360");
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
    this.discontinuity = discontinuity == DISCONT_AUTO ? discontinuityOf(this.tiePoints) : discontinuity;
    if (this.discontinuity == DISCONT_NONE) {
      this.sinTiePoints = null;
      this.cosTiePoints = null;
    } else {
      this.sinTiePoints = new float[this.tiePoints.length];
      this.cosTiePoints = new float[this.tiePoints.length];
      for (int k = 0; k < this.tiePoints.length; k++) {
        double radians = Math.toRadians(this.tiePoints[k]);
        sinTiePoints[k] = (float) Math.sin(radians);
        cosTiePoints[k] = (float) Math.cos(radians);
      }
    }
  }

  /**
   * SNAP's {@code getDiscontinuity(float[])}: {@link #DISCONT_AT_360} when a tie point lies above
   * 180, else {@link #DISCONT_AT_180}.
   */
  public static int discontinuityOf(float[] tiePoints) {
    for (float value : tiePoints) {
      if (value > 180f) {
        return DISCONT_AT_360;
      }
    }
    return DISCONT_AT_180;
  }

  /** A grid without unit and description. */
  public TiePointGrid(String name, int gridWidth, int gridHeight, double offsetX, double offsetY,
      double subSamplingX, double subSamplingY, float[] tiePoints, boolean containsAngles) {
    this(name, null, null, gridWidth, gridHeight, offsetX, offsetY, subSamplingX, subSamplingY, tiePoints,
        containsAngles);
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
        subSamplingY, tiePoints, discontinuity);
  }

  /** A copy of the tie points, row-major. */
  public float[] getTiePoints() {
    return tiePoints.clone();
  }

  /** Tie point (i, j). */
  public float getTiePoint(int i, int j) {
    return tiePoints[j * gridWidth + i];
  }

  /** Whether the values are angles with a discontinuity (DIMAP's {@code CYCLIC}). */
  public boolean isCyclic() {
    return discontinuity != DISCONT_NONE;
  }

  /** {@link #DISCONT_NONE}, {@link #DISCONT_AT_180} or {@link #DISCONT_AT_360}; never AUTO. */
  public int getDiscontinuity() {
    return discontinuity;
  }

  /**
   * The value at continuous image position (x, y): bilinear within the grid, linear
   * extrapolation outside it; for angles, the angle of the interpolated sine and cosine, in
   * [-180, 180] or, at {@link #DISCONT_AT_360}, [0, 360).
   */
  public double getPixelDouble(double x, double y) {
    double fi = (x - offsetX) / subSamplingX;
    double fj = (y - offsetY) / subSamplingY;
    int i0 = cellStart(fi, gridWidth);
    int j0 = cellStart(fj, gridHeight);
    int i1 = i0 + 1;
    int j1 = j0 + 1;
    double wi = fi - i0;
    double wj = fj - j0;
    if (discontinuity == DISCONT_NONE) {
      return interpolate(tiePoints, wi, wj, i0, j0, i1, j1);
    }
    double angle = Math.toDegrees(Math.atan2(interpolate(sinTiePoints, wi, wj, i0, j0, i1, j1),
        interpolate(cosTiePoints, wi, wj, i0, j0, i1, j1)));
    return discontinuity == DISCONT_AT_360 && angle < 0.0 ? 360.0 + angle : angle;
  }

  private double interpolate(float[] values, double wi, double wj, int i0, int j0, int i1, int j1) {
    double v00 = values[j0 * gridWidth + i0];
    double v10 = values[j0 * gridWidth + i1];
    double v01 = values[j1 * gridWidth + i0];
    double v11 = values[j1 * gridWidth + i1];
    double top = v00 + wi * (v10 - v00);
    double bottom = v01 + wi * (v11 - v01);
    return top + wj * (bottom - top);
  }

  private static int cellStart(double f, int size) {
    return (int) Math.max(0, Math.min(Math.floor(f), size - 2));
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
