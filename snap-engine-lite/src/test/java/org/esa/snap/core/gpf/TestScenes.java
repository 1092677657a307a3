package org.esa.snap.core.gpf;

import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.RasterDataNode;

/** In-memory products and helpers for the GPF tests. */
final class TestScenes {

  private TestScenes() {
  }

  /**
   * A product with float32 bands "a" = y * width + x and "b" = 2 a, held as raster data.
   *
   * @param tileSize the preferred tile size, or null
   */
  static Product twoBands(int width, int height, Dimension tileSize) {
    Product product = new Product("twoBands", "TEST", width, height);
    product.setPreferredTileSize(tileSize);
    float[] a = new float[width * height];
    float[] b = new float[width * height];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
      b[i] = 2 * i;
    }
    Band bandA = new Band("a", ProductData.TYPE_FLOAT32, width, height);
    bandA.setRasterData(ProductData.createInstance(a));
    product.addBand(bandA);
    Band bandB = new Band("b", ProductData.TYPE_FLOAT32, width, height);
    bandB.setRasterData(ProductData.createInstance(b));
    product.addBand(bandB);
    return product;
  }

  /** Reads the geophysical samples of the whole raster. */
  static float[] readAll(RasterDataNode raster) {
    return read(raster, 0, 0, raster.getRasterWidth(), raster.getRasterHeight());
  }

  /** Reads the geophysical samples of a rectangle. */
  static float[] read(RasterDataNode raster, int x, int y, int width, int height) {
    try {
      return raster.readPixels(x, y, width, height, new float[width * height]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
