package org.dlinsar.lite.geo;

import java.util.List;
import org.apache.sis.referencing.CommonCRS;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

/**
 * A product's tie-point grids and the geocoding they define: latitude and longitude
 * interpolated from two of the grids.
 *
 * <p>Holds every tie-point grid of a product (SNAP's {@code TiePointGrid} nodes are not part of
 * the headless engine), so that copying the geocoding copies the grids. Either of the latitude
 * and longitude grids may be absent; the geocoding then cannot locate anything. Immutable.
 */
public final class TiePointGeoCoding implements GeoCoding {

  private static final int MAX_ITERATIONS = 50;
  private static final double PIXEL_TOLERANCE = 1.0e-7;

  private final List<TiePointGrid> grids;
  private final String latGridName;
  private final String lonGridName;
  private final int sceneWidth;
  private final int sceneHeight;
  private final TiePointGrid latGrid;
  private final TiePointGrid lonGrid;

  /**
   * @param grids every tie-point grid of the product, names unique (copied)
   * @param latGridName the name of the latitude grid among them, or null
   * @param lonGridName the name of the longitude grid among them, or null
   * @param sceneWidth the scene width in pixels, which bounds {@link #getPixelPos}
   * @param sceneHeight the scene height in pixels
   * @throws IllegalArgumentException if a grid name repeats, a named grid is missing, or the
   *     scene size is not positive
   */
  public TiePointGeoCoding(List<TiePointGrid> grids, String latGridName, String lonGridName,
      int sceneWidth, int sceneHeight) {
    this.grids = List.copyOf(grids);
    TiePointGrids.requireUniqueNames(this.grids);
    if (sceneWidth < 1 || sceneHeight < 1) {
      throw new IllegalArgumentException("scene size must be positive, got " + sceneWidth + "x" + sceneHeight);
    }
    this.latGridName = latGridName;
    this.lonGridName = lonGridName;
    this.sceneWidth = sceneWidth;
    this.sceneHeight = sceneHeight;
    this.latGrid = named(latGridName, "latitude");
    this.lonGrid = named(lonGridName, "longitude");
  }

  private TiePointGrid named(String name, String role) {
    if (name == null) {
      return null;
    }
    TiePointGrid grid = getTiePointGrid(name);
    if (grid == null) {
      throw new IllegalArgumentException("the " + role + " grid '" + name + "' is not among the tie-point grids "
          + List.of(getTiePointGridNames()));
    }
    return grid;
  }

  /** The grids, in order (unmodifiable). */
  public List<TiePointGrid> getTiePointGrids() {
    return grids;
  }

  public String[] getTiePointGridNames() {
    String[] names = new String[grids.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = grids.get(i).getName();
    }
    return names;
  }

  /** The grid named {@code name}, or null. */
  public TiePointGrid getTiePointGrid(String name) {
    for (TiePointGrid grid : grids) {
      if (grid.getName().equals(name)) {
        return grid;
      }
    }
    return null;
  }

  /** The latitude grid's name, or null. */
  public String getLatGridName() {
    return latGridName;
  }

  /** The longitude grid's name, or null. */
  public String getLonGridName() {
    return lonGridName;
  }

  public int getSceneWidth() {
    return sceneWidth;
  }

  public int getSceneHeight() {
    return sceneHeight;
  }

  /**
   * A geocoding with these grids plus those of {@code others} whose names are new here; same
   * latitude, longitude grid names and scene size.
   */
  public TiePointGeoCoding withGrids(List<TiePointGrid> others) {
    return new TiePointGeoCoding(TiePointGrids.merged(grids, others), latGridName, lonGridName, sceneWidth,
        sceneHeight);
  }

  /** Whether two neighbouring longitude tie points lie more than 180 degrees apart. */
  @Override
  public boolean isCrossingMeridianAt180() {
    if (lonGrid == null) {
      return false;
    }
    for (int j = 0; j < lonGrid.getGridHeight(); j++) {
      for (int i = 0; i < lonGrid.getGridWidth(); i++) {
        float lon = lonGrid.getTiePoint(i, j);
        if (i + 1 < lonGrid.getGridWidth() && Math.abs(lonGrid.getTiePoint(i + 1, j) - lon) > 180f
            || j + 1 < lonGrid.getGridHeight() && Math.abs(lonGrid.getTiePoint(i, j + 1) - lon) > 180f) {
          return true;
        }
      }
    }
    return false;
  }

  /** True only when both the latitude and longitude grids exist. */
  @Override
  public boolean canGetPixelPos() {
    return latGrid != null && lonGrid != null;
  }

  /** True only when both the latitude and longitude grids exist. */
  @Override
  public boolean canGetGeoPos() {
    return latGrid != null && lonGrid != null;
  }

