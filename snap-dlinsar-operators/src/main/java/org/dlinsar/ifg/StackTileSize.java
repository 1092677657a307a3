package org.dlinsar.ifg;

import java.awt.Dimension;

/**
 * The tile size the stack operators (DL-Mask, Phase-Gradient-Stack) ask GPF for in
 * {@code initialize()}: the source's tile width, and only as many rows as keep a tile near
 * {@value #TILE_PIXELS} pixels. SNAP keeps an operator's own preferred tile size.
 *
 * <p>Why: a thread computing a gradient tile holds a stacker of 60 bytes a pixel and a batch of
 * source tiles; on SNAP's 512 x 512 tiles that is some 30 MB a thread, in arrays of over 1 MB,
 * which the G1 collector of a small heap stores as humongous objects, each in regions of its own.
 * At 512 x 128 every array stays under 300 KB. A consumer with a one-pixel halo touches the mask
 * tiles of three tile rows; at 128 rows those are a few tens of MB for all interferograms of a
 * 4096-pixel-wide scene, which a small tile cache keeps instead of computing them again. The
 * width is kept, so source tiles are read with as few row reads per pixel as SNAP's tiles; the
 * halo rows add about 1.5 % to the samples read.
 */
public final class StackTileSize {

  /** Pixels of a tile, about: a 256 x 256 square. */
  static final int TILE_PIXELS = 1 << 16;
  /** Widest tile: SNAP's largest preferred tile edge (JAIUtils.MAX_TILE_SIZE). */
  static final int MAX_WIDTH = 640;
  /** Tile width when the source has no preferred tile size: SNAP's usual one. */
  static final int DEFAULT_WIDTH = 512;
  /** Fewest rows of a tile, so that a halo stays a small part of it. */
  static final int MIN_HEIGHT = 16;

  private StackTileSize() {}

  /**
   * @param sourceTile the source's preferred tile size, or null
   * @param width raster width
   * @param height raster height
   * @return the tile size, inside the raster
   */
  public static Dimension of(Dimension sourceTile, int width, int height) {
    int w = Math.min(Math.min(sourceTile != null ? sourceTile.width : DEFAULT_WIDTH, MAX_WIDTH), width);
    int h = Math.max(MIN_HEIGHT, TILE_PIXELS / w);
    if (sourceTile != null) {
      h = Math.min(h, sourceTile.height);
    }
    return new Dimension(w, Math.min(h, height));
  }

  /** The tile size for an operator's target over {@code stack}, from its first product's tiles. */
  public static Dimension of(InterferogramStack stack) {
    return of(stack.products().get(0).getPreferredTileSize(), stack.width(), stack.height());
  }
}
