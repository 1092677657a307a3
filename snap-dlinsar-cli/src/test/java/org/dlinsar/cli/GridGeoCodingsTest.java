package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.TiePointPositions;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
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

    CrsGeoCoding map = assertInstanceOf(CrsGeoCoding.class, product.getSceneGeoCoding());
    TiePointGrid lat = TiePointGrids.named(map, "latitude");
    TiePointGrid lon = TiePointGrids.named(map, "longitude");
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        GeoPos pos = map.getGeoPos(new PixelPos(x + 0.5, y + 0.5), null);
        // independently: centre (x, y) lies x steps east and y steps south of centre (0, 0)
        assertEquals(lon0 + x * step, pos.getLon(), 1e-12, "lon at " + x + "," + y);
        assertEquals(lat0 - y * step, pos.getLat(), 1e-12, "lat at " + x + "," + y);
        // the tie-point grids beside it give the same, to float precision
        assertEquals(lon0 + x * step, lon.getPixelDouble(x + 0.5, y + 0.5), 1e-5, "grid lon at " + x + "," + y);
        assertEquals(lat0 - y * step, lat.getPixelDouble(x + 0.5, y + 0.5), 1e-5, "grid lat at " + x + "," + y);
      }
    }
    // pixel (0, 0)'s corner, half a step before its centre, is the transform's origin
    assertArrayEquals(new double[] {step, 0, 0, -step, lon0 - step / 2, lat0 + step / 2}, map.getImageToMap(), 1e-15);
    PixelPos back = map.getPixelPos(new GeoPos(lat0 - 7 * step, lon0 + 11 * step), null);
    assertEquals(11.5, back.getX(), 1e-9);
    assertEquals(7.5, back.getY(), 1e-9);
  }

  /** A radar-geometry stack's lookup-table positions stay a tie-point geocoding, as before. */
  @Test
  void tiePointPositionsAreATiePointGeocoding() {
    Product product = new Product("radar", "IFG_STACK", 20, 10);

    new GridGeoCodings().attach(product, TiePointPositions.of(new GeoTiffGrid(20, 10, 18.9, 50.3, 3e-4, -2e-4), 16));

    TiePointGeoCoding coding = assertInstanceOf(TiePointGeoCoding.class, product.getSceneGeoCoding());
    assertArrayEquals(new String[] {"latitude", "longitude"}, coding.getTiePointGridNames());
    assertEquals(18.9 + 5 * 3e-4, coding.getGeoPos(new PixelPos(5.5, 0.5), null).getLon(), 1e-5);
  }

  /**
   * As the reader plug-ins look it up (the first found); the operators' test jar on this class path
   * registers a recording coder of its tests after it.
   */
  @Test
  void theReaderPlugInsFindThisGeoCoderAsTheHeadlessOne() {
    var first = java.util.ServiceLoader.load(org.dlinsar.imports.GridGeoCoder.class,
        org.dlinsar.imports.GridGeoCoder.class.getClassLoader()).stream().findFirst();

    assertEquals(GridGeoCodings.class, first.orElseThrow().type());
  }
}
