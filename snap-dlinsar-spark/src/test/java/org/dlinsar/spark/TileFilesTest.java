package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private static final String ID = "0123456789abcdef0123456789abcdef";

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


  /**
   * Two attempts of one tile (a speculative copy, or a retry of an attempt that wrote its tile
   * but was lost before Spark heard of it), the second placing its files after the first: the
   * tile's files once, each holding the first attempt's samples (which the driver may be reading;
   * the second's, from another machine, may differ in their last bits), and nothing of either
   * attempt besides.
   */
  @Test
  void twoAttemptsOfATileLeaveTheFirstsFilesOnceAndNothingElse() throws IOException {
    TileFiles work = TileFiles.fresh(files(), hadoop(dir.resolve("out.dim")));
    Path folder = dir.resolve(work.path().getName());
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
    TileFiles work = TileFiles.fresh(files(), hadoop(dir.resolve("out.dim")));
    Path folder = dir.resolve(work.path().getName());
    work.delete();
    Product product = tileProduct();

    assertThrows(IOException.class, () -> work.write(product, List.of("grad_az", "grad_count"), TILE, "17"));

    assertFalse(Files.exists(folder), "no work folder");
    assertEquals(List.of(), names(dir));
    product.dispose();
  }

  private static ClusterFiles files() {
    return ClusterFiles.of(new SparkConf(false));
  }

  private static org.apache.hadoop.fs.Path hadoop(Path path) {
    return new org.apache.hadoop.fs.Path(path.toUri());
  }

  /**
   * Hadoop's mkdirs takes a link to a folder for the folder, so a link at the work folder's name
   * would have every tile written where it leads.
   */
  @Test
  void aLinkPlantedAtTheWorkFolderNameIsRefusedAndLeftAlone() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path planted = Files.createSymbolicLink(out.resolve(".p.dim.tiles-" + ID), elsewhere);

    IOException e = assertThrows(IOException.class, () -> TileFiles.create(files(), hadoop(out.resolve("p.dim")), ID));

    assertTrue(e.getMessage().contains(".p.dim.tiles-" + ID + ": its name is already taken by a file, folder or link"
        + " that this run did not make; it is left alone"), e.getMessage());
    assertTrue(Files.isSymbolicLink(planted), "the link is left alone");
    assertEquals(List.of(), names(elsewhere));
  }

  @Test
  void aFreshFolderIsMadeAfterEarlierRunsLeftoversAreRemovedLinksNotFollowed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("p.dim.tiles/3/crashed-attempt"));
    Files.createDirectories(out.resolve(".p.dim.tiles-" + ID + "/3/crashed-attempt"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("kept"), "not the run's");
    Files.createSymbolicLink(out.resolve(".p.dim.tiles-" + ID.replace('0', 'f')), elsewhere);
    // not a work folder of this output's
    Files.createDirectories(out.resolve(".q.dim.tiles-" + ID));
    Files.createDirectories(out.resolve(".p.dim.tiles-mine"));

    TileFiles work = TileFiles.fresh(files(), hadoop(out.resolve("p.dim")));

    String made = work.path().getName();
    assertTrue(made.matches("\\.p\\.dim\\.tiles-[0-9a-f]{32}"), made);
    assertTrue(Files.isDirectory(out.resolve(made)) && !Files.isSymbolicLink(out.resolve(made)), made);
    assertEquals(List.of(".p.dim.tiles-mine", made, ".q.dim.tiles-" + ID).stream().sorted().toList(), names(out));
    assertEquals(List.of("kept"), names(elsewhere), "what the link led to is left alone");
    work.delete();
    assertEquals(List.of(".p.dim.tiles-mine", ".q.dim.tiles-" + ID), names(out));
  }

  @Test
  void aLongOutputNameGivesAWorkFolderNameThatFits() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    String name = "p".repeat(250) + ".dim";

    TileFiles work = TileFiles.fresh(files(), hadoop(out.resolve(name)));

    assertTrue(work.path().getName().length() <= 255, work.path().getName());
    assertTrue(Files.isDirectory(out.resolve(work.path().getName())));
    // and a second run finds it as a leftover of this output's
    TileFiles.removeLeftovers(files(), hadoop(out.resolve(name)));
    assertEquals(List.of(), names(out));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
