package org.dlinsar.cli;

import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoder;
import org.dlinsar.imports.TiePointPositions;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Product;

/**
 * Gives an imported product {@code latitude} and {@code longitude} tie-point grids from its
 * lon/lat grid, or from tie-point positions a lookup table gave. On a grid lon and lat are linear
 * in pixel coordinates, so interpolating between tie points at pixel centres gives every pixel
 * centre exactly (to float precision).
 *
 * <p>Headless side only, as {@link SceneGeoCodings}: the engine's tie-point classes.
 */
public final class GridGeoCodings implements GridGeoCoder {

  /** Tie points every this many pixels. */
  static final int STEP_PX = 16;

  /** For {@code META-INF/services}: the reader plug-ins find the headless geocoding so. */
  public GridGeoCodings() {}

  @Override
  public void attach(Product product, GeoTiffGrid grid) {
    attach(product, TiePointPositions.of(grid, STEP_PX));
  }

  @Override
  public void attach(Product product, TiePointPositions positions) {
    int step = positions.step();
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "latitude", positions.columns(),
        positions.rows(), 0.5, 0.5, step, step, positions.latitude(), false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "longitude", positions.columns(),
        positions.rows(), 0.5, 0.5, step, step, positions.longitude(), true);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(latGrid, lonGrid), "latitude",
        "longitude", product.getSceneRasterWidth(), product.getSceneRasterHeight()));
  }
}
