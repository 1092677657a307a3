package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import org.junit.jupiter.api.Test;

class StackTileSizeTest {

  @Test
  void keepsSnapsTileWidthWithAQuarterOfItsRows() {
    assertEquals(new Dimension(512, 128), StackTileSize.of(new Dimension(512, 512), 2048, 2048));
    assertEquals(new Dimension(512, 128), StackTileSize.of(null, 4096, 4096));
  }

  @Test
  void smallSourceTilesAndRastersAreKept() {
    assertEquals(new Dimension(16, 16), StackTileSize.of(new Dimension(16, 16), 45, 38));
    assertEquals(new Dimension(256, 200), StackTileSize.of(null, 256, 200));
  }

  @Test
  void wideSourceTilesAreCutToSnapsWidestTile() {
    Dimension tile = StackTileSize.of(new Dimension(4096, 4096), 4096, 4096);

    assertEquals(new Dimension(640, 102), tile);
  }

  @Test
  void aNarrowRasterGetsTallerTilesOfAbout64KPixels() {
    assertEquals(new Dimension(8, 8192), StackTileSize.of(null, 8, 100_000));
    assertEquals(new Dimension(512, 3), StackTileSize.of(null, 20_000, 3));
  }
}
