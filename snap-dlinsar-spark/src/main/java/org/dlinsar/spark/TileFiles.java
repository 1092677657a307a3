package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dlinsar.lite.dimap.BigEndianSamples;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The work folder where the tasks leave their tiles, on a file system every node reads
 * ({@link ClusterFiles}): one file per tile and band ({@code <folder>/<tile>/<band>}), the core's
 * raw samples row by row in the band's type, big-endian as in a DIMAP {@code .img} (the same on
 * every node). A task writes its tile's files into a folder of its own attempt and renames it
 * into place last, so a tile is there whole or not at all; what a killed attempt left goes with
 * the work folder.
 */
final class TileFiles implements Serializable {

  private static final long serialVersionUID = 1L;
  private final ClusterFiles files;
  private final String folder;

  TileFiles(ClusterFiles files, Path folder) {
    this.files = files;
    this.folder = folder.toString();
  }

  private Path folder() {
    return new Path(folder);
  }

  private FileSystem fileSystem() throws IOException {
    return files.fileSystem(folder());
  }

  /** The folder of {@code tile}'s files. */
  private Path tileFolder(int tile) {
    return new Path(folder(), Integer.toString(tile));
  }

  /** An empty work folder: what an earlier run left is removed. */
  void create() throws IOException {
    delete();
    fileSystem().mkdirs(folder());
  }

  /** Removes the work folder and what it holds. */
  void delete() throws IOException {
    fileSystem().delete(folder(), true);
  }

  /** Computes the core of {@code bands} of {@code product} (read over the tile's read region) and writes it. */
  void write(Product product, List<String> bands, TileRegion tile, String attempt) throws IOException {
    FileSystem fs = fileSystem();
    Path staging = new Path(folder(), tile.index() + "." + attempt + ".tmp");
    Rectangle core = tile.coreInRead();
    for (String name : bands) {
      Band band = product.getBand(name);
      ProductData samples = band.createCompatibleRasterData(core.width, core.height);
      band.readRasterData(core.x, core.y, core.width, core.height, samples);
      ByteBuffer bytes = ByteBuffer.allocate(samples.getNumElems() * samples.getElemSize());
      BigEndianSamples.encode(samples.getElems(), 0, samples.getNumElems(), bytes);
      try (FSDataOutputStream out = fs.create(new Path(staging, band.getName()), false)) {
        out.write(bytes.array(), 0, bytes.position());
      }
    }
    Path target = tileFolder(tile.index());
    // an earlier attempt finished after all (speculation, a lost executor): the same tile
    if (fs.exists(target)) {
      fs.delete(staging, true);
    } else if (!fs.rename(staging, target)) {
      throw new IOException("cannot rename " + staging + " to " + target);
    }
  }

  /** Opens the file of {@code band} of {@code tile} for {@link #readRows}. */
  FSDataInputStream open(int tile, String band) {
    try {
      return fileSystem().open(new Path(tileFolder(tile), band));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the tile file of band '" + band + "' of tile " + tile + " in "
          + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads rows of one band of a tile's core into {@code samples}: the core's full width, from
   * core row {@code row}, as many rows as {@code samples} holds (one read of consecutive bytes).
   *
   * @param in the file of {@code band} of {@code tile} ({@link #open}), read by position: threads may share it
   * @param width the core's width, pixels
   */
  void readRows(FSDataInputStream in, int tile, String band, int width, int row, ProductData samples) {
    byte[] bytes = new byte[samples.getNumElems() * samples.getElemSize()];
    long at = (long) row * width * samples.getElemSize();
    try {
      in.readFully(at, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("tile file " + new Path(tileFolder(tile), band) + " is short: no " + bytes.length + " bytes from byte " + at
          + " (" + e.getMessage() + ")", e);
    }
    BigEndianSamples.decode(ByteBuffer.wrap(bytes), samples.getElems(), 0, samples.getNumElems());
  }
}
