package org.dlinsar.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Locale;
import org.esa.snap.core.dataio.ProductWriter;
import org.esa.snap.core.dataio.ProductWriterPlugIn;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.util.io.SnapFileFilter;
import org.junit.jupiter.api.Test;

class BesideTargetTest {

  /**
   * A product written as GeoTIFF ({@code -t out.tif -f GeoTIFF} in gpt) has its files beside it
   * named after the product, {@code out.detections.geojson}; they were {@code
   * out.tif.detections.geojson}. A DIMAP header is left to SideFiles, whose rules for {@code .dim}
   * differ ({@code x.DIM} is the product {@code x.DIM}).
   */
  @Test
  void theFileBesideIsNamedAfterTheProductWhateverTheFormat() {
    assertEquals(Path.of("out/scene"), writtenTo(writer("out/scene.TIF", ".tif", ".tiff")));
    assertEquals(Path.of("out/scene"), writtenTo(writer("out/scene.tiff", ".tif", ".tiff")));
    assertEquals(Path.of("out/scene.nc"), writtenTo(writer("out/scene.nc", ".tif", ".tiff")));
    assertEquals(Path.of("out/scene"), writtenTo(writer("out/scene", ".tif")));
    assertEquals(Path.of("out/x.DIM"), writtenTo(writer("out/x.DIM", ".dim")));
    assertEquals(Path.of("out/x.dim"), writtenTo(writer("out/x.dim", ".dim")));
    assertEquals(Path.of("out/scene.tif"), writtenTo(writer("out/scene.tif", (String[]) null)));
    assertNull(writtenTo(null));
  }

  private static Path writtenTo(ProductWriter writer) {
    Product product = new Product("p", "t", 4, 4);
    product.setProductWriter(writer);
    return BesideTarget.writtenTo(product);
  }

  /** A writer of {@code output} whose plug-in has {@code extensions}, or none when null. */
  private static ProductWriter writer(String output, String... extensions) {
    ProductWriterPlugIn plugIn = extensions == null ? null : new ProductWriterPlugIn() {
      @Override
      public String[] getFormatNames() {
        return new String[] {"GeoTIFF"};
      }

      @Override
      public String[] getDefaultFileExtensions() {
        return extensions;
      }

      @Override
      public String getDescription(Locale locale) {
        return "GeoTIFF";
      }

      @Override
      public SnapFileFilter getProductFileFilter() {
        return null;
      }
    };
    return new ProductWriter() {
      @Override
      public ProductWriterPlugIn getWriterPlugIn() {
        return plugIn;
      }

      @Override
      public Object getOutput() {
        return output;
      }
    };
  }
}
