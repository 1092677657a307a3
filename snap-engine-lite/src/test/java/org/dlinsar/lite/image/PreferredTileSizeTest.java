package org.dlinsar.lite.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import org.junit.jupiter.api.Test;

/** Expected sizes are those of SNAP's JAIUtilsTest (snap-core, 12.x to 14.x). */
class PreferredTileSizeTest {

  @Test
  void aRasterUpTo640PixelsIsOneTileAlongThatAxis() {
    assertEquals(new Dimension(20, 10), PreferredTileSize.of(20, 10, 1));
    assertEquals(new Dimension(600, 500), PreferredTileSize.of(600, 500, 1));
    assertEquals(new Dimension(512, 10), PreferredTileSize.of(1024, 10, 1));
  }

  @Test
  void largerRastersTakeTheLargestDividingMultipleOf64ThenAnyDividingEdge() {
    assertEquals(new Dimension(512, 512), PreferredTileSize.of(1024, 1024, 1));
    assertEquals(new Dimension(512, 512), PreferredTileSize.of(2048, 4096, 1));
    assertEquals(new Dimension(350, 500), PreferredTileSize.of(700, 500, 1));
    assertEquals(new Dimension(430, 500), PreferredTileSize.of(860, 500, 1));
    assertEquals(new Dimension(640, 625), PreferredTileSize.of(12800, 25000, 1));
  }

  @Test
  void withoutADividingEdgeTheLastTileWastesTheFewestPixelsAtTheGranularity() {
    assertEquals(new Dimension(561, 561), PreferredTileSize.of(1121, 1121, 1));
    assertEquals(new Dimension(564, 564), PreferredTileSize.of(1121, 1121, 4));
    assertEquals(new Dimension(498, 302), PreferredTileSize.of(4481, 2113, 1));
    assertEquals(new Dimension(408, 424), PreferredTileSize.of(4481, 2113, 4));
    assertEquals(new Dimension(624, 436), PreferredTileSize.of(5602, 5221, 4));
  }

  @Test
  void rasterImagesWithoutAPreferredSizeUseIt() {
    assertEquals(new Dimension(561, 561), RasterImage.tileSize(null, 1121, 1121));
    assertEquals(new Dimension(64, 32), RasterImage.tileSize(new Dimension(64, 32), 1121, 1121));
  }
}
