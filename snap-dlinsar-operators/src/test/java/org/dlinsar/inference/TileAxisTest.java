package org.dlinsar.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TileAxisTest {

  @Test
  void everyPixelHasWeightAndTheLastTileEndsAtTheEdge() {
    for (int length : new int[] {1, 23, 24, 25, 60, 97, 1000}) {
      TileAxis axis = new TileAxis(length, 24, 4, 1);
      for (int x = 0; x < length; x++) {
        assertTrue(axis.totalWeight(x) > 0.99f, "length " + length + " pixel " + x);
      }
      int last = axis.count() - 1;
      assertEquals(Math.max(0, length - 24), axis.start(last), "length " + length);
    }
  }

  @Test
  void innerHalosWeighNothingAndOverlapsSumToOne() {
    TileAxis axis = new TileAxis(100, 24, 4, 1);
    assertEquals(0, axis.start(0));
    assertEquals(12, axis.start(1), "step = tile - 3 halo");
    for (int u = 0; u < 4; u++) {
      assertEquals(0f, axis.weight(1, u), "inner halo at the start of tile 1");
      assertEquals(0f, axis.weight(0, 23 - u), "inner halo at the end of tile 0");
    }
    assertEquals(1f, axis.weight(0, 0), "the raster's edge weighs 1");
    for (int x = 16; x < 20; x++) {
      float sum = axis.weight(0, x) + axis.weight(1, x - 12);
      assertEquals(1f, sum, 1e-6f, "blend of tiles 0 and 1 at " + x);
      assertTrue(axis.weight(0, x) > 0 && axis.weight(1, x - 12) > 0, "both count at " + x);
    }
  }

  @Test
  void aRasterShorterThanTheTileIsOneTile() {
    TileAxis axis = new TileAxis(10, 24, 4, 1);
    assertEquals(1, axis.count());
    for (int x = 0; x < 10; x++) {
      assertEquals(1f, axis.totalWeight(x));
    }
  }

  @Test
  void rejectsATileNoLongerThanThreeHalos() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TileAxis(100, 12, 4, 1));
    assertTrue(e.getMessage().contains("tile >= 3 x halo + stride"), e.getMessage());
  }

  @Test
  void tilesStartOnTheStrideAndTheLastReachesTheEdge() {
    for (int length : new int[] {61, 97, 98, 100, 1001}) {
      TileAxis axis = new TileAxis(length, 24, 4, 8);
      for (int i = 0; i < axis.count(); i++) {
        assertEquals(0, axis.start(i) % 8, "length " + length + " tile " + i);
      }
      int last = axis.count() - 1;
      assertTrue(axis.start(last) + 24 >= length && axis.start(last) + 24 < length + 8,
          "length " + length + ": the last tile starts at " + axis.start(last));
      for (int x = 0; x < length; x++) {
        assertTrue(axis.totalWeight(x) > 0.5f, "length " + length + " pixel " + x);
      }
    }
  }
}
