package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One task's part of the frame: the core whose pixels it delivers and the region it reads, the
 * core grown by the graph's halo and clipped to the frame.
 *
 * @param index the tile's place in the frame's tile list
 */
record TileRegion(int index, Rectangle core, Rectangle read) implements Serializable {

  /** The frame cut into tiles of {@code tile} pixels (the last ones smaller), row by row. */
  static List<TileRegion> grid(int width, int height, int tile, int halo) {
    if (tile < 1 || halo < 0) {
      throw new IllegalArgumentException("tile must be positive and halo not negative, got " + tile + ", " + halo);
    }
    Rectangle frame = new Rectangle(width, height);
    List<TileRegion> tiles = new ArrayList<>();
    for (int y = 0; y < height; y += tile) {
      for (int x = 0; x < width; x += tile) {
        Rectangle core = new Rectangle(x, y, tile, tile).intersection(frame);
        Rectangle read = new Rectangle(core.x - halo, core.y - halo, core.width + 2 * halo, core.height + 2 * halo)
            .intersection(frame);
        tiles.add(new TileRegion(tiles.size(), core, read));
      }
    }
    return tiles;
  }

  /** The core in the coordinates of the read region. */
  Rectangle coreInRead() {
    return new Rectangle(core.x - read.x, core.y - read.y, core.width, core.height);
  }
}
