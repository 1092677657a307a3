package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.spark.SparkConf;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/** How task attempts leave a tile in the work folder, as Spark runs them: retried, duplicated, late. */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class TileFilesTest {

  private static final int SIZE = 8;
  private static final TileRegion TILE = new TileRegion(3, new Rectangle(0, 0, SIZE, SIZE),
      new Rectangle(0, 0, SIZE, SIZE));

  @TempDir
  Path dir;

  /** A tile's product: two bands of known samples, held in memory. */
  private static Product tileProduct() throws IOException {
    return tileProduct(0);
  }

  /** A tile's product whose samples are moved by {@code offset}, as another machine's last bits may be. */
  private static Product tileProduct(float offset) throws IOException {
    Product product = new Product("tile", "test", SIZE, SIZE);
    float[] az = new float[SIZE * SIZE];
    int[] count = new int[SIZE * SIZE];
    for (int i = 0; i < az.length; i++) {
      az[i] = i * 0.5f + offset;
      count[i] = i;
    }
    Band grad = product.addBand("grad_az", ProductData.TYPE_FLOAT32);
    grad.writeRasterData(0, 0, SIZE, SIZE, ProductData.createInstance(az), null);
    Band counts = product.addBand("grad_count", ProductData.TYPE_INT32);
    counts.writeRasterData(0, 0, SIZE, SIZE, ProductData.createInstance(count), null);
    return product;
  }

  private TileFiles work(Path folder) {
    return new TileFiles(ClusterFiles.of(new SparkConf(false)), new org.apache.hadoop.fs.Path(folder.toUri()));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Two attempts of one tile (a speculative copy, or a retry of an attempt that wrote its tile
   * but was lost before Spark heard of it), the second placing its files after the first: the
   * tile's files once, each holding the first attempt's samples (which the driver may be reading;
   * the second's, from another machine, may differ in their last bits), and nothing of either
   * attempt besides.
   */
  @Test
  void twoAttemptsOfATileLeaveTheFirstsFilesOnceAndNothingElse() throws IOException {
    Path folder = dir.resolve("out.dim.tiles");
    TileFiles work = work(folder);
    work.create();
    Product product = tileProduct();
    Product late = tileProduct(1e-3f);

    work.write(product, List.of("grad_az", "grad_count"), TILE, "17");
    work.write(late, List.of("grad_az", "grad_count"), TILE, "21");
    late.dispose();

    assertEquals(List.of("3.grad_az", "3.grad_count"), names(folder));
    ProductData samples = ProductData.createInstance(ProductData.TYPE_FLOAT32, SIZE * SIZE);
    try (FSDataInputStream in = work.open(3, "grad_az")) {
      work.readRows(in, 3, "grad_az", SIZE, 0, samples);
    }
    float[] expected = new float[SIZE * SIZE];
    product.getBand("grad_az").readRasterData(0, 0, SIZE, SIZE, ProductData.createInstance(expected));
    assertArrayEquals(expected, (float[]) samples.getElems());
    product.dispose();
  }

  /**
   * An attempt Spark no longer waits for writes its tile after the driver removed the work folder
   * at the run's end: it fails, and the folder stays removed. Before, the attempt made
   * {@code <output>.tiles/} again, with its tile in it, beside the output.
   */
  @Test
  void anAttemptWritingAfterTheRunEndedMakesNoWorkFolder() throws IOException {
    Path folder = dir.resolve("out.dim.tiles");
    TileFiles work = work(folder);
    work.create();
    work.delete();
    Product product = tileProduct();

    assertThrows(IOException.class, () -> work.write(product, List.of("grad_az", "grad_count"), TILE, "17"));

    assertFalse(Files.exists(folder), "no work folder");
    assertEquals(List.of(), names(dir));
    product.dispose();
  }
}