  /**
   * Latitude and longitude at the continuous pixel position by interpolating the grids; NaN if
   * this geocoding cannot locate, the position is invalid, or it lies outside the scene
   * ([0, width] x [0, height], borders included), as SNAP's, whose grids would extrapolate there.
   */
  @Override
  public GeoPos getGeoPos(PixelPos pixelPos, GeoPos geoPos) {
    GeoPos out = geoPos != null ? geoPos : new GeoPos();
    if (!canGetGeoPos() || pixelPos == null || !pixelPos.isValid() || pixelPos.x < 0 || pixelPos.x > sceneWidth
        || pixelPos.y < 0 || pixelPos.y > sceneHeight) {
      out.lat = Double.NaN;
      out.lon = Double.NaN;
      return out;
    }
    out.lat = latGrid.getPixelDouble(pixelPos.x, pixelPos.y);
    out.lon = lonGrid.getPixelDouble(pixelPos.x, pixelPos.y);
    return out;
  }

  /**
   * The continuous pixel position of {@code geoPos}: the inverse of {@link #getGeoPos} by Newton
   * iteration from the nearest tie point; NaN when it does not converge or lies outside the
   * scene ([0, width] x [0, height]).
   */
  @Override
  public PixelPos getPixelPos(GeoPos geoPos, PixelPos pixelPos) {
    PixelPos out = pixelPos != null ? pixelPos : new PixelPos();
    out.x = Double.NaN;
    out.y = Double.NaN;
    if (!canGetPixelPos() || geoPos == null || !geoPos.isValid()) {
      return out;
    }
    double[] start = nearestTiePoint(geoPos);
    double[] solution = newton(geoPos, start[0], start[1]);
    if (solution != null && solution[0] >= 0 && solution[0] <= sceneWidth
        && solution[1] >= 0 && solution[1] <= sceneHeight) {
      out.x = solution[0];
      out.y = solution[1];
    }
    return out;
  }

  private double[] newton(GeoPos target, double x0, double y0) {
    double x = x0;
    double y = y0;
    double step = 0.5;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double lat = latGrid.getPixelDouble(x, y);
      double lon = lonGrid.getPixelDouble(x, y);
      double rLat = target.lat - lat;
      double rLon = TiePointGrid.normalizeLongitude(target.lon - lon);
      // Derivatives by central differences: exact for the bilinear patch inside a cell.
      double dLatDx = (latGrid.getPixelDouble(x + step, y) - latGrid.getPixelDouble(x - step, y)) / (2 * step);
      double dLatDy = (latGrid.getPixelDouble(x, y + step) - latGrid.getPixelDouble(x, y - step)) / (2 * step);
      double dLonDx = TiePointGrid.normalizeLongitude(
          lonGrid.getPixelDouble(x + step, y) - lonGrid.getPixelDouble(x - step, y)) / (2 * step);
      double dLonDy = TiePointGrid.normalizeLongitude(
          lonGrid.getPixelDouble(x, y + step) - lonGrid.getPixelDouble(x, y - step)) / (2 * step);
      double det = dLatDx * dLonDy - dLatDy * dLonDx;
      if (det == 0 || Double.isNaN(det)) {
        return null;
      }
      double dx = (rLat * dLonDy - rLon * dLatDy) / det;
      double dy = (dLatDx * rLon - dLonDx * rLat) / det;
      x += dx;
      y += dy;
      if (Math.abs(dx) < PIXEL_TOLERANCE && Math.abs(dy) < PIXEL_TOLERANCE) {
        return new double[] {x, y};
      }
      step = Math.max(1.0e-3, Math.min(0.5, Math.hypot(dx, dy)));
    }
    return null;
  }

  /** The image position of the latitude grid's tie point nearest to {@code target}. */
  private double[] nearestTiePoint(GeoPos target) {
    double best = Double.POSITIVE_INFINITY;
    double[] start = {sceneWidth / 2.0, sceneHeight / 2.0};
    double cosLat = Math.cos(Math.toRadians(target.lat));
    for (int j = 0; j < latGrid.getGridHeight(); j++) {
      for (int i = 0; i < latGrid.getGridWidth(); i++) {
        double x = latGrid.getOffsetX() + i * latGrid.getSubSamplingX();
        double y = latGrid.getOffsetY() + j * latGrid.getSubSamplingY();
        double dLat = latGrid.getTiePoint(i, j) - target.lat;
        double dLon = TiePointGrid.normalizeLongitude(lonGrid.getPixelDouble(x, y) - target.lon) * cosLat;
        double distance = dLat * dLat + dLon * dLon;
        if (distance < best) {
          best = distance;
          start = new double[] {x, y};
        }
      }
    }
    return start;
  }

  /** Nothing to release: the grids are immutable and may be shared with copies. */
  /** WGS84, longitude first, as SNAP's geocodings of latitude and longitude grids. */
  @Override
  public CoordinateReferenceSystem getGeoCRS() {
    return CommonCRS.WGS84.normalizedGeographic();
  }

  @Override
  public void dispose() {
    // Immutable; copies of products share the grids.
  }

  @Override
  public String toString() {
    return "TiePointGeoCoding[lat=" + latGridName + ", lon=" + lonGridName + ", grids="
        + List.of(getTiePointGridNames()) + "]";
  }
}
