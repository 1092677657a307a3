package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileRegionTest {

  @Test
  void coresCoverTheFrameOnceAndReadsAddTheHaloInsideTheFrame() {
    List<TileRegion> tiles = TileRegion.grid(250, 130, 64, 4, 1);

    assertEquals(4 * 3, tiles.size());
    int[] covered = new int[250 * 130];
    for (TileRegion tile : tiles) {
      Rectangle c = tile.core();
      for (int y = c.y; y < c.y + c.height; y++) {
        for (int x = c.x; x < c.x + c.width; x++) {
          covered[y * 250 + x]++;
        }
      }
      Rectangle expected = new Rectangle(c.x - 4, c.y - 4, c.width + 8, c.height + 8).intersection(new Rectangle(250, 130));
      assertEquals(expected, tile.read());
      Rectangle inRead = tile.coreInRead();
      assertEquals(c, new Rectangle(inRead.x + tile.read().x, inRead.y + tile.read().y, inRead.width, inRead.height));
    }
    for (int count : covered) {
      assertEquals(1, count);
    }
    assertTrue(tiles.get(tiles.size() - 1).core().equals(new Rectangle(192, 128, 58, 2)), "the last tile is clipped");
  }

  @Test
  void readRegionsStartOnTheAlignmentInTheFrame() {
    for (TileRegion tile : TileRegion.grid(250, 130, 100, 66, 64)) {
      Rectangle r = tile.read();
      Rectangle c = tile.core();
      assertEquals(0, r.x % 64, "read " + r);
      assertEquals(0, r.y % 64, "read " + r);
      assertTrue(r.x + r.width == 250 || (r.x + r.width) % 64 == 0, "read " + r);
      assertTrue(r.contains(new Rectangle(c.x - 66, c.y - 66, c.width + 132, c.height + 132)
          .intersection(new Rectangle(250, 130))), "read " + r + " holds the core " + c + " and its halo");
    }
  }
}
