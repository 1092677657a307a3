package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/** A band of the assembled frame read back from the tiles the tasks left. */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class TileFilesImageTest {

  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  @TempDir
  Path work;

  /** The value written at frame pixel (x, y). */
  private static float sample(int x, int y) {
    return y * 1000 + x;
  }

  /**
   * Read whole, the frame's 64 tile files of the band hold no file open afterwards: the driver
   * reads every computed band of every tile, and keeping them open ran a 1 Mpx frame of 33
   * interferograms in 128-pixel tiles out of file handles ("Too many open files").
   */
  @Test
  void readsEveryTileAndKeepsNoTileFileOpen() throws IOException {
    assumeTrue(Files.isDirectory(OPEN_FILES), "counts open files through /proc");
    int size = 256;
    int tileSize = 32;
    List<TileRegion> tiles = TileRegion.grid(size, size, tileSize, 3, 1);
    for (TileRegion tile : tiles) {
      ByteBuffer bytes = ByteBuffer.allocate(tile.core().width * tile.core().height * 4);
      for (int y = 0; y < tile.core().height; y++) {
        for (int x = 0; x < tile.core().width; x++) {
          bytes.putFloat(sample(tile.core().x + x, tile.core().y + y));
        }
      }
      Files.write(work.resolve(tile.index() + ".grad_az"), bytes.array());
    }
    TileFiles files = new TileFiles(ClusterFiles.of(new SparkConf(false)),
        new org.apache.hadoop.fs.Path(work.toUri()));
    TileFilesImage image = new TileFilesImage(files, "grad_az", ProductData.TYPE_FLOAT32, size, size, tileSize, tiles);
    long before = openFiles();

    Raster frame = image.getData();

    assertTrue(openFiles() - before < 4, "files left open after reading " + tiles.size() + " tiles: "
        + (openFiles() - before));
    for (int y = 0; y < size; y += 7) {
      for (int x = 0; x < size; x += 5) {
        assertEquals(sample(x, y), frame.getSampleFloat(x, y, 0), "pixel " + x + ", " + y);
      }
    }
    image.dispose();
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(OPEN_FILES)) {
      return fds.count();
    }
  }
}
