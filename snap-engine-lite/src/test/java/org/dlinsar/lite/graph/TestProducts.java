package org.dlinsar.lite.graph;

import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

import java.io.File;
import java.io.IOException;

/** Small BEAM-DIMAP products with known pixels, written into a test's temporary folder. */
public final class TestProducts {

  public static final int WIDTH = 37;
  public static final int HEIGHT = 23;

  private TestProducts() {}

  /**
   * Writes a product with a float band "phase" (value x + 100 y + 0.25), a short band "count"
   * (value x - y) and a metadata element "Abstracted_Metadata" with attribute PASS = ASCENDING.
   */
  public static File write(File file) throws IOException {
    Product product = new Product("scene", "TEST", WIDTH, HEIGHT);
    float[] phase = new float[WIDTH * HEIGHT];
    short[] count = new short[WIDTH * HEIGHT];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        phase[y * WIDTH + x] = x + 100 * y + 0.25f;
        count[y * WIDTH + x] = (short) (x - y);
      }
    }
    Band phaseBand = product.addBand("phase", ProductData.TYPE_FLOAT32);
    phaseBand.setRasterData(ProductData.createInstance(phase));
    Band countBand = product.addBand("count", ProductData.TYPE_INT16);
    countBand.setRasterData(ProductData.createInstance(count));
    MetadataElement abstracted = new MetadataElement("Abstracted_Metadata");
    abstracted.setAttributeString("PASS", "ASCENDING");
    product.getMetadataRoot().addElement(abstracted);
    ProductIO.writeProduct(product, file, "BEAM-DIMAP", false);
    product.dispose();
    return file;
  }

  /** @return the geophysical pixels of {@code band} of the product in {@code file} */
  public static float[] pixels(File file, String band) throws IOException {
    Product product = ProductIO.readProduct(file);
    try {
      Band b = product.getBand(band);
      if (b == null) {
        throw new IllegalArgumentException("no band '" + band + "' in " + file);
      }
      return b.readPixels(0, 0, b.getRasterWidth(), b.getRasterHeight(), new float[b.getRasterWidth() * b.getRasterHeight()]);
    } finally {
      product.dispose();
    }
  }

  /** @return the band names of the product in {@code file} */
  public static String[] bandNames(File file) throws IOException {
    Product product = ProductIO.readProduct(file);
    try {
      return product.getBandNames();
    } finally {
      product.dispose();
    }
  }

  /** @return the data folder of the BEAM-DIMAP product {@code dim} ({@code name.data}) */
  public static File dataFolder(File dim) {
    String name = dim.getName();
    return new File(dim.getParentFile(), name.substring(0, name.length() - 4) + ".data");
  }
}
