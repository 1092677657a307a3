package org.dlinsar.imports;

/**
 * Latitude and longitude at tie points every {@code step} pixels of a raster, the first at the
 * centre of pixel (0, 0) (image coordinates 0.5, 0.5), row-major: what a tie-point geocoding
 * interpolates between.
 *
 * @param columns tie points per row: enough to reach past the raster's last column
 * @param rows tie-point rows
 */
public record TiePointPositions(int step, int columns, int rows, float[] latitude,
    float[] longitude) {

  /** The tie points of a {@code width x height} raster at {@code step} pixels. */
  static int columnsFor(int width, int step) {
    return (width + step - 1) / step + 1;
  }

  /**
   * {latitude, longitude} at image coordinate (x, y), interpolated bilinearly between the tie
   * points (beyond the last ones, carried on from the last two).
   */
  public double[] at(double x, double y) {
    double fx = (x - 0.5) / step;
    double fy = (y - 0.5) / step;
    int i = Math.max(0, Math.min((int) Math.floor(fx), columns - 2));
    int j = Math.max(0, Math.min((int) Math.floor(fy), rows - 2));
    double u = fx - i;
    double v = fy - j;
    double[] out = new double[2];
    float[][] values = {latitude, longitude};
    for (int k = 0; k < 2; k++) {
      float[] t = values[k];
      out[k] = (1 - u) * (1 - v) * t[j * columns + i] + u * (1 - v) * t[j * columns + i + 1]
          + (1 - u) * v * t[(j + 1) * columns + i] + u * v * t[(j + 1) * columns + i + 1];
    }
    return out;
  }

  /** The positions of a north-up lon/lat grid's pixel centres. */
  public static TiePointPositions of(GeoTiffGrid grid, int step) {
    int columns = columnsFor(grid.width(), step);
    int rows = columnsFor(grid.height(), step);
    float[] lat = new float[columns * rows];
    float[] lon = new float[columns * rows];
    for (int j = 0; j < rows; j++) {
      for (int i = 0; i < columns; i++) {
        lat[j * columns + i] = (float) grid.latitude(0.5 + (double) j * step);
        lon[j * columns + i] = (float) grid.longitude(0.5 + (double) i * step);
      }
    }
    return new TiePointPositions(step, columns, rows, lat, lon);
  }
}
