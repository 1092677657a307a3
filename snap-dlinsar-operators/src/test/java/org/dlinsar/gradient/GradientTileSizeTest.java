package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import org.junit.jupiter.api.Test;

class GradientTileSizeTest {

  @Test
  void keepsSnapsTileWidthWithAQuarterOfItsRows() {
    assertEquals(new Dimension(512, 128), GradientTileSize.of(new Dimension(512, 512), 2048, 2048));
    assertEquals(new Dimension(512, 128), GradientTileSize.of(null, 4096, 4096));
  }

  @Test
  void smallSourceTilesAndRastersAreKept() {
    assertEquals(new Dimension(16, 16), GradientTileSize.of(new Dimension(16, 16), 45, 38));
    assertEquals(new Dimension(256, 200), GradientTileSize.of(null, 256, 200));
  }

  @Test
  void wideSourceTilesAreCutToSnapsWidestTile() {
    Dimension tile = GradientTileSize.of(new Dimension(4096, 4096), 4096, 4096);

    assertEquals(new Dimension(640, 102), tile);
  }

  @Test
  void aNarrowRasterGetsTallerTilesOfAbout64KPixels() {
    assertEquals(new Dimension(8, 8192), GradientTileSize.of(null, 8, 100_000));
    assertEquals(new Dimension(512, 3), GradientTileSize.of(null, 20_000, 3));
  }
}
