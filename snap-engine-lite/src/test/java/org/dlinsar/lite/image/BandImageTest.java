package org.dlinsar.lite.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class BandImageTest {

  @Test
  void servesTheSourceBandsRawSamples() {
    Product product = new Product("p", "T", 3, 2);
    Band source = product.addBand("h", ProductData.TYPE_UINT16);
    source.setScalingFactor(0.5);
    source.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT16,
        new short[] {1, 2, 3, 4, 5, (short) 60000}));

    BandImage image = new BandImage(source);
    Raster raster = image.getData(new Rectangle(1, 1, 2, 1));

    assertEquals(DataBuffer.TYPE_USHORT, image.getSampleModel().getDataType());
    assertArrayEquals(new int[] {5, 60000}, raster.getSamples(1, 1, 2, 1, 0, (int[]) null));
    assertSame(source, image.getSource());
  }

  @Test
  void followsThePreferredTileSizeOfTheSourceProduct() {
    Product product = new Product("p", "T", 1000, 700);
    product.setPreferredTileSize(256, 128);
    Band source = product.addBand("h", ProductData.TYPE_FLOAT32);

    BandImage image = new BandImage(source);

    assertEquals(256, image.getTileWidth());
    assertEquals(128, image.getTileHeight());
  }

  @Test
  void reportsTheSourceBandsIOExceptionUnchecked() {
    Product product = new Product("p", "T", 2, 2);
    Band source = product.addBand("empty", ProductData.TYPE_FLOAT32);

    UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> new BandImage(source).getData());
    assertEquals(IOException.class, error.getCause().getClass());
    assertEquals("band 'empty' of product 'p' has no raster data and no source image to read pixels from",
        error.getCause().getMessage());
  }

  @Test
  void rejectsInt64BandsWhichImagesCannotHold() {
    Band source = new Band("big", ProductData.TYPE_INT64, 2, 2);

    assertThrows(IllegalArgumentException.class, () -> new BandImage(source));
  }
}
