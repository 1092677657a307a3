package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import org.dlinsar.lite.dimap.BigEndianSamples;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Where the tasks leave their tiles: one file per tile and band ({@code <folder>/<tile>/<band>}),
 * the core's raw samples row by row in the band's type, big-endian as in a DIMAP {@code .img} (the
 * same on every node).
 * A task writes its tile's files into a folder of its own attempt and renames it into place last,
 * so a tile is there whole or not at all; what a killed attempt left goes with the work folder.
 */
final class TileFiles {

  private TileFiles() {
  }

  /** The folder of {@code tile}'s files under {@code folder}. */
  static Path tileFolder(Path folder, int tile) {
    return folder.resolve(Integer.toString(tile));
  }

  /** Computes the core of {@code bands} of {@code product} (read over the tile's read region) and writes it. */
  static void write(Product product, List<String> bands, TileRegion tile, Path folder, String attempt)
      throws IOException {
    Path staging = folder.resolve(tile.index() + "." + attempt + ".tmp");
    Files.createDirectories(staging);
    Rectangle core = tile.coreInRead();
    for (String name : bands) {
      Band band = product.getBand(name);
      ProductData samples = band.createCompatibleRasterData(core.width, core.height);
      band.readRasterData(core.x, core.y, core.width, core.height, samples);
      ByteBuffer bytes = ByteBuffer.allocate(samples.getNumElems() * samples.getElemSize());
      BigEndianSamples.encode(samples.getElems(), 0, samples.getNumElems(), bytes);
      bytes.flip();
      try (FileChannel channel = FileChannel.open(staging.resolve(band.getName()), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
    }
    Path target = tileFolder(folder, tile.index());
    if (Files.exists(target)) {
      // an earlier attempt finished after all (speculation, a lost executor): the same tile
      deleteTree(staging);
      return;
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads rows of one band of a tile's core into {@code samples}: the core's full width, from
   * core row {@code row}, as many rows as {@code samples} holds (one read of consecutive bytes).
   *
   * @param width the core's width, pixels
   */
  static void readRows(Path folder, int tile, String band, int width, int row, ProductData samples) {
    Path file = tileFolder(folder, tile).resolve(band);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer bytes = ByteBuffer.allocate(samples.getNumElems() * samples.getElemSize());
      long at = (long) row * width * samples.getElemSize();
      while (bytes.hasRemaining()) {
        int read = channel.read(bytes, at + bytes.position());
        if (read < 0) {
          break;
        }
      }
      if (bytes.hasRemaining()) {
        throw new IOException("tile file " + file + " is short: no " + bytes.capacity() + " bytes from byte " + at);
      }
      BigEndianSamples.decode(bytes.flip(), samples.getElems(), 0, samples.getNumElems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and what it holds. */
  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
