package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BandTest {

  @Test
  void writeRasterDataCreatesAndFillsTheBandsRasterData() throws IOException {
    Band band = new Band("mask", ProductData.TYPE_UINT8, 4, 3);

    band.writeRasterData(1, 1, 2, 2, ProductData.createInstance(ProductData.TYPE_UINT8, new byte[] {1, 2, 3, (byte) 250}),
        ProgressMonitor.NULL);

    assertTrue(band.hasRasterData());
    assertEquals(0, band.getPixelInt(0, 0));
    assertEquals(2, band.getPixelInt(2, 1));
    assertEquals(250, band.getPixelInt(2, 2));
    ProductData read = band.createCompatibleRasterData(4, 1);
    band.readRasterData(0, 2, 4, 1, read, ProgressMonitor.NULL);
    assertArrayEquals(new byte[] {0, 3, (byte) 250, 0}, (byte[]) read.getElems());
  }

  @Test
  void writeRasterDataRejectsAMismatchingBufferNamingTheBand() {
    Band band = new Band("mask", ProductData.TYPE_UINT8, 4, 3);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> band.writeRasterData(0, 0, 2, 2, ProductData.createInstance(new float[4]), ProgressMonitor.NULL));
    assertEquals("band 'mask': data to write must be uint8 of at least 4 elements, got float32 of 4",
        error.getMessage());
  }

  @Test
  void pixelSettersStoreRawValuesOfScaledBands() {
    Band band = new Band("height", ProductData.TYPE_INT16, 3, 2);
    band.setScalingFactor(0.5);

    band.setPixelDouble(1, 0, 12.5);
    band.setPixels(0, 1, 3, 1, new float[] {1f, 2f, 3f});

    assertEquals(12, band.getSampleInt(1, 0), "the geophysical 12.5 truncated, as SNAP's");
    assertEquals(12.5, band.getPixelDouble(1, 0));
    assertEquals(13, band.getPixelInt(1, 0));
    assertArrayEquals(new float[] {1f, 2f, 3f}, band.getPixels(0, 1, 3, 1, null, ProgressMonitor.NULL));
  }

  /**
   * SNAP's ensureRasterData allocates zeroed raster data and reads nothing (AbstractBand 14.x);
   * loadRasterData reads the source image. The stand-in read it, so code relying on that ran
   * headless and computed on zeros in SNAP.
   */
  @Test
  void ensureRasterDataAllocatesZerosAndLoadRasterDataReadsTheSourceImage() throws IOException {
    Band band = new Band("phase", ProductData.TYPE_FLOAT32, 6, 5);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    band.ensureRasterData();
    assertEquals(0f, band.getPixelFloat(2, 4));

    band.unloadRasterData();
    band.loadRasterData();
    assertEquals(42f, band.getPixelFloat(2, 4));
  }

  @Test
  void writeRasterDataFullyMaterializesTheSourceImage() throws IOException {
    Band band = new Band("phase", ProductData.TYPE_FLOAT32, 6, 5);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    band.writeRasterDataFully(ProgressMonitor.NULL);

    assertTrue(band.hasRasterData());
    assertEquals(11f, band.getPixelFloat(1, 1));
  }

  @Test
  void isNeverAFlagOrIndexBandAndHasNoSpectralIndexByDefault() {
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 1, 1);

    assertFalse(band.isFlagBand());
    assertFalse(band.isIndexBand());
    assertEquals(-1, band.getSpectralBandIndex());
    assertEquals("Band[b, float32, 1x1]", band.toString());
  }

  @Test
  void rejectsEmptySizesNamingTheBand() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new Band("b", ProductData.TYPE_FLOAT32, 0, 3));
    assertEquals("band 'b' needs a positive size, got 0x3", error.getMessage());
  }

  @Test
  void createSourceImageServesTheRasterData() {
    Band band = new Band("b", ProductData.TYPE_INT32, 2, 2);
    band.setRasterData(ProductData.createInstance(new int[] {1, 2, 3, 4}));

    assertEquals(4, band.createSourceImage().getData().getSample(1, 1, 0));
  }
}
