package org.esa.snap.core.gpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.awt.image.RenderedImage;
import java.util.Map;
import org.dlinsar.lite.TileCacheSize;
import org.dlinsar.lite.gpf.testops.ManyBandStackOp;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tile stacks as SNAP computes them (snap-gpf 12.x to 14.x, OperatorContext.setTargetImages and
 * OperatorImageTileStack): the preferred tile size is kept however many bands the operator
 * computes, every band gets its own tile per stack, and those tiles are cached one by one.
 */
class TileStackTest {

  @AfterEach
  void restoreTheCacheSize() {
    System.clearProperty(TileCacheSize.PROPERTY);
  }

  private static ManyBandStackOp stack(int width, int height, int bands, Dimension tiles) {
    RenderingHints hints = tiles == null ? null : new RenderingHints(GPF.KEY_TILE_SIZE, tiles);
    return (ManyBandStackOp) new ManyBandStackOp.Spi().createOperator(
        Map.of("width", width, "height", height, "bands", bands), GPF.NO_SOURCES, hints);
  }

  @Test
  void keepsSnapsPreferredTileSizeHoweverManyBandsTheStackHas() {
    ManyBandStackOp op = stack(2048, 1100, 250, null);
    Product target = op.getTargetProduct();

    // JAIUtils.computePreferredTileSize(2048, 1100, 4): 512 divides 2048; 1100 is best cut at 552
    assertEquals(new Dimension(512, 552), target.getPreferredTileSize());
    assertEquals(250, ((Operator) op).context.getImages().size());
    RenderedImage image = ((Operator) op).context.getImages().get(249);
    assertEquals(512, image.getTileWidth());
    assertEquals(552, image.getTileHeight());
  }

  @Test
  void aStackThatFitsTheCacheIsComputedOncePerTile() {
    ManyBandStackOp op = stack(64, 64, 100, new Dimension(32, 32));
    Product target = op.getTargetProduct();

    for (int k = 0; k < 100; k++) {
      float[] samples = TestScenes.readAll(target.getBand("b" + k));
      assertEquals(k, samples[samples.length - 1]);
    }

    assertEquals(4, op.stackCalls.get());
  }

  @Test
  void aStackLargerThanTheCacheIsRecomputedForEveryBandItLost() {
    // 250 bands of 64 KiB per tile: a 16 MiB stack against a 1 MiB cache thrashes, as in SNAP
    System.setProperty(TileCacheSize.PROPERTY, "1");
    ManyBandStackOp op = stack(256, 256, 250, null);
    Product target = op.getTargetProduct();

    for (int k = 0; k < 10; k++) {
      float[] samples = TestScenes.readAll(target.getBand("b" + k));
      assertEquals(k, samples[0]);
    }

    assertEquals(10, op.stackCalls.get());
  }
}
