package org.dlinsar.cli;

import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoder;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Product;

/**
 * Gives an imported product {@code latitude} and {@code longitude} tie-point grids from its
 * GeoTIFF lon/lat grid. Lon and lat are linear in pixel coordinates, so interpolating between
 * tie points at pixel centres gives every pixel centre exactly (to float precision).
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
    int gw = (grid.width() + STEP_PX - 1) / STEP_PX + 1;
    int gh = (grid.height() + STEP_PX - 1) / STEP_PX + 1;
    float[] lat = new float[gw * gh];
    float[] lon = new float[gw * gh];
    for (int j = 0; j < gh; j++) {
      for (int i = 0; i < gw; i++) {
        lat[j * gw + i] = (float) grid.latitude(0.5 + j * STEP_PX);
        lon[j * gw + i] = (float) grid.longitude(0.5 + i * STEP_PX);
      }
    }
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "latitude", gw, gh, 0.5, 0.5,
        STEP_PX, STEP_PX, lat, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "longitude", gw, gh, 0.5, 0.5,
        STEP_PX, STEP_PX, lon, true);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(latGrid, lonGrid), "latitude",
        "longitude", grid.width(), grid.height()));
  }
}
