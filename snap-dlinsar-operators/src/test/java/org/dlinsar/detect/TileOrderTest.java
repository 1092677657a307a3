package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TileOrderTest {

  @Test
  void placesComeTileByTileRowsOfTilesFromTheTopEachFromTheLeft() {
    List<int[]> places = List.of(new int[] {15, 1}, new int[] {3, 7}, new int[] {2, 2},
        new int[] {12, 0}, new int[] {1, 6});
    int[] order = new TileOrder(10, 5).sort(places, p -> p[0], p -> p[1]);
    // tile (0, 0): (2, 2); tile (1, 0): (12, 0), (15, 1); tile (0, 1): (1, 6), (3, 7)
    assertArrayEquals(new int[] {2, 3, 0, 4, 1}, order);
  }
}
