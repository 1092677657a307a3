package org.dlinsar.mask;

import java.awt.Rectangle;
import java.io.Closeable;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.logging.Logger;
import org.dlinsar.files.SpillFile;

/**
 * The network's mask tiles, kept in a temporary file once computed. A network pass costs far more
 * than reading its bytes back, and a graph reads the masks more than once: the gradient stack,
 * then the writer (the chain writes the masks) and Local-SBAS's patches; when the interferograms'
 * masks outgrow SNAP's tile cache in between, each such read would run the network again (on
 * 1024 x 1024 x 59 with a 64 MB cache, 2786 network tiles for 236). One byte per pixel and
 * interferogram on disk at most, as the written masks take; the file ({@link SpillFile}, named
 * {@code dlinsar-mask-tiles-<pid>-*.bin}) is deleted on {@link #close}. A failing disk turns the
 * spill off with one warning: tiles are then computed again. Thread-safe; only grid tiles are
 * kept.
 */
final class MaskTileSpill implements Closeable {

  /** The start of the spill files' names, before the owner's process id. */
  static final String KIND = "dlinsar-mask-tiles-";
  private final int width;
  private final int height;
  private final int tileWidth;
  private final int tileHeight;
  private final int tilesPerBand;
  private final AtomicIntegerArray stored;
  private final SpillFile file;

  /**
   * @param bands the mask bands
   * @param width raster width
   * @param height raster height
   * @param tileWidth the grid's tile width
   * @param tileHeight the grid's tile height
   */
  MaskTileSpill(int bands, int width, int height, int tileWidth, int tileHeight, Logger log) {
    this.width = width;
    this.height = height;
    this.tileWidth = tileWidth;
    this.tileHeight = tileHeight;
    this.tilesPerBand = ceil(width, tileWidth) * ceil(height, tileHeight);
    this.stored = new AtomicIntegerArray(Math.multiplyExact(bands, tilesPerBand));
    this.file = new SpillFile(KIND, "DL-Mask: its tile file",
        "mask tiles that leave the tile cache are computed again", log);
  }

  /** The mask kept for grid tile {@code tile} of band {@code band}, or null. */
  byte[] get(int band, Rectangle tile) {
    int slot = slot(band, tile);
    if (slot < 0 || !file.isOn() || stored.get(slot) == 0) {
      return null;
    }
    byte[] mask = new byte[tile.width * tile.height];
    return file.read(offset(slot), mask) ? mask : null;
  }

  /** Keeps {@code mask}, the samples of grid tile {@code tile} of band {@code band}. */
  void put(int band, Rectangle tile, byte[] mask) {
    int slot = slot(band, tile);
    if (slot >= 0 && file.write(offset(slot), mask, tile.width * tile.height)) {
      stored.set(slot, 1);
    }
  }

  /** Deletes the file. */
  @Override
  public void close() {
    file.close();
  }

  /** The tile's slot, or -1 when it is not a tile of the grid. */
  private int slot(int band, Rectangle tile) {
    if (tile.x % tileWidth != 0 || tile.y % tileHeight != 0
        || tile.width != Math.min(tileWidth, width - tile.x) || tile.height != Math.min(tileHeight, height - tile.y)) {
      return -1;
    }
    return band * tilesPerBand + (tile.y / tileHeight) * ceil(width, tileWidth) + tile.x / tileWidth;
  }

  private long offset(int slot) {
    return (long) slot * tileWidth * tileHeight;
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }
}
