package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.util.ProductUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Band files as the writer leaves them: the samples big-endian, row after row, byte for byte,
 * whichever way they were written (copied from the band file they come from, encoded from
 * samples, in blocks of whole rows or of a few tiles).
 */
class BandFilesWriterTest {

  private static final String MERIS = "subset_0_of_MER_FR__1PNEPA20060730_093924_000000982049_00480_23079_0746";
  private static final String C2RCC = "C2RCC_max_flag_test";

  @TempDir
  Path dir;

  /** SNAP's band files of a sample product, by band name. */
  private static List<String> imageBands(Product product) {
    List<String> names = new ArrayList<>();
    for (Band band : product.getBands()) {
      if (!(band instanceof VirtualBand)) {
        names.add(band.getName());
      }
    }
    return names;
  }

  private void assertSameBandFiles(String sample, Product product, Path written) throws IOException {
    Path snapData = DimapTestSupport.samplesFolder().resolve(sample + ".data");
    List<String> names = imageBands(product);
    assertTrue(names.size() >= 2, sample + " has bands");
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(snapData.resolve(name + ".img")),
          Files.readAllBytes(written.resolve(name + ".img")), sample + " band " + name);
    }
  }

  @Test
  void copiesSnapWrittenBandFilesByteForByte() throws IOException {
    for (String sample : new String[] {MERIS, C2RCC}) {
      Product product = DimapProductReader.read(DimapTestSupport.samplesFolder().resolve(sample + ".dim").toFile());
      // tiles that leave partial ones on both edges: blocks of a few rows, the last one short
      product.setPreferredTileSize(16, 7);
      for (String name : imageBands(product)) {
        assertNotNull(BandFileWrite.unchangedSource(product.getBand(name)), "copied in the kernel: " + name);
      }

      DimapProductWriter.write(product, dir.resolve(sample + ".dim").toFile(), ProgressMonitor.NULL);

      assertSameBandFiles(sample, product, dir.resolve(sample + ".data"));
    }
  }

  @Test
  void writesSnapWrittenSamplesBackByteForByte() throws IOException {
    for (String sample : new String[] {MERIS, C2RCC}) {
      Product source = DimapProductReader.read(DimapTestSupport.samplesFolder().resolve(sample + ".dim").toFile());
      Product product = new Product(sample, "TEST", source.getSceneRasterWidth(), source.getSceneRasterHeight());
      product.setPreferredTileSize(16, 7);
      for (String name : imageBands(source)) {
        Band band = product.addBand(name, source.getBand(name).getDataType());
        // an image of its own: the samples go through the writer's buffers, not a file copy
        band.setSourceImage(new Forwarding(source.getBand(name)));
        assertNull(BandFileWrite.unchangedSource(band), name);
      }

      DimapProductWriter.write(product, dir.resolve(sample + ".dim").toFile(), ProgressMonitor.NULL);

      assertSameBandFiles(sample, source, dir.resolve(sample + ".data"));
    }
  }

  @Test
  void writesEveryDataTypeBigEndianRowAfterRow() throws IOException {
    int w = 37;
    int h = 23;
    Product product = new Product("types", "TEST", w, h);
    product.setPreferredTileSize(16, 8);
    int[] types = {ProductData.TYPE_INT8, ProductData.TYPE_UINT8, ProductData.TYPE_INT16, ProductData.TYPE_UINT16,
        ProductData.TYPE_INT32, ProductData.TYPE_UINT32, ProductData.TYPE_FLOAT32, ProductData.TYPE_FLOAT64};
    List<ByteBuffer> expected = new ArrayList<>();
    for (int type : types) {
      ProductData samples = ProductData.createInstance(type, w * h);
      ByteBuffer bytes = ByteBuffer.allocate(w * h * samples.getElemSize()).order(ByteOrder.BIG_ENDIAN);
      for (int i = 0; i < w * h; i++) {
        long bits = i * 0x9E3779B97F4A7C15L;
        switch (samples.getElemSize()) {
          case 1 -> bytes.put((byte) bits);
          case 2 -> bytes.putShort((short) bits);
          case 4 -> bytes.putInt((int) bits);
          default -> bytes.putLong(bits);
        }
      }
      bytes.flip();
      switch (samples.getElemSize()) {
        case 1 -> bytes.duplicate().get((byte[]) samples.getElems());
        case 2 -> bytes.duplicate().order(ByteOrder.BIG_ENDIAN).asShortBuffer().get((short[]) samples.getElems());
        case 4 -> {
          if (type == ProductData.TYPE_FLOAT32) {
            bytes.duplicate().order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get((float[]) samples.getElems());
          } else {
            bytes.duplicate().order(ByteOrder.BIG_ENDIAN).asIntBuffer().get((int[]) samples.getElems());
          }
        }
        default -> bytes.duplicate().order(ByteOrder.BIG_ENDIAN).asDoubleBuffer().get((double[]) samples.getElems());
      }
      Band band = product.addBand("b_" + ProductData.getTypeString(type), type);
      band.setRasterData(samples);
      expected.add(bytes);
    }

    DimapProductWriter.write(product, dir.resolve("types.dim").toFile(), ProgressMonitor.NULL);

    for (int i = 0; i < types.length; i++) {
      String name = "b_" + ProductData.getTypeString(types[i]);
      assertEquals(expected.get(i), ByteBuffer.wrap(Files.readAllBytes(dir.resolve("types.data/" + name + ".img"))),
          name);
    }
  }

  @Test
  void writesComputedBandsInBlocksOfAFewTilesWhenARowOfThemWouldNotFit() throws IOException {
    int w = 70;
    int h = 45;
    Product product = new Product("computed", "TEST", w, h);
    Map<Rectangle, AtomicInteger> computed = new ConcurrentHashMap<>();
    List<Band> bands = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      Band band = product.addBand("band_" + b, ProductData.TYPE_FLOAT32);
      band.setSourceImage(new Cached(b, w, h, 16, computed));
      bands.add(band);
    }
    List<Path> files = new ArrayList<>();
    Files.createDirectories(dir.resolve("computed.data"));
    for (Band band : bands) {
      files.add(dir.resolve("computed.data/" + band.getName() + ".img"));
    }
    // 3 float bands on 16 x 16 tiles: 3 KiB a tile, so a 7 KiB budget makes blocks of 2 tiles
    BandFilesWriter writer = new BandFilesWriter(bands, files, new Dimension(16, 16), ProgressMonitor.NULL, "computed",
        7 << 10);

    writer.write();

    for (int b = 0; b < 3; b++) {
      ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(files.get(b)));
      assertEquals(w * h * 4, file.capacity());
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          assertEquals(DimapTestSupport.computedValue(b, x, y), file.getFloat((y * w + x) * 4), "band " + b + " " + x
              + "," + y);
        }
      }
    }
    assertEquals(5 * 3 * 3, computed.size(), "every tile of every band prefetched");
    computed.forEach((tile, times) -> assertEquals(1, times.get(), "prefetched once: " + tile));
  }

  /**
   * One tile of each of many bands outgrowing the tile cache (998 DL-Unwrap bands of 128 x 128
   * at -Xmx256m): computed ahead, the cache evicted them before they were written, and they were
   * computed again; now no tile is computed ahead then, each is computed as its band is written.
   */
  @Test
  void computesNoTileAheadWhenTwoBlocksOfThemWouldNotStayInTheTileCache() throws IOException {
    Map<Rectangle, AtomicInteger> prefetched = writeBandsOfOneTile(40, 64L << 10);
    assertEquals(0, prefetched.size(), "tiles computed ahead of an over-full cache");
    // 40 float bands of 16 x 16: 40 KiB a block, two blocks in half of 160 KiB
    assertEquals(40, writeBandsOfOneTile(40, 160L << 10).size(), "every tile computed ahead, once");
  }

  /** Writes {@code n} computed float bands of one 16 x 16 tile; returns the tiles computed ahead. */
  private Map<Rectangle, AtomicInteger> writeBandsOfOneTile(int n, long cacheBytes) throws IOException {
    Path data = Files.createDirectories(dir.resolve("many" + cacheBytes + ".data"));
    Product product = new Product("many", "TEST", 16, 16);
    Map<Rectangle, AtomicInteger> prefetched = new ConcurrentHashMap<>();
    List<Band> bands = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      Band band = product.addBand("band_" + b, ProductData.TYPE_FLOAT32);
      band.setSourceImage(new Cached(b, 16, 16, 16, prefetched));
      bands.add(band);
      files.add(data.resolve(band.getName() + ".img"));
    }
    new BandFilesWriter(bands, files, new Dimension(16, 16), ProgressMonitor.NULL, "many", 1L << 20, cacheBytes)
        .write();
    for (int b = 0; b < n; b++) {
      ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(files.get(b)));
      for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 16; x++) {
          assertEquals(DimapTestSupport.computedValue(b, x, y), file.getFloat((y * 16 + x) * 4), "band " + b);
        }
      }
    }
    prefetched.forEach((tile, times) -> assertEquals(1, times.get(), "computed ahead once: " + tile));
    return prefetched;
  }

  @Test
  void computesTheNextRowOfTilesBeforeWritingARow() throws IOException {
    List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    Product product = new Product("rows", "TEST", 32, 48);
    Band band = product.addBand("band", ProductData.TYPE_FLOAT32);
    band.setSourceImage(new Recording(32, 48, 16, events));
    Files.createDirectories(dir.resolve("rows.data"));
    Path file = dir.resolve("rows.data/band.img");
    String threads = System.getProperty(org.dlinsar.lite.Parallelism.PROPERTY);
    System.setProperty(org.dlinsar.lite.Parallelism.PROPERTY, "1"); // one thread: the schedule's own order
    try {
      new BandFilesWriter(List.of(band), List.of(file), new Dimension(16, 16), ProgressMonitor.NULL, "rows").write();
    } finally {
      if (threads == null) {
        System.clearProperty(org.dlinsar.lite.Parallelism.PROPERTY);
      } else {
        System.setProperty(org.dlinsar.lite.Parallelism.PROPERTY, threads);
      }
    }

    // a thread done computing a row's tiles writes the row before, whose tiles are all ready
    assertEquals(List.of("compute 0", "compute 0", "compute 1", "compute 1", "write 0", "compute 2", "compute 2",
        "write 1", "write 2"), events);
    ByteBuffer written = ByteBuffer.wrap(Files.readAllBytes(file));
    assertEquals(DimapTestSupport.computedValue(0, 31, 47), written.getFloat((47 * 32 + 31) * 4));
  }

  /**
   * A band file is written through the channel that created it: opened again by its name, a link
   * put there in between by someone able to write the fresh data folder would be followed, and
   * the band written (or the file it leads to sized) outside the data folder.
   */
  @Test
  void aBandFileIsWrittenThroughTheChannelThatMadeItNotOpenedAgainByName() throws IOException {
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 4, 3);
    Path data = Files.createDirectories(dir.resolve("out.data"));
    Path file = data.resolve("b.img");
    Path victim = dir.resolve("victim");

    try (java.nio.channels.FileChannel channel = BandFileWrite.create(band, file, "out.dim", made -> {
      Files.delete(made);
      Files.createSymbolicLink(made, victim);
    })) {
      channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), 0);
      assertEquals(4 * 3 * 4, channel.size(), "the file the channel made, at the band's size");
    }

    assertTrue(Files.notExists(victim, java.nio.file.LinkOption.NOFOLLOW_LINKS), "nothing made through the link");
  }

  @Test
  void blocksCoverEveryTileOnceRowAfterRow() {
    List<Band> bands = List.of(new Band("a", ProductData.TYPE_FLOAT32, 70, 45),
        new Band("b", ProductData.TYPE_UINT8, 50, 45));
    WriteBlocks rows = new WriteBlocks(bands, new Dimension(16, 16), 0, 1);
    WriteBlocks narrow = new WriteBlocks(bands, new Dimension(16, 16), 5, 16 * 16 * 5 * 2);

    assertEquals(3, rows.size(), "no computed band: one block per tile row");
    assertEquals(new Rectangle(0, 32, 70, 13), rows.bounds(2));
    assertEquals(15, rows.tileCount());
    assertEquals(9, narrow.size(), "blocks of two tiles, the last of a row of one");
    List<Rectangle> tiles = new ArrayList<>();
    for (int i = 0; i < narrow.size(); i++) {
      Rectangle union = new Rectangle(narrow.tiles(i).get(0));
      narrow.tiles(i).forEach(union::add);
      assertEquals(narrow.bounds(i), union);
      tiles.addAll(narrow.tiles(i));
    }
    assertEquals(15, tiles.size());
    assertEquals(new Rectangle(64, 32, 6, 13), tiles.get(14));
  }

  /** Serves another band's samples through an image of its own type. */
  private static final class Forwarding extends RasterImage {
    private final Band source;

    Forwarding(Band source) {
      super(RasterImage.dataBufferType(source.getDataType()), source.getRasterWidth(), source.getRasterHeight(), 64,
          64);
      this.source = source;
    }

    @Override
    protected void computeRect(WritableRaster target) {
      Rectangle r = target.getBounds();
      ProductData samples = ProductData.createInstance(source.getDataType(), samplesOf(target.getDataBuffer()));
      try {
        source.readRasterData(r.x, r.y, r.width, r.height, samples);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** As {@link Cached} for band 0, noting "compute <tile row>" per prefetch and "write <tile row>" per read. */
  private static final class Recording extends RasterImage {
    private final List<String> events;

    Recording(int width, int height, int tile, List<String> events) {
      super(DataBuffer.TYPE_FLOAT, width, height, tile, tile);
      this.events = events;
    }

    @Override
    public boolean cachesTiles() {
      return true;
    }

    @Override
    public void prefetch(Rectangle region) {
      events.add("compute " + region.y / getTileHeight());
    }

    @Override
    protected void computeRect(WritableRaster target) {
      Rectangle r = target.getBounds();
      events.add("write " + r.y / getTileHeight());
      for (int y = r.y; y < r.y + r.height; y++) {
        for (int x = r.x; x < r.x + r.width; x++) {
          target.setSample(x, y, 0, DimapTestSupport.computedValue(0, x, y));
        }
      }
    }
  }

  /** Computes {@link DimapTestSupport#computedValue}, and says it keeps tiles, recording prefetches. */
  private static final class Cached extends RasterImage {
    private final int band;
    private final Map<Rectangle, AtomicInteger> prefetched;

    Cached(int band, int width, int height, int tile, Map<Rectangle, AtomicInteger> prefetched) {
      super(DataBuffer.TYPE_FLOAT, width, height, tile, tile);
      this.band = band;
      this.prefetched = prefetched;
    }

    @Override
    public boolean cachesTiles() {
      return true;
    }

    @Override
    public void prefetch(Rectangle region) {
      prefetched.computeIfAbsent(new Rectangle(region.x + 1000 * band, region.y, region.width, region.height),
          r -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    protected void computeRect(WritableRaster target) {
      Rectangle r = target.getBounds();
      for (int y = r.y; y < r.y + r.height; y++) {
        for (int x = r.x; x < r.x + r.width; x++) {
          target.setSample(x, y, 0, DimapTestSupport.computedValue(band, x, y));
        }
      }
    }
  }
}
