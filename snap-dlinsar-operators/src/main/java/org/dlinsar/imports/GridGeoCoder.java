package org.dlinsar.imports;

import org.esa.snap.core.datamodel.Product;

/**
 * Gives an imported product the geocoding of its lon/lat grid (GeoTIFF, GAMMA DEM parameter file)
 * or of its tie points (a GAMMA lookup table) where SNAP's own readers are not at hand: the
 * headless engine registers one in {@code META-INF/services}.
 */
public interface GridGeoCoder {

  /** Sets the geocoding of {@code product} from {@code grid}. Modified: product. */
  void attach(Product product, GeoTiffGrid grid);

  /**
   * Sets the geocoding of {@code product} from the positions of tie points over it (a radar
   * grid's, from a lookup table). Modified: product.
   */
  void attach(Product product, TiePointPositions positions);
}
