package org.dlinsar.mask;

import java.awt.Rectangle;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.logging.Logger;
import org.dlinsar.files.ExitDeletions;
import org.dlinsar.files.RunOwnedTemp;

/**
 * The network's mask tiles, kept in a temporary file once computed. A network pass costs far more
 * than reading its bytes back, and a graph reads the masks more than once: the gradient stack,
 * then the writer (the chain writes the masks) and Local-SBAS's patches; when the interferograms'
 * masks outgrow SNAP's tile cache in between, each such read would run the network again (on
 * 1024 x 1024 x 59 with a 64 MB cache, 2786 network tiles for 236). One byte per pixel and
 * interferogram on disk at most, as the written masks take; the file is deleted on {@link
 * #close}. It is named after this process ({@code dlinsar-mask-tiles-<pid>-*.bin}): the first
 * spill of a run deletes those of runs that were killed and so could not (see {@link
 * RunOwnedTemp}). A failing disk turns the spill off with one warning: tiles are then computed again.
 * Thread-safe; only grid tiles are kept. The file is a {@link RandomAccessFile}, read and written
 * under this object's lock: an interrupted caller (a cancelled task, a pool's shutdownNow) would
 * close an interruptible FileChannel for every thread and so turn the spill off for good.
 */
final class MaskTileSpill implements Closeable {

  /** The start of the spill files' names, before the owner's process id. */
  static final String KIND = "dlinsar-mask-tiles-";
  private static final AtomicBoolean SWEPT = new AtomicBoolean();
  private final int width;
  private final int height;
  private final int tileWidth;
  private final int tileHeight;
  private final int tilesPerBand;
  private final AtomicIntegerArray stored;
  private final Logger log;
  private RandomAccessFile file;
  private Path path;
  private volatile boolean off;

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
    this.log = log;
  }

  /** The mask kept for grid tile {@code tile} of band {@code band}, or null. */
  byte[] get(int band, Rectangle tile) {
    int slot = slot(band, tile);
    if (slot < 0 || off || stored.get(slot) == 0) {
      return null;
    }
    byte[] mask = new byte[tile.width * tile.height];
    try {
      read(offset(slot), mask);
      return mask;
    } catch (IOException e) {
      turnOff(e);
      return null;
    }
  }

  /** Keeps {@code mask}, the samples of grid tile {@code tile} of band {@code band}. */
  void put(int band, Rectangle tile, byte[] mask) {
    int slot = slot(band, tile);
    if (slot < 0 || off) {
      return;
    }
    try {
      write(offset(slot), mask, tile.width * tile.height);
      stored.set(slot, 1);
    } catch (IOException e) {
      turnOff(e);
    }
  }

  /** Deletes the file. */
  @Override
  public synchronized void close() {
    off = true;
    try {
      if (file != null) {
        file.close();
      }
      if (path != null) {
        Files.deleteIfExists(path);
        ExitDeletions.JVM.forget(path);
      }
    } catch (IOException e) {
      log.warning("DL-Mask: could not delete its tile file " + path + ": " + e.getMessage());
    }
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

  /** Seek and read under the lock: the file's position is shared by every thread. */
  private synchronized void read(long position, byte[] mask) throws IOException {
    RandomAccessFile open = open();
    open.seek(position);
    open.readFully(mask);
  }

  private synchronized void write(long position, byte[] mask, int length) throws IOException {
    RandomAccessFile open = open();
    open.seek(position);
    open.write(mask, 0, length);
  }

  private synchronized RandomAccessFile open() throws IOException {
    if (off) {
      throw new IOException("closed");
    }
    if (file == null) {
      if (!SWEPT.getAndSet(true)) {
        RunOwnedTemp.sweepFiles(Path.of(System.getProperty("java.io.tmpdir")), KIND, ".bin", log);
      }
      // deleted if the JVM ends before close (ExitDeletions)
      path = ExitDeletions.JVM.createFile(() -> Files.createTempFile(RunOwnedTemp.prefix(KIND), ".bin"));
      file = new RandomAccessFile(path.toFile(), "rw");
    }
    return file;
  }

  private synchronized void turnOff(IOException e) { // one warning when two tiles fail at once
    if (!off) {
      off = true;
      log.warning("DL-Mask: its tile file " + path + " failed (" + e.getMessage() + "); mask tiles"
          + " that leave the tile cache are computed again");
    }
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }
}
