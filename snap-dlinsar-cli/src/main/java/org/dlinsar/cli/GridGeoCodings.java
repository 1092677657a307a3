package org.dlinsar.cli;

import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoder;
import org.dlinsar.imports.TiePointPositions;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Product;

/**
 * Gives an imported product the geocoding of its lon/lat grid, or of tie-point positions a lookup
 * table gave (radar geometry: a tie-point geocoding of {@code latitude} and {@code longitude}
 * grids).
 *
 * <p>A north-up lon/lat grid is located as SNAP's GeoTIFF reader locates one: a CRS geocoding on
 * EPSG:4326 with the grid's affine image-to-map transform, so a written product's band files carry
 * the ENVI map lines GDAL and QGIS read. The {@code latitude} and {@code longitude} tie-point
 * grids the contract promises stay in the product beside it; lon and lat being linear in pixel
 * coordinates, both give every pixel centre the grid's position (the grids to float precision).
 *
 * <p>Headless side only, as {@link SceneGeoCodings}: the engine's geocoding classes.
 */
public final class GridGeoCodings implements GridGeoCoder {

  /** Tie points every this many pixels. */
  static final int STEP_PX = 16;

  /**
   * EPSG:4326 longitude first, as GeoTools writes it with SNAP's x-before-y axis order: the CRS
   * SNAP's GeoTIFF reader gives such a grid, as a BEAM-DIMAP header holds it.
   */
  static final String EPSG_4326 = "GEOGCS[\"WGS 84\", DATUM[\"World Geodetic System 1984\", SPHEROID[\"WGS 84\","
      + " 6378137.0, 298.257223563, AUTHORITY[\"EPSG\",\"7030\"]], AUTHORITY[\"EPSG\",\"6326\"]],"
      + " PRIMEM[\"Greenwich\", 0.0, AUTHORITY[\"EPSG\",\"8901\"]], UNIT[\"degree\", 0.017453292519943295],"
      + " AXIS[\"Geodetic longitude\", EAST], AXIS[\"Geodetic latitude\", NORTH], AUTHORITY[\"EPSG\",\"4326\"]]";

  /** For {@code META-INF/services}: the reader plug-ins find the headless geocoding so. */
  public GridGeoCodings() {}

  @Override
  public void attach(Product product, GeoTiffGrid grid) {
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    product.setSceneGeoCoding(mapGrid(grid, w, h).withTiePointGrids(grids(TiePointPositions.of(grid, STEP_PX))));
  }

  /**
   * The grid as a CRS geocoding. The grid names pixel centres (a pixel-is-point GeoTIFF's tie
   * point, or a pixel-is-area one's moved half a pixel in, GAMMA's corner_lat/lon); the transform
   * starts at pixel (0, 0)'s corner, half a step before its centre, so image position x + 0.5 is
   * the grid's column x.
   */
  static CrsGeoCoding mapGrid(GeoTiffGrid grid, int width, int height) {
    double[] imageToMap = {grid.lonStep(), 0, 0, grid.latStep(), grid.longitude(0), grid.latitude(0)};
    return new CrsGeoCoding(EPSG_4326, imageToMap, width, height);
  }

  @Override
  public void attach(Product product, TiePointPositions positions) {
    product.setSceneGeoCoding(new TiePointGeoCoding(grids(positions), "latitude", "longitude",
        product.getSceneRasterWidth(), product.getSceneRasterHeight()));
  }

  /** The {@code latitude} and {@code longitude} tie-point grids of {@code positions}. */
  private static List<TiePointGrid> grids(TiePointPositions positions) {
    int step = positions.step();
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "latitude", positions.columns(),
        positions.rows(), 0.5, 0.5, step, step, positions.latitude(), false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "longitude", positions.columns(),
        positions.rows(), 0.5, 0.5, step, step, positions.longitude(), true);
    return List.of(latGrid, lonGrid);
  }
}
