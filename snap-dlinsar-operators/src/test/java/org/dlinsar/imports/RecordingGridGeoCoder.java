package org.dlinsar.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.esa.snap.core.datamodel.Product;

/**
 * The headless geocoder of this module's tests: records which grid each product was given, and
 * geocodes it so; records tie-point positions (the engine's tie-point geocoding is the CLI's).
 */
public final class RecordingGridGeoCoder implements GridGeoCoder {

  static final Map<String, GeoTiffGrid> GRIDS = new ConcurrentHashMap<>();
  static final Map<String, TiePointPositions> TIE_POINTS = new ConcurrentHashMap<>();

  @Override
  public void attach(Product product, GeoTiffGrid grid) {
    GRIDS.put(product.getName(), grid);
    product.setSceneGeoCoding(new GridGeoCoding(grid));
  }

  @Override
  public void attach(Product product, TiePointPositions positions) {
    TIE_POINTS.put(product.getName(), positions);
  }
}
