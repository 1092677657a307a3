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

  @Test
  void sourceTileIsClippedToTheRasterAndGivesNanAtNoData() {
    Product product = TestScenes.twoBands(5, 4, null);
    Band a = product.getBand("a");
    a.setNoDataValue(6);
    a.setNoDataValueUsed(true);
    Tile tile = new ReaderOp().getSourceTile(a, new Rectangle(-1, -1, 3, 4));
    assertEquals(new Rectangle(0, 0, 2, 3), tile.getRectangle());
    assertFalse(tile.isTarget());
    assertTrue(Double.isNaN(tile.getSampleDouble(1, 1)));
    assertTrue(Float.isNaN(tile.getSamplesFloat()[3]));
    assertFalse(tile.isSampleValid(1, 1));
    assertEquals(5f, tile.getSampleFloat(0, 1));
    assertTrue(tile.isSampleValid(0, 1));
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
