package org.dlinsar.imports;

import org.esa.snap.core.datamodel.Product;

/**
 * Gives an imported product the geocoding of its GeoTIFF lon/lat grid where SNAP's own GeoTIFF
 * reader is not at hand: the headless engine registers one in {@code META-INF/services}.
 */
public interface GridGeoCoder {

  /** Sets the geocoding of {@code product} from {@code grid}. Modified: product. */
  void attach(Product product, GeoTiffGrid grid);
}
