package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class TileImplTest {

  /** An operator only used to call getSourceTile. */
  static final class ReaderOp extends Operator {
    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", 1, 1));
    }
  }

  @Test
  void targetTileHasAbsoluteGeometryWithInclusiveMaxima() {
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 20, 10);
    Tile tile = TileImpl.createTarget(band, new Rectangle(7, 5, 4, 3));
    assertEquals(7, tile.getMinX());
    assertEquals(10, tile.getMaxX());
    assertEquals(5, tile.getMinY());
    assertEquals(7, tile.getMaxY());
    assertEquals(0, tile.getScanlineOffset());
    assertEquals(4, tile.getScanlineStride());
    assertEquals(5, tile.getDataBufferIndex(8, 6));
    assertTrue(tile.isTarget());
    assertSame(band, tile.getRasterDataNode());
  }

  @Test
  void setSampleStoresRawValuesThroughTheScaling() {
    Band band = new Band("b", ProductData.TYPE_INT16, 4, 1);
    band.setScalingFactor(0.5);
    band.setScalingOffset(10);
    Tile tile = TileImpl.createTarget(band, new Rectangle(0, 0, 4, 1));
    tile.setSample(0, 0, 11.0);
    tile.setSample(1, 0, 12.5f);
    tile.setSample(2, 0, 14);
    tile.setSample(3, 0, true);
    assertArrayEquals(new short[] {2, 5, 8, -18}, tile.getDataBufferShort());
    assertEquals(12.5, tile.getSampleDouble(1, 0));
    assertEquals(14, tile.getSampleInt(2, 0));
    assertNull(tile.getDataBufferFloat());
  }

  /**
   * SNAP reads an int (and a boolean, a bit) from an unscaled float raster through its
   * WritableRaster, whose DataBufferFloat casts to int: truncated toward zero, 2.7 as 2 and 0.6
   * as false. The stand-in went through ProductData.getElemIntAt, which rounds.
   */
  @Test
  void intsOfAnUnscaledFloatRasterAreTruncatedAsSnapReadsThem() {
    for (int type : new int[] {ProductData.TYPE_FLOAT32, ProductData.TYPE_FLOAT64}) {
      Tile tile = TileImpl.createTarget(new Band("f", type, 4, 1), new Rectangle(0, 0, 4, 1));
      tile.setSamples(new double[] {2.7, -2.7, 2.5, 0.6});
      assertEquals(2, tile.getSampleInt(0, 0));
      assertEquals(-2, tile.getSampleInt(1, 0));
      assertEquals(2, tile.getSampleInt(2, 0));
      assertFalse(tile.getSampleBoolean(3, 0));
      assertFalse(tile.getSampleBit(3, 0, 0));
      assertTrue(tile.getSampleBit(1, 0, 31), "-2 as int has its sign bit");
    }
  }

  @Test
  void setSamplesFillsTheRectangleRowMajor() {
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 3, 2);
    Tile tile = TileImpl.createTarget(band, new Rectangle(0, 0, 3, 2));
    tile.setSamples(new float[] {1, 2, 3, 4, 5, 6});
    assertEquals(6f, tile.getSampleFloat(2, 1));
    tile.setSamples(new double[] {6, 5, 4, 3, 2, 1});
    assertArrayEquals(new float[] {6, 5, 4, 3, 2, 1}, tile.getSamplesFloat());
    assertThrows(IllegalArgumentException.class, () -> tile.setSamples(new float[5]));
  }

  @Test
  void arraysOfTheBandsOwnTypeAreStoredBitForBitAsSingleSamplesWouldBe() {
    // unsigned types keep the array's bits: byte -1 is 255 in a uint8 band, as setSample stores it
    Tile uint8 = TileImpl.createTarget(new Band("u8", ProductData.TYPE_UINT8, 2, 1), new Rectangle(0, 0, 2, 1));
    uint8.setSamples(new byte[] {-1, 7});
    assertEquals(255, uint8.getSampleInt(0, 0));
    assertEquals(7, uint8.getSampleInt(1, 0));
    Tile int32 = TileImpl.createTarget(new Band("i32", ProductData.TYPE_INT32, 2, 1), new Rectangle(0, 0, 2, 1));
    int32.setSamples(new int[] {Integer.MIN_VALUE, 5});
    assertArrayEquals(new int[] {Integer.MIN_VALUE, 5}, int32.getSamplesInt());
    // another type, or a scaled band, still converts sample by sample
    Band scaled = new Band("s", ProductData.TYPE_INT16, 2, 1);
    scaled.setScalingFactor(0.5);
    Tile tile = TileImpl.createTarget(scaled, new Rectangle(0, 0, 2, 1));
    tile.setSamples(new short[] {3, -4});
    assertEquals(6, tile.getRawSamples().getElemIntAt(0));
    assertEquals(-8, tile.getRawSamples().getElemIntAt(1));
    Tile fromInts = TileImpl.createTarget(new Band("f", ProductData.TYPE_FLOAT32, 2, 1), new Rectangle(0, 0, 2, 1));
    fromInts.setSamples(new int[] {3, -4});
    assertArrayEquals(new float[] {3, -4}, fromInts.getSamplesFloat());
  }

  @Test
  void bitsAreReadAndWrittenOnTheRawSample() {
    Band band = new Band("flags", ProductData.TYPE_UINT8, 1, 1);
    Tile tile = TileImpl.createTarget(band, new Rectangle(0, 0, 1, 1));
    tile.setSample(0, 0, 3, true);
    tile.setSample(0, 0, 0, true);
    assertEquals(9, tile.getSampleInt(0, 0));
    assertTrue(tile.getSampleBit(0, 0, 3));
    tile.setSample(0, 0, 3, false);
    assertFalse(tile.getSampleBit(0, 0, 3));
  }

  @Test
  void iteratesRowByRowInScenePixels() {
    Tile tile = TileImpl.createTarget(new Band("b", ProductData.TYPE_FLOAT32, 9, 9), new Rectangle(4, 6, 2, 2));
    List<Tile.Pos> positions = new ArrayList<>();
    tile.forEach(positions::add);
    assertEquals(List.of(new Tile.Pos(4, 6), new Tile.Pos(5, 6), new Tile.Pos(4, 7), new Tile.Pos(5, 7)), positions);
  }

  /**
   * SNAP's TileImpl: getSamples* apply the valid mask, getSample* do not (snap-gpf internal/TileImpl, 14.x).
   * A region reaching beyond the raster is not clipped: SNAP's OperatorContext.getSourceTile (14.x,
   * lines 435-452) wraps JAI's PlanarImage.getData(region), a raster of the whole region whose
   * samples outside the image stay 0 (and whose valid-mask image reads 0 there, invalid).
   */
  @Test
  void sourceTileCoversTheWholeRegionAsSnapsAndMasksNoDataInTheArraysOnly() {
    Product product = TestScenes.twoBands(5, 4, null);
    Band a = product.getBand("a");
    a.setNoDataValue(6);
    a.setNoDataValueUsed(true);
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(-1, -1, 3, 4));
    assertEquals(new Rectangle(-1, -1, 3, 4), tile.getRectangle());
    assertEquals(-1, tile.getMinX());
    assertEquals(3, tile.getWidth());
    assertEquals(12, tile.getSamplesFloat().length);
    assertFalse(tile.isTarget());
    assertEquals(6.0, tile.getSampleDouble(1, 1));
    assertTrue(Float.isNaN(tile.getSamplesFloat()[8]));
    assertTrue(Double.isNaN(tile.getSamplesDouble()[8]));
    assertEquals(0, tile.getSamplesInt()[8]);
    assertFalse(tile.isSampleValid(1, 1));
    assertEquals(5f, tile.getSampleFloat(0, 1));
    assertEquals(5f, tile.getSamplesFloat()[7]);
    assertTrue(tile.isSampleValid(0, 1));
    assertEquals(0f, tile.getSampleFloat(-1, 0), "outside the raster the raw sample is 0");
    assertTrue(Float.isNaN(tile.getSamplesFloat()[3]), "and invalid where the raster has a valid mask");
    assertFalse(tile.isSampleValid(-1, 0));
  }

  @Test
  void aSourceTileBeyondARasterWithoutValidMaskReadsZerosThere() {
    Band b = TestScenes.twoBands(5, 4, null).getBand("b");
    Tile tile = new ReaderOp().getSourceTile(b, new Rectangle(3, 2, 3, 3));
    assertArrayEquals(new float[] {26, 28, 0, 36, 38, 0, 0, 0, 0}, tile.getSamplesFloat());
  }

  /** The valid mask is the no-data test and the valid-pixel expression (SNAP's RasterDataNode.getValidMaskExpression). */
  @Test
  void validPixelExpressionMasksTheArraysAndIsSampleValid() {
    Product product = TestScenes.twoBands(4, 3, null);
    Band a = product.getBand("a");
    a.setValidPixelExpression("b > 6 && a != 9");
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(0, 0, 4, 3));
    float[] samples = tile.getSamplesFloat();
    for (int i = 0; i < 12; i++) {
      boolean valid = 2 * i > 6 && i != 9;
      assertEquals(valid ? i : Float.NaN, samples[i], "pixel " + i);
      assertEquals(valid, tile.isSampleValid(i % 4, i / 4), "pixel " + i);
      assertEquals(valid, a.isPixelValid(i % 4, i / 4), "pixel " + i);
    }
    assertEquals(3f, tile.getSampleFloat(3, 0), "getSampleFloat ignores the mask");
  }

  @Test
  void aValidPixelExpressionThatCannotBeEvaluatedNamesBandAndExpression() {
    Band a = TestScenes.twoBands(2, 2, null).getBand("a");
    a.setValidPixelExpression("flags.INVALID == 0");
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(0, 0, 2, 2));
    OperatorException e = assertThrows(OperatorException.class, tile::getSamplesFloat);
    assertTrue(e.getMessage().contains("'flags.INVALID == 0' of band 'a'") && e.getMessage().contains("unknown symbol"),
        e.getMessage());
  }

  /**
   * SNAP's TileImpl.isSampleValid (snap-gpf internal/TileImpl.java 14.x, lines 140-144) asks
   * rasterDataNode.isPixelValid(x, y), whose valid mask covers the whole raster
   * (RasterDataNode.java 14.x, lines 1072-1084): a pixel outside the tile but inside the raster
   * answers its validity there, and every pixel is valid without a valid mask.
   */
  @Test
  void isSampleValidOutsideTheTileAnswersForTheRaster() {
    Product product = TestScenes.twoBands(4, 3, null);
    Band a = product.getBand("a");
    a.setNoDataValue(9);
    a.setNoDataValueUsed(true);
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(0, 0, 2, 2));
    assertFalse(tile.isSampleValid(1, 2), "pixel 9, below the tile");
    assertTrue(tile.isSampleValid(3, 2), "pixel 11, outside the tile");
    assertTrue(tile.isSampleValid(1, 1));

    Tile unmasked = TileImpl.createTarget(new Band("b", ProductData.TYPE_FLOAT32, 9, 9), new Rectangle(4, 6, 2, 2));
    assertTrue(unmasked.isSampleValid(0, 0));
  }

  /** SNAP's fneq test for float no-data: a NaN sample is valid when the no-data value is a number. */
  @Test
  void nanIsValidForAFloatBandWhoseNoDataValueIsANumber() {
    Band band = new Band("f", ProductData.TYPE_FLOAT32, 3, 1);
    band.setRasterData(ProductData.createInstance(new float[] {Float.NaN, -9999f, -9999.0000001f}));
    band.setNoDataValue(-9999);
    band.setNoDataValueUsed(true);
    Tile tile = new ReaderOp().getSourceTile(band, new Rectangle(0, 0, 3, 1));
    assertTrue(tile.isSampleValid(0, 0));
    assertFalse(tile.isSampleValid(1, 0));
    assertFalse(tile.isSampleValid(2, 0), "within 1e-6 of the no-data value");
  }

  /** SNAP: without a valid mask getSamplesFloat of unscaled float32 returns the raw samples array itself. */
  @Test
  void withoutValidMaskTheSamplesArrayIsTheRawOne() {
    Band a = TestScenes.twoBands(3, 2, null).getBand("a");
    Tile whole = new ReaderOp().getSourceTile(a, new Rectangle(0, 0, 3, 2));
    assertSame(whole.getRawSamples().getElems(), whole.getSamplesFloat());
    assertSame(whole.getDataBuffer(), whole.getRawSamples());
  }

  /**
   * SNAP's source tiles share the source image's raster: the data buffer may be larger than the
   * tile, and getRawSamples copies only when the buffer does not hold exactly the tile.
   */
  @Test
  void sourceTileOfABandInMemorySharesItsData() {
    Band a = TestScenes.twoBands(5, 4, null).getBand("a");
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(1, 2, 3, 2));
    assertSame(a.getRasterData().getElems(), tile.getDataBufferFloat());
    assertEquals(5, tile.getScanlineStride());
    assertEquals(11, tile.getScanlineOffset());
    assertEquals(17, tile.getDataBufferIndex(2, 3));
    assertArrayEquals(new float[] {11, 12, 13, 16, 17, 18}, (float[]) tile.getRawSamples().getElems());
    assertArrayEquals(new float[] {11, 12, 13, 16, 17, 18}, tile.getSamplesFloat());
    assertEquals(17f, tile.getSampleFloat(2, 3));
  }

  /** SNAP converts scaled integers in getSamplesInt by truncation, in getSampleInt by rounding half up. */
  @Test
  void scaledIntegersAreTruncatedInArraysAndRoundedSingly() {
    Band band = new Band("s", ProductData.TYPE_INT16, 2, 1);
    band.setScalingFactor(0.5);
    band.setRasterData(ProductData.createInstance(new short[] {5, -5}));
    Tile tile = new ReaderOp().getSourceTile(band, new Rectangle(0, 0, 2, 1));
    assertArrayEquals(new int[] {2, -2}, tile.getSamplesInt());
    assertEquals(3, tile.getSampleInt(0, 0));
    assertEquals(-2, tile.getSampleInt(1, 0));
  }

  /**
   * SNAP's TileImpl (14.x) writes a float or double through its WritableRaster, whose DataBuffer
   * casts it to int (2.7 as 2, -2.7 as -2); an int through a scaling it rounds half up itself.
   */
  @Test
  void floatsIntoIntegersAreTruncatedAndScaledIntsRoundedHalfUp() {
    Band plain = new Band("p", ProductData.TYPE_INT32, 5, 1);
    Tile tile = TileImpl.createTarget(plain, new Rectangle(0, 0, 5, 1));
    tile.setSample(0, 0, 2.7f);
    tile.setSample(1, 0, -2.7);
    tile.setSample(2, 0, 7);
    tile.setSample(3, 0, Float.NaN);
    tile.setSample(4, 0, 0.99);
    assertArrayEquals(new int[] {2, -2, 7, 0, 0}, tile.getDataBufferInt());
    tile.setSamples(new double[] {1.5, -1.5, 3.999, 4, 5});
    assertArrayEquals(new int[] {1, -1, 3, 4, 5}, tile.getDataBufferInt());

    Band scaled = new Band("s", ProductData.TYPE_INT16, 3, 1);
    scaled.setScalingFactor(2);
    Tile scaledTile = TileImpl.createTarget(scaled, new Rectangle(0, 0, 3, 1));
    scaledTile.setSamples(new int[] {3, -3, 5}); // raw 1.5, -1.5, 2.5
    assertArrayEquals(new short[] {2, -1, 3}, scaledTile.getDataBufferShort());
    scaledTile.setSamples(new float[] {3, -3, 5});
    assertArrayEquals(new short[] {1, -1, 2}, scaledTile.getDataBufferShort());
  }

  @Test
  void sourceTileAppliesTheScaling() {
    Band scaled = new Band("s", ProductData.TYPE_INT16, 2, 1);
    scaled.setScalingFactor(0.25);
    scaled.setRasterData(ProductData.createInstance(new short[] {4, 8}));
    Tile tile = new ReaderOp().getSourceTile(scaled, new Rectangle(0, 0, 2, 1));
    assertArrayEquals(new double[] {1, 2}, tile.getSamplesDouble());
    assertArrayEquals(new short[] {4, 8}, tile.getDataBufferShort());
  }

  @Test
  void writingToASourceTileIsRejected() {
    Band a = TestScenes.twoBands(2, 2, null).getBand("a");
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(0, 0, 2, 2));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> tile.setSample(0, 0, 1f));
    assertTrue(e.getMessage().contains("source tile"), e.getMessage());
  }

  @Test
  void sourceRegionOutsideTheRasterIsRejectedNamingTheBand() {
    Band a = TestScenes.twoBands(2, 2, null).getBand("a");
    OperatorException e = assertThrows(OperatorException.class,
        () -> new ReaderOp().getSourceTile(a, new Rectangle(5, 5, 2, 2)));
    assertTrue(e.getMessage().contains("band 'a' of 2x2"), e.getMessage());
  }
}
