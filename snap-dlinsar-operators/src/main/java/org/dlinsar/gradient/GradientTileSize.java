package org.dlinsar.gradient;

import java.awt.Dimension;

/**
 * The tile size Phase-Gradient-Stack asks GPF for: the source's tile width, and only as many rows
 * as keep a tile near {@value #TILE_PIXELS} pixels.
 *
 * <p>Each thread holds a tile's {@link GradientStacker} (60 bytes a pixel) and a batch of source
 * tiles; on SNAP's 512 x 512 tiles that is some 30 MB a thread, in arrays of over 1 MB, which the
 * G1 collector of a small heap stores as humongous objects, each in regions of its own. At 512 x 128
 * every array stays under 300 KB and a thread needs a few MB. The width is kept, so the source
 * tiles are read with as few row reads per pixel as with SNAP's tiles; the extra halo rows cost
 * about 1.5 % more samples read.
 */
final class GradientTileSize {

  /** Pixels of a tile, about: a 256 x 256 square. */
  static final int TILE_PIXELS = 1 << 16;
  /** Widest tile: SNAP's largest preferred tile edge (JAIUtils.MAX_TILE_SIZE). */
  static final int MAX_WIDTH = 640;
  /** Tile width when the source has no preferred tile size: SNAP's usual one. */
  static final int DEFAULT_WIDTH = 512;
  /** Fewest rows of a tile, so that the halo stays a small part of it. */
  static final int MIN_HEIGHT = 16;

  private GradientTileSize() {}

  /**
   * @param sourceTile the source's preferred tile size, or null
   * @param width raster width
   * @param height raster height
   * @return the tile size, inside the raster
   */
  static Dimension of(Dimension sourceTile, int width, int height) {
    int w = Math.min(Math.min(sourceTile != null ? sourceTile.width : DEFAULT_WIDTH, MAX_WIDTH), width);
    int h = Math.max(MIN_HEIGHT, TILE_PIXELS / w);
    if (sourceTile != null) {
      h = Math.min(h, sourceTile.height);
    }
    return new Dimension(w, Math.min(h, height));
  }
}
