package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.WktTexts;
import org.junit.jupiter.api.Test;

class RasterDataNodeTest {

  private final Product product = new Product("ifg", "InSAR", 6, 5);

  @Test
  void readsRawSamplesFromOwnRasterData() throws IOException {
    Band band = product.addBand("coh", ProductData.TYPE_INT16);
    short[] samples = new short[30];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) i;
    }
    band.setRasterData(ProductData.createInstance(samples));

    ProductData buffer = band.createCompatibleRasterData(2, 2);
    band.readRasterData(3, 1, 2, 2, buffer);

    assertArrayEquals(new short[] {9, 10, 15, 16}, (short[]) buffer.getElems());
  }

  @Test
  void readsRawSamplesFromTheSourceImageAcrossTiles() throws IOException {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    ProductData buffer = band.createCompatibleRasterData(3, 2);
    band.readRasterData(3, 3, 3, 2, buffer);

    assertArrayEquals(new float[] {33, 34, 35, 43, 44, 45}, (float[]) buffer.getElems());
  }

  @Test
  void readsFromImagesWhoseRastersAreNotPlainBankedBuffers() throws IOException {
    BufferedImage image = new BufferedImage(6, 5, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(4, 2, 0, 200);
    Band band = product.addBand("mask", ProductData.TYPE_UINT8);
    band.setSourceImage(image);

    ProductData buffer = band.createCompatibleRasterData(2, 1);
    band.readRasterData(3, 2, 2, 1, buffer);

    assertEquals(0, buffer.getElemIntAt(0));
    assertEquals(200, buffer.getElemIntAt(1));
  }

  @Test
  void ownRasterDataTakesPrecedenceOverTheSourceImage() throws IOException {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));
    band.setRasterData(ProductData.createInstance(new float[30]));

    float[] pixels = band.readPixels(0, 4, 2, 1, (float[]) null);

    assertArrayEquals(new float[] {0, 0}, pixels);
  }

  @Test
  void readPixelsAppliesLinearScaling() throws IOException {
    Band band = product.addBand("amplitude", ProductData.TYPE_UINT16);
    band.setScalingFactor(0.5);
    band.setScalingOffset(-1.0);
    band.setSourceImage(new SampleImage(ProductData.TYPE_UINT16, 6, 5));

    double[] pixels = band.readPixels(1, 2, 2, 1, (double[]) null);

    assertArrayEquals(new double[] {21 * 0.5 - 1.0, 22 * 0.5 - 1.0}, pixels, 1e-12);
    assertEquals(ProductData.TYPE_FLOAT32, band.getGeophysicalDataType());
  }

  @Test
  void readPixelsAppliesLog10Scaling() throws IOException {
    Band band = product.addBand("db", ProductData.TYPE_FLOAT32);
    band.setLog10Scaled(true);
    band.setScalingFactor(0.1);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    float[] pixels = band.readPixels(0, 1, 1, 1, new float[1]);

    assertEquals(10.0f, pixels[0], 1e-5f);
    assertEquals(10.0, band.scale(10.0), 1e-12);
    assertEquals(10.0, band.scaleInverse(band.scale(10.0)), 1e-12);
  }

  @Test
  void noDataValueIsHeldInTheRawTypeAndMarksPixelsInvalid() throws IOException {
    Band band = product.addBand("counts", ProductData.TYPE_INT16);
    band.setSourceImage(new SampleImage(ProductData.TYPE_INT16, 6, 5));
    band.setScalingFactor(2.0);
    band.setNoDataValue(11.4);
    band.setNoDataValueUsed(true);

    assertEquals(11.0, band.getNoDataValue());
    assertEquals(22.0, band.getGeophysicalNoDataValue());
    assertFalse(band.isPixelValid(1, 1));
    assertTrue(band.isPixelValid(2, 1));
    assertEquals("counts.raw != 11.0", band.getValidMaskExpression());
  }

  /** SNAP's readValidMask: the no-data test and the valid-pixel expression, pixel by pixel as isPixelValid. */
  @Test
  void readValidMaskAppliesNoDataAndExpressionAsIsPixelValid() throws IOException {
    Band band = product.addBand("counts", ProductData.TYPE_INT16);
    band.setSourceImage(new SampleImage(ProductData.TYPE_INT16, 6, 5));
    band.setNoDataValue(11);
    band.setNoDataValueUsed(true);
    band.setValidPixelExpression("counts.raw < 30");

    boolean[] mask = band.readValidMask(1, 1, 4, 3, null);

    int invalid = 0;
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        assertEquals(band.isPixelValid(1 + col, 1 + row), mask[row * 4 + col], "pixel " + (1 + col) + ", " + (1 + row));
        invalid += mask[row * 4 + col] ? 0 : 1;
      }
    }
    assertTrue(invalid > 1 && invalid < 12, "both tests mask some pixels: " + invalid);
    assertFalse(band.readValidMask(1, 1, 1, 1, new boolean[1])[0], "sample 11 is no-data");
    Band plain = product.addBand("plain", ProductData.TYPE_FLOAT32);
    assertArrayEquals(new boolean[] {true, true}, plain.readValidMask(0, 0, 2, 1, new boolean[2]));
  }

  @Test
  void geophysicalNoDataValueIsStoredRaw() {
    Band band = product.addBand("h", ProductData.TYPE_FLOAT32);
    band.setScalingFactor(0.5);

    band.setGeophysicalNoDataValue(-4.0);

    assertEquals(-8.0, band.getNoDataValue());
    assertTrue(band.isNoDataValueSet());
    band.clearNoDataValue();
    assertFalse(band.isNoDataValueSet());
  }

  /** SNAP's clearNoDataValue forgets the value, not its use (RasterDataNode.java 14.x, lines 672-675). */
  @Test
  void clearingTheNoDataValueKeepsItsUseAndMasksZeros() {
    Band band = product.addBand("counts", ProductData.TYPE_INT16);
    band.setSourceImage(new SampleImage(ProductData.TYPE_INT16, 6, 5));
    band.setScalingOffset(1.0);
    band.setNoDataValue(11);
    band.setNoDataValueUsed(true);

    band.clearNoDataValue();

    assertTrue(band.isNoDataValueUsed());
    assertFalse(band.isNoDataValueSet());
    assertEquals(0.0, band.getNoDataValue());
    assertEquals(1.0, band.getGeophysicalNoDataValue());
    assertFalse(band.isPixelValid(0, 0), "raw 0 is the no-data value now");
    assertTrue(band.isPixelValid(1, 1), "raw 11 is valid again");
  }

  @Test
  void validMaskExpressionCombinesExpressionAndNoData() {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);
    assertEquals(null, band.getValidMaskExpression());
    band.setValidPixelExpression("coh > 0.3");
    band.setNoDataValueUsed(true);
    band.setNoDataValue(Double.NaN);

    assertEquals("(coh > 0.3) && !nan(coh)", band.getValidMaskExpression());
  }

  /**
   * SNAP words the no-data test on the geophysical value (snap-core RasterDataNode.java 14.x,
   * createValidMaskExpressionForNoDataValue, lines 880-900): NaN as !nan(band), an infinite value
   * as !inf(band), an integer raster's raw value as a double (band.raw != 11.0), a floating-point
   * raster's geophysical value in fneq; a name that is no plain symbol is quoted, ".raw" inside the
   * quotes and a quote doubled (jexp Tokenizer.createExternalName, lines 310-318); a valid-pixel
   * expression that is the test itself is not repeated (lines 864-878). Each reads back here as the
   * same mask as isPixelValid.
   */
  @Test
  void validMaskExpressionIsWordedAsSnapWordsIt() {
    Band scaled = product.addBand("h", ProductData.TYPE_FLOAT32);
    scaled.setScalingFactor(2.0);
    scaled.setNoDataValue(12.0);
    scaled.setNoDataValueUsed(true);
    assertEquals("fneq(h,24.0)", scaled.getValidMaskExpression());

    Band infinite = product.addBand("v", ProductData.TYPE_FLOAT32);
    infinite.setNoDataValue(Double.NEGATIVE_INFINITY);
    infinite.setNoDataValueUsed(true);
    assertEquals("!inf(v)", infinite.getValidMaskExpression());
    infinite.setValidPixelExpression("!inf(v)");
    assertEquals("!inf(v)", infinite.getValidMaskExpression());

    Band quoted = product.addBand("it's 2", ProductData.TYPE_INT16);
    quoted.setSourceImage(new SampleImage(ProductData.TYPE_INT16, 6, 5));
    quoted.setNoDataValue(21);
    quoted.setNoDataValueUsed(true);
    assertEquals("'it''s 2.raw' != 21.0", quoted.getValidMaskExpression());
    Band and = product.addBand("and", ProductData.TYPE_FLOAT32);
    and.setNoDataValue(Double.NaN);
    and.setNoDataValueUsed(true);
    assertEquals("!nan('and')", and.getValidMaskExpression());

    Band masked = product.addBand("masked", ProductData.TYPE_INT16);
    masked.setSourceImage(new SampleImage(ProductData.TYPE_INT16, 6, 5));
    masked.setValidPixelExpression(quoted.getValidMaskExpression());
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 6; x++) {
        assertEquals(quoted.isPixelValid(x, y), masked.isPixelValid(x, y), "pixel " + x + ", " + y);
      }
    }
    assertFalse(masked.isPixelValid(1, 2));
  }

  @Test
  void unreadableBandIsAnIOExceptionNamingBandAndProduct() {
    Band band = product.addBand("empty", ProductData.TYPE_FLOAT32);

    IOException error = assertThrows(IOException.class,
        () -> band.readRasterData(0, 0, 1, 1, band.createCompatibleRasterData(1, 1)));
    assertEquals("band 'empty' of product 'ifg' has no raster data and no source image to read pixels from",
        error.getMessage());
  }

  @Test
  void imageIoFailuresArriveAsTheirIOException() {
    IOException cause = new IOException("truncated file phase.img");
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(SampleImage.failing(6, 5, () -> new UncheckedIOException(cause)));

    IOException error = assertThrows(IOException.class, () -> band.readPixels(0, 0, 2, 2, (float[]) null));
    assertSame(cause, error);
  }

  @Test
  void otherImageFailuresPassThroughUnchanged() {
    IllegalStateException failure = new IllegalStateException("operator failed");
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(SampleImage.failing(6, 5, () -> failure));

    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> band.readRasterData(0, 0, 1, 1, band.createCompatibleRasterData(1, 1)));
    assertSame(failure, error);
  }

  @Test
  void rejectsRectanglesOutsideTheRasterAndWrongBuffers() {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> band.readRasterData(5, 0, 2, 1, band.createCompatibleRasterData(2, 1)));
    assertEquals("rectangle (x=5, y=0, w=2, h=1) is not inside band 'phase' of product 'ifg' of 6x5 pixels",
        outside.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> band.readRasterData(0, 0, 2, 1, ProductData.createInstance(new double[2])));
  }

  @Test
  void sourceImageMustHaveTheRasterSize() {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);

    assertThrows(IllegalArgumentException.class,
        () -> band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 5, 5)));
    assertFalse(band.isSourceImageSet());
  }

  @Test
  void loadRasterDataReadsTheWholeBandOnceAndUnloadDropsIt() throws IOException {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    band.loadRasterData();

    assertTrue(band.hasRasterData());
    assertEquals(43, band.getSampleInt(3, 4));
    assertEquals(43f, band.getSampleFloat(3, 4));
    band.unloadRasterData();
    assertFalse(band.hasRasterData());
  }

  /** SNAP's AbstractBand.unloadRasterData drops the data, even where it is the only copy. */
  @Test
  void unloadDropsTheRasterDataAsSnap() {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.ensureRasterData();

    band.unloadRasterData();

    assertFalse(band.hasRasterData());
  }

  /**
   * SNAP's getSampleInt and getSampleFloat read the band's geophysical image, loaded or not: a
   * scaled value as int truncated. The stand-in gave the raw sample, and only of loaded data.
   */
  @Test
  void sampleGettersReadTheGeophysicalValueLoadedOrNot() {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));
    band.setScalingFactor(0.1);

    assertEquals(4, band.getSampleInt(3, 4));
    assertEquals(4.3f, band.getSampleFloat(3, 4), 1e-6f);
  }

  /** Outside the raster SNAP's valid mask image has no tile: invalid where a mask is used. */
  @Test
  void aPixelOutsideTheRasterIsInvalidUnderAValidMask() {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));
    assertTrue(band.isPixelValid(-1, 0), "no valid mask: every pixel is");
    band.setNoDataValueUsed(true);
    assertFalse(band.isPixelValid(-1, 0));
    assertFalse(band.isPixelValid(6, 0));
    assertTrue(band.isPixelValid(5, 4));
  }

  /** As SNAP's AbstractBand: getPixels needs loaded raster data, readPixels reads the image. */
  @Test
  void getPixelsNeedsLoadedRasterDataAndReadPixelsReadsTheImage() throws IOException {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    band.setScalingFactor(2.0);
    band.setSourceImage(new SampleImage(ProductData.TYPE_FLOAT32, 6, 5));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> band.getPixels(1, 1, 2, 1, (float[]) null));
    assertEquals("raster data not loaded", e.getMessage());
    assertArrayEquals(new float[] {22, 24}, band.readPixels(1, 1, 2, 1, (float[]) null));
    band.loadRasterData();
    assertArrayEquals(new float[] {22, 24}, band.getPixels(1, 1, 2, 1, (float[]) null));
  }

  @Test
  void geoCodingFallsBackToTheSceneGeoCoding() {
    Band band = product.addBand("phase", ProductData.TYPE_FLOAT32);
    assertFalse(band.hasGeoCoding());
    GeoCoding scene = new org.dlinsar.lite.geo.TiePointGeoCoding(java.util.List.of(), null, null, 6, 5);

    product.setSceneGeoCoding(scene);

    assertSame(scene, band.getGeoCoding());
  }

  /**
   * SNAP 14's image views zoom in model coordinates: a map grid's (snap-core RasterDataNode.java
   * 14.x, lines 248-275, through Product.findImageToModelTransform, lines 332-340, and
   * CrsGeoCoding.getImageToMapTransform, lines 166-168) for a raster on the scene's map grid,
   * pixels for tie-point grids, no geocoding, or a raster whose model CRS is not the scene's.
   */
  @Test
  void modelCoordinatesAreTheMapGridsAsSnapsImageViewsZoomInThem() {
    double[] degrees = {0.125, 0, 0, -0.2, 10, 45};
    Band phase = product.addBand("phase", ProductData.TYPE_FLOAT32);
    assertEquals(new AffineTransform(), phase.getImageToModelTransform(), "no geocoding: pixels");

    product.setSceneGeoCoding(new CrsGeoCoding(WktTexts.WGS84_DD, degrees, 6, 5));
    assertEquals(new AffineTransform(degrees), phase.getImageToModelTransform());
    Band own = product.addBand("own", ProductData.TYPE_FLOAT32);
    own.setGeoCoding(new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.25, 0, 0, -0.4, 10, 45}, 6, 5));
    assertEquals(new AffineTransform(new double[] {0.25, 0, 0, -0.4, 10, 45}), own.getImageToModelTransform(),
        "its own grid on the scene's CRS");
    Band utm = product.addBand("utm", ProductData.TYPE_FLOAT32);
    utm.setGeoCoding(new CrsGeoCoding(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000}, 6, 5));
    assertEquals(new AffineTransform(), utm.getImageToModelTransform(), "another model CRS than the scene's");

    Product radar = new Product("slc", "InSAR", 6, 5);
    radar.setSceneGeoCoding(new TiePointGeoCoding(List.of(
        new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 5, 4, new float[] {45, 45, 44, 44}, false),
        new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 5, 4, new float[] {10, 11, 10, 11}, true)),
        "latitude", "longitude", 6, 5));
    assertEquals(new AffineTransform(), radar.addBand("phase", ProductData.TYPE_FLOAT32).getImageToModelTransform(),
        "tie-point grids: pixels");
  }
}
