package org.dlinsar.imports;

/**
 * A north-up lon/lat grid from GeoTIFF tags (or a GAMMA DEM parameter file): the longitude and
 * latitude of the centre of pixel (0, 0) and the steps per pixel (latitude step negative going
 * down).
 */
public record GeoTiffGrid(int width, int height, double lon0, double lat0, double lonStep, double latStep) {

  /** Longitude at image coordinate {@code x} ({@code x = 0.5}: centre of the first column). */
  public double longitude(double x) {
    return lon0 + (x - 0.5) * lonStep;
  }

  /** Latitude at image coordinate {@code y} ({@code y = 0.5}: centre of the first row). */
  public double latitude(double y) {
    return lat0 + (y - 0.5) * latStep;
  }

  /** Same size and same grid within a thousandth of a pixel. */
  boolean matches(GeoTiffGrid other) {
    double tol = 1e-3;
    return width == other.width && height == other.height
        && Math.abs(lon0 - other.lon0) < tol * Math.abs(lonStep)
        && Math.abs(lat0 - other.lat0) < tol * Math.abs(latStep)
        && Math.abs(lonStep - other.lonStep) < tol * Math.abs(lonStep) / Math.max(1, width)
        && Math.abs(latStep - other.latStep) < tol * Math.abs(latStep) / Math.max(1, height);
  }
}
