package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlinsar.imports.GeoTiffGrid;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class GridGeoCodingsTest {

  @Test
  void everyPixelCentreMapsToItsGridLonLat() {
    int w = 53;
    int h = 37;
    double lon0 = -99.2493;
    double lat0 = 19.5512;
    double step = 0.0013889;
    Product product = new Product("grid", "IFG_STACK", w, h);

    new GridGeoCodings().attach(product, new GeoTiffGrid(w, h, lon0, lat0, step, -step));

    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        GeoPos pos = product.getSceneGeoCoding().getGeoPos(new PixelPos(x + 0.5, y + 0.5), null);
        // independently: centre (x, y) lies x steps east and y steps south of centre (0, 0); float grids
        assertEquals(lon0 + x * step, pos.getLon(), 1e-5, "lon at " + x + "," + y);
        assertEquals(lat0 - y * step, pos.getLat(), 1e-5, "lat at " + x + "," + y);
      }
    }
  }

  @Test
  void theReaderPlugInsFindThisGeoCoderAsTheHeadlessOne() {
    var coders = java.util.ServiceLoader.load(org.dlinsar.imports.GridGeoCoder.class).stream().toList();

    assertEquals(1, coders.size());
    assertEquals(GridGeoCodings.class, coders.get(0).type());
  }
}
