package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.mask.MaskNetwork;

/**
 * One task's part of the frame: the core whose pixels it delivers and the region it reads, the
 * core grown by the graph's halo, out to multiples of the graph's alignment, and clipped to the
 * frame.
 *
 * @param index the tile's place in the frame's tile list
 */
record TileRegion(int index, Rectangle core, Rectangle read) implements Serializable {

  /**
   * The frame cut into tiles of {@code tile} pixels (the last ones smaller), row by row.
   *
   * @param align what the read regions' edges inside the frame are multiples of, in frame pixels:
   *     a mask network's regions are aligned in the coordinates of the product it reads, which
   *     then must start on its stride in the frame's too
   */
  static List<TileRegion> grid(int width, int height, int tile, int halo, int align) {
    if (tile < 1 || halo < 0 || align < 1) {
      throw new IllegalArgumentException("tile and alignment must be positive and halo not negative, got "
          + tile + ", " + align + ", " + halo);
    }
    Rectangle frame = new Rectangle(width, height);
    List<TileRegion> tiles = new ArrayList<>();
    for (int y = 0; y < height; y += tile) {
      for (int x = 0; x < width; x += tile) {
        Rectangle core = new Rectangle(x, y, tile, tile).intersection(frame);
        tiles.add(new TileRegion(tiles.size(), core, MaskNetwork.alignedRegion(core, halo, align, frame)));
      }
    }
    return tiles;
  }

  /** The core in the coordinates of the read region. */
  Rectangle coreInRead() {
    return new Rectangle(core.x - read.x, core.y - read.y, core.width, core.height);
  }
}
