package org.dlinsar.lite.dimap;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.esa.snap.core.datamodel.Band;

/**
 * The blocks a product's band files are written in: each tile row of the tile grid, or where the
 * tiles an operator computes for a whole row would take more than a budget, runs of
 * as many of the row's tiles as fit. A block of whole rows is one contiguous run of every band
 * file.
 */
final class WriteBlocks {

  private final int tileCount;
  private final List<Rectangle> bounds = new ArrayList<>();
  private final List<List<Rectangle>> tiles = new ArrayList<>();

  /**
   * @param bands the bands written; the grid covers the widest and the tallest
   * @param tileSize the tile size of the grid
   * @param computedBytesPerPixel bytes per pixel of the bands whose tiles are computed and kept
   *     until written; 0 for none
   * @param budgetBytes memory the computed tiles of a block may take, see {@link #budgetBytes()}
   */
  WriteBlocks(List<Band> bands, Dimension tileSize, long computedBytesPerPixel, long budgetBytes) {
    int width = 0;
    int height = 0;
    for (Band band : bands) {
      width = Math.max(width, band.getRasterWidth());
      height = Math.max(height, band.getRasterHeight());
    }
    int tilesX = (width + tileSize.width - 1) / tileSize.width;
    int tilesY = (height + tileSize.height - 1) / tileSize.height;
    tileCount = tilesX * tilesY;
    long tileBytes = computedBytesPerPixel * tileSize.width * tileSize.height;
    int tilesPerBlock = tileBytes == 0 ? tilesX : (int) Math.max(1, Math.min(tilesX, budgetBytes / tileBytes));
    for (int ty = 0; ty < tilesY; ty++) {
      int y = ty * tileSize.height;
      int h = Math.min(tileSize.height, height - y);
      for (int first = 0; first < tilesX; first += tilesPerBlock) {
        List<Rectangle> blockTiles = new ArrayList<>();
        for (int tx = first; tx < Math.min(tilesX, first + tilesPerBlock); tx++) {
          int x = tx * tileSize.width;
          blockTiles.add(new Rectangle(x, y, Math.min(tileSize.width, width - x), h));
        }
        Rectangle block = new Rectangle(blockTiles.get(0));
        blockTiles.forEach(block::add);
        bounds.add(block);
        tiles.add(List.copyOf(blockTiles));
      }
    }
  }

  /**
   * Memory the computed tiles of one block may take: a quarter of what the tile cache may by
   * default, so that they stay cached until written.
   */
  static long budgetBytes() {
    return Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 16);
  }

  int size() {
    return bounds.size();
  }

  /** The rectangle block {@code i} covers. */
  Rectangle bounds(int i) {
    return bounds.get(i);
  }

  /** The grid tiles of block {@code i}, left to right. */
  List<Rectangle> tiles(int i) {
    return tiles.get(i);
  }

  /** The tiles of the grid. */
  int tileCount() {
    return tileCount;
  }
}
