package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dlinsar.files.HiddenNames;
import org.dlinsar.lite.dimap.BigEndianSamples;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The work folder where the tasks leave their tiles, on a file system every node reads
 * ({@link ClusterFiles}): one file per tile and band ({@code <folder>/<tile>.<band>}), the core's
 * raw samples row by row in the band's type, big-endian as in a DIMAP {@code .img} (the same on
 * every node). A task attempt writes its tile's files under names of its own and renames them
 * into place once all are written, unless another attempt placed them first (a speculative copy,
 * a retry of an attempt lost after it wrote), so a file is there whole or not at all and is not
 * replaced; the driver, which reads the tiles once an attempt of each has succeeded, finds every
 * file of a tile. What a failed attempt left goes with the work folder.
 *
 * <p>Only the driver makes the work folder, and a task makes no folder at all: an attempt that
 * Spark no longer waits for (a speculative copy that lost, a task of a job that failed for good,
 * which Spark marks killed but does not stop) goes on after the driver has removed the folder,
 * and a task that made folders as it wrote would make it again beside the output.
 *
 * <p>The folder is {@code .<output>.tiles-<random>} beside the output, made new by the run: a
 * fixed name, deleted and made again, could be taken in between by a link or folder of someone
 * else who can write there, and the tiles would be written where it leads.
 */
final class TileFiles implements Serializable {

  private static final long serialVersionUID = 1L;
  private final ClusterFiles files;
  private final String folder;

  /** What follows the output's name in a work folder's: 32 hex digits, random. */
  private static final String SUFFIX = ".tiles-";
  private static final int SUFFIX_BYTES = SUFFIX.length() + 32;

  /** The work folder {@code folder}, made already ({@link #fresh}). */
  TileFiles(ClusterFiles files, Path folder) {
    this.files = files;
    this.folder = folder.toString();
  }

  /**
   * A new empty work folder beside {@code output}, after removing those that earlier runs for the
   * same output left (a killed run's; {@code <output>.tiles}, the fixed name of earlier versions).
   */
  static TileFiles fresh(ClusterFiles files, Path output) throws IOException {
    removeLeftovers(files, output);
    return create(files, output, UUID.randomUUID().toString().replace("-", ""));
  }

  /**
   * A new work folder beside {@code output} named with {@code id} (a test plants a link at it).
   *
   * @throws IOException naming the folder when something, a link included, is already at its name:
   *     left alone, since the run did not make it
   */
  static TileFiles create(ClusterFiles files, Path output, String id) throws IOException {
    Path folder = new Path(output.getParent(), HiddenNames.stem(output.getName(), SUFFIX_BYTES) + SUFFIX + id);
    FileSystem fs = files.fileSystem(folder);
    // the name is random, so nothing is there unless someone else put it there: a link, which
    // Hadoop's mkdirs would take for the folder and follow
    if (ClusterFiles.occupied(fs, folder)) {
      throw new IOException("cannot make the work folder for the tiles, " + folder + ": its name is already taken by"
          + " a file, folder or link that this run did not make; it is left alone (is someone else writing in "
          + output.getParent() + "?)");
    }
    if (!fs.mkdirs(folder)) {
      throw new IOException("cannot make the work folder for the tiles, " + folder);
    }
    return new TileFiles(files, folder);
  }

  /** Removes the work folders of {@code output} that earlier runs left; links are removed, not followed. */
  static void removeLeftovers(ClusterFiles files, Path output) throws IOException {
    Path parent = output.getParent();
    FileSystem fs = files.fileSystem(parent);
    Pattern ours = Pattern.compile(Pattern.quote(HiddenNames.stem(output.getName(), SUFFIX_BYTES) + SUFFIX)
        + "[0-9a-f]{32}|" + Pattern.quote(output.getName() + ".tiles"));
    FileStatus[] entries;
    try {
      entries = fs.listStatus(parent, path -> ours.matcher(path.getName()).matches());
    } catch (FileNotFoundException e) {
      return;
    }
    for (FileStatus entry : entries) {
      fs.delete(entry.getPath(), true);
    }
  }

  private Path folder() {
    return new Path(folder);
  }

  private FileSystem fileSystem() throws IOException {
    return files.fileSystem(folder());
  }

  /** The file of {@code band} of {@code tile}. */
  private Path tileFile(int tile, String band) {
    return new Path(folder(), tile + "." + band);
  }

  /** Where attempt {@code attempt} writes that file before renaming it: not a tile file's name, which starts with a digit. */
  private Path stagedFile(int tile, String band, String attempt) {
    return new Path(folder(), "_" + attempt + "." + tile + "." + band);
  }

  /** The work folder. */
  Path path() {
    return folder();
  }

  /**
   * Removes the work folder and what it holds, again while a late attempt adds a file to it (a
   * folder with a new entry is not removed); once gone, no attempt makes it again.
   */
  void delete() throws IOException {
    FileSystem fs = fileSystem();
    for (int pass = 0; pass < 10 && fs.exists(folder()); pass++) {
      fs.delete(folder(), true);
    }
  }

  /**
   * Computes the core of {@code bands} of {@code product} (read over the tile's read region) and writes it.
   *
   * @throws IOException also when the work folder is gone: the run has ended without this attempt
   */
  void write(Product product, List<String> bands, TileRegion tile, String attempt) throws IOException {
    FileSystem fs = fileSystem();
    Rectangle core = tile.coreInRead();
    for (String name : bands) {
      Band band = product.getBand(name);
      ProductData samples = band.createCompatibleRasterData(core.width, core.height);
      band.readRasterData(core.x, core.y, core.width, core.height, samples);
      ByteBuffer bytes = ByteBuffer.allocate(samples.getNumElems() * samples.getElemSize());
      BigEndianSamples.encode(samples.getElems(), 0, samples.getNumElems(), bytes);
      // not create(), which makes the missing folders of the path
      try (FSDataOutputStream out = fs.createFile(stagedFile(tile.index(), name, attempt)).overwrite(false).build()) {
        out.write(bytes.array(), 0, bytes.position());
      }
    }
    for (String name : bands) {
      Path staged = stagedFile(tile.index(), name, attempt);
      Path target = tileFile(tile.index(), name);
      // the first attempt to place a file keeps it (a rename replaces a file on POSIX, not on
      // HDFS): the driver may be reading it, and a copy on another machine may differ in the last
      // bits of a network's output
      if (fs.exists(target) || !fs.rename(staged, target)) {
        if (!fs.exists(target)) {
          throw new IOException("cannot rename " + staged + " to " + target);
        }
        fs.delete(staged, false);
      }
    }
  }

  /** Opens the file of {@code band} of {@code tile} for {@link #readRows}. */
  FSDataInputStream open(int tile, String band) {
    try {
      return fileSystem().open(tileFile(tile, band));
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
      throw new UncheckedIOException("tile file " + tileFile(tile, band) + " is short: no " + bytes.length + " bytes from byte " + at
          + " (" + e.getMessage() + ")", e);
    }
    BigEndianSamples.decode(ByteBuffer.wrap(bytes), samples.getElems(), 0, samples.getNumElems());
  }
}
