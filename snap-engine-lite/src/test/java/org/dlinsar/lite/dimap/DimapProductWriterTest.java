package org.dlinsar.lite.dimap;

import static org.dlinsar.lite.dimap.DimapTestSupport.computedValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlinsar.lite.dimap.DimapTestSupport.ComputedImage;
import org.dlinsar.lite.dimap.DimapTestSupport.RecordingMonitor;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimapProductWriterTest {

  @TempDir
  Path dir;

  private static final int W = 37;
  private static final int H = 23;

  /** Samples covering each type's extremes, raw (as stored), one per pixel. */
  private static Object rawSamples(int type) {
    int n = W * H;
    switch (type) {
      case ProductData.TYPE_INT8:
      case ProductData.TYPE_UINT8: {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
          a[i] = (byte) (i * 7 - 128);
        }
        a[0] = Byte.MIN_VALUE;
        a[1] = Byte.MAX_VALUE;
        a[2] = (byte) 0xFF;
        return a;
      }
      case ProductData.TYPE_INT16:
      case ProductData.TYPE_UINT16: {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
          a[i] = (short) (i * 1031 - 32768);
        }
        a[0] = Short.MIN_VALUE;
        a[1] = Short.MAX_VALUE;
        a[2] = (short) 0xFFFF;
        return a;
      }
      case ProductData.TYPE_INT32:
      case ProductData.TYPE_UINT32: {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = i * 104729 * 31 - 5;
        }
        a[0] = Integer.MIN_VALUE;
        a[1] = Integer.MAX_VALUE;
        a[2] = 0xFFFFFFFF;
        return a;
      }
      case ProductData.TYPE_FLOAT32: {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = (float) Math.sin(i) * 1e6f;
        }
        a[0] = Float.NaN;
        a[1] = -0.0f;
        a[2] = Float.NEGATIVE_INFINITY;
        a[3] = Float.MIN_VALUE;
        a[4] = Float.MAX_VALUE;
        return a;
      }
      case ProductData.TYPE_FLOAT64: {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = Math.cos(i) * 1e300;
        }
        a[0] = Double.NaN;
        a[1] = -0.0;
        a[2] = Double.POSITIVE_INFINITY;
        a[3] = Double.MIN_VALUE;
        return a;
      }
      default:
        throw new IllegalArgumentException("type " + type);
    }
  }

  private static final int[] RASTER_TYPES = {ProductData.TYPE_INT8, ProductData.TYPE_UINT8, ProductData.TYPE_INT16,
      ProductData.TYPE_UINT16, ProductData.TYPE_INT32, ProductData.TYPE_UINT32, ProductData.TYPE_FLOAT32,
      ProductData.TYPE_FLOAT64};

  private static Product productWithEveryType() {
    Product product = new Product("every_type", "TEST", W, H);
    // a tile grid with partial tiles on both edges
    product.setPreferredTileSize(16, 8);
    for (int type : RASTER_TYPES) {
      Band band = new Band("b_" + ProductData.getTypeString(type), type, W, H);
      band.setRasterData(ProductData.createInstance(type, rawSamples(type)));
      product.addBand(band);
    }
    return product;
  }

  private static Object readAll(Band band) throws IOException {
    ProductData data = band.createCompatibleRasterData(band.getRasterWidth(), band.getRasterHeight());
    band.readRasterData(0, 0, band.getRasterWidth(), band.getRasterHeight(), data);
    return data.getElems();
  }

  private static void assertSameBits(Object expected, Object actual, String band) {
    if (expected instanceof float[]) {
      float[] e = (float[]) expected;
      float[] a = (float[]) actual;
      assertEquals(e.length, a.length, band);
      for (int i = 0; i < e.length; i++) {
        assertEquals(Float.floatToRawIntBits(e[i]), Float.floatToRawIntBits(a[i]), band + " sample " + i);
      }
    } else if (expected instanceof double[]) {
      double[] e = (double[]) expected;
      double[] a = (double[]) actual;
      assertEquals(e.length, a.length, band);
      for (int i = 0; i < e.length; i++) {
        assertEquals(Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(a[i]), band + " sample " + i);
      }
    } else if (expected instanceof byte[]) {
      assertArrayEquals((byte[]) expected, (byte[]) actual, band);
    } else if (expected instanceof short[]) {
      assertArrayEquals((short[]) expected, (short[]) actual, band);
    } else {
      assertArrayEquals((int[]) expected, (int[]) actual, band);
    }
  }

  private static List<String> folderContents(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aBandNameThatWouldLeaveTheDataFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
    // a BEAM-DIMAP header from elsewhere can carry any BAND_NAME; Band's constructor, as SNAP's, takes it
    Path target = Files.createDirectories(dir.resolve("a/b")).resolve("out.dim");
    Product product = new Product("out", "TEST", 4, 3);
    Band band = new Band("../../escaped", ProductData.TYPE_FLOAT32, 4, 3);
    band.setRasterData(ProductData.createInstance(new float[12]));
    product.addBand(band);

    IOException e = assertThrows(IOException.class,
        () -> DimapProductWriter.write(product, target.toFile(), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("band '../../escaped'") && e.getMessage().contains(target.toString()),
        e.getMessage());
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
    }
  }

  /**
   * SNAP's isValidNodeName allows control characters inside a name (ProductNode.java 14.x, lines
   * 220-227); the header cannot carry most of them (XmlPrinter writes U+FFFD) and a NUL cannot be
   * in a file name, so this writer refuses them itself, naming the band.
   */
  @Test
  void aBandNameWithAControlCharacterIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path target = dir.resolve("out.dim");
    Product product = new Product("out", "TEST", 4, 3);
    Band band = new Band("a\u0001b", ProductData.TYPE_FLOAT32, 4, 3);
    band.setRasterData(ProductData.createInstance(new float[12]));
    product.addBand(band);

    IOException e = assertThrows(IOException.class,
        () -> DimapProductWriter.write(product, target.toFile(), ProgressMonitor.NULL));

    assertTrue(e.getMessage().contains("band 'a\u0001b'") && e.getMessage().contains("control characters"),
        e.getMessage());
    assertEquals(List.of(), folderContents(dir));
  }

  /**
   * A band whose computation, which runs while its product is staged, puts a link to
   * {@code victim} at the staged header's name, as someone who can write the target's folder
   * could once they see the write's token on its lock file.
   */
  private static final class LinkPlantingImage extends RasterImage {
    private final Path folder;
    private final Path victim;
    private final AtomicBoolean planted = new AtomicBoolean();

    LinkPlantingImage(Path folder, Path victim, int width, int height) {
      super(DataBuffer.TYPE_FLOAT, width, height, width, height);
      this.folder = folder;
      this.victim = victim;
    }

    @Override
    protected void computeRect(WritableRaster target) {
      if (planted.getAndSet(true)) {
        return;
      }
      try (Stream<Path> files = Files.list(folder)) {
        String lockName = "\\.out\\.dim\\.lock-[0-9a-f]{8}";
        for (Path lock : files.filter(f -> f.getFileName().toString().matches(lockName)).toList()) {
          String token = lock.getFileName().toString().substring(".out.dim.lock-".length());
          Files.createSymbolicLink(folder.resolve(".out.dim.tmp-" + token), victim);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void aLinkPlantedAtTheStagedHeadersNameIsNeitherFollowedNorMovedIntoPlace() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "the victim's");
    Path target = dir.resolve("out.dim");
    Product product = new Product("out", "TEST", 4, 3);
    Band band = new Band("b", ProductData.TYPE_FLOAT32, 4, 3);
    band.setSourceImage(new LinkPlantingImage(dir, victim, 4, 3));
    product.addBand(band);

    IOException e = assertThrows(IOException.class,
        () -> DimapProductWriter.write(product, target.toFile(), ProgressMonitor.NULL));

    List<Path> links;
    try (Stream<Path> files = Files.list(dir)) {
      links = files.filter(Files::isSymbolicLink).toList();
    }
    assertEquals(1, links.size(), "the planted link is left alone");
    assertEquals("cannot write " + target + ": its temporary name " + links.get(0).getFileName() + " is already"
        + " taken by a file, folder or link that this write did not make; it is left alone (is someone else"
        + " writing in " + dir + "?)", e.getMessage());
    assertEquals("the victim's", Files.readString(victim));
    assertEquals(List.of(links.get(0).getFileName().toString(), "victim.txt"), folderContents(dir));
  }

  @Test
  void roundTripsEveryDataTypeBitExactly() throws IOException {
    Product product = productWithEveryType();
    File file = dir.resolve("every_type.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);
    Product read = DimapProductReader.read(file);

    assertEquals(RASTER_TYPES.length, read.getNumBands());
    for (int type : RASTER_TYPES) {
      String name = "b_" + ProductData.getTypeString(type);
      Band band = read.getBand(name);
      assertEquals(type, band.getDataType(), name);
      assertSameBits(rawSamples(type), readAll(band), name);
    }
  }

  @Test
  void roundTripsBandPropertiesTimesMetadataAndTiePointGeoCoding() throws Exception {
    Product product = productWithEveryType();
    product.setDescription("Interferogram stack – phase α");
    product.setStartTime(ProductData.UTC.parse("15-JAN-2020 10:11:12.345678"));
    product.setEndTime(ProductData.UTC.parse("27-JAN-2020 10:11:13.000001"));
    Band coherence = product.getBand("b_float32");
    coherence.setDescription("Coherence <0..1> & more");
    coherence.setUnit("coherence");
    coherence.setNoDataValueUsed(true);
    coherence.setNoDataValue(-9999.0);
    coherence.setValidPixelExpression("b_float32 > 0.3");
    coherence.setSpectralBandIndex(3);
    coherence.setSpectralWavelength(5.5465763f);
    coherence.setSpectralBandwidth(9.937f);
    coherence.setSolarFlux(1665.3435f);
    Band counts = product.getBand("b_int16");
    counts.setScalingFactor(0.01);
    counts.setScalingOffset(-5.0);
    counts.setLog10Scaled(true);
    product.addBand(new VirtualBand("Phase_ifg", ProductData.TYPE_FLOAT32, W, H, "atan2(b_int16, b_float32)"));
    MetadataElement abstracted = new MetadataElement("Abstracted_Metadata");
    abstracted.setAttributeDouble("radar_frequency", 5405.000454334349);
    abstracted.setAttributeUTC("first_line_time", ProductData.UTC.parse("15-JAN-2020 10:11:12.345678"));
    product.getMetadataRoot().addElement(abstracted);
    float[] lat = {45.0f, 45.5f, 46.0f, 44.5f, 45.0f, 45.5f};
    float[] lon = {179.5f, -179.75f, -179.0f, 179.0f, 179.75f, -179.5f};
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "Latitude", 3, 2, 0.5, 0.5, 18, 22, lat, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "Longitude", 3, 2, 0.5, 0.5, 18, 22, lon, true);
    TiePointGrid incidence = new TiePointGrid("incident_angle", 3, 2, 0.5, 0.5, 18, 22, new float[] {30, 31, 32, 33,
        34, 35}, false);
    TiePointGeoCoding geoCoding = new TiePointGeoCoding(List.of(latGrid, lonGrid, incidence), "latitude", "longitude",
        W, H);
    product.setSceneGeoCoding(geoCoding);
    File file = dir.resolve("every_type.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);
    Product read = DimapProductReader.read(file);

    assertEquals("Interferogram stack – phase α", read.getDescription());
    assertEquals("TEST", read.getProductType());
    assertEquals("15-JAN-2020 10:11:12.345678", read.getStartTime().format());
    assertEquals("27-JAN-2020 10:11:13.000001", read.getEndTime().format());
    Band readCoherence = read.getBand("b_float32");
    assertEquals("Coherence <0..1> & more", readCoherence.getDescription());
    assertEquals("coherence", readCoherence.getUnit());
    assertTrue(readCoherence.isNoDataValueUsed());
    assertEquals(-9999.0, readCoherence.getNoDataValue());
    assertEquals("b_float32 > 0.3", readCoherence.getValidPixelExpression());
    assertEquals(3, readCoherence.getSpectralBandIndex());
    assertEquals(5.5465763f, readCoherence.getSpectralWavelength());
    assertEquals(9.937f, readCoherence.getSpectralBandwidth());
    assertEquals(1665.3435f, readCoherence.getSolarFlux());
    Band readCounts = read.getBand("b_int16");
    assertEquals(0.01, readCounts.getScalingFactor());
    assertEquals(-5.0, readCounts.getScalingOffset());
    assertTrue(readCounts.isLog10Scaled());
    assertInstanceOf(VirtualBand.class, read.getBand("Phase_ifg"));
    assertEquals("atan2(b_int16, b_float32)", ((VirtualBand) read.getBand("Phase_ifg")).getExpression());
    assertFalse(Files.exists(dir.resolve("every_type.data/Phase_ifg.img")), "virtual bands have no data file");
    MetadataElement readAbstracted = read.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(5405.000454334349, readAbstracted.getAttributeDouble("radar_frequency"));
    assertEquals("15-JAN-2020 10:11:12.345678", readAbstracted.getAttributeUTC("first_line_time").format());

    assertInstanceOf(TiePointGeoCoding.class, read.getSceneGeoCoding());
    TiePointGeoCoding readGeoCoding = (TiePointGeoCoding) read.getSceneGeoCoding();
    assertArrayEquals(new String[] {"latitude", "longitude", "incident_angle"}, readGeoCoding.getTiePointGridNames());
    assertEquals("latitude", readGeoCoding.getLatGridName());
    assertEquals("longitude", readGeoCoding.getLonGridName());
    TiePointGrid readLon = readGeoCoding.getTiePointGrid("longitude");
    assertTrue(readLon.isCyclic());
    assertEquals("deg", readLon.getUnit());
    assertEquals("Longitude", readLon.getDescription());
    assertEquals(18.0, readLon.getSubSamplingX());
    assertEquals(22.0, readLon.getSubSamplingY());
    assertEquals(0.5, readLon.getOffsetX());
    assertArrayEquals(lon, readLon.getTiePoints());
    for (double[] xy : new double[][] {{0.5, 0.5}, {10.25, 7.75}, {30.0, 20.0}, {36.9, 22.9}}) {
      GeoPos before = geoCoding.getGeoPos(new PixelPos(xy[0], xy[1]), null);
      GeoPos after = readGeoCoding.getGeoPos(new PixelPos(xy[0], xy[1]), null);
      assertEquals(before.lat, after.lat, "lat at " + xy[0] + "," + xy[1]);
      assertEquals(before.lon, after.lon, "lon at " + xy[0] + "," + xy[1]);
    }
  }

  /**
   * SNAP 14's DimapHeaderWriter (writeTiePointGridElements) gives CYCLIC the grid's discontinuity
   * as an attribute, 180 for longitudes wrapping at the antimeridian and 0 for a grid that does not
   * wrap; its reader (DimapProductHelpers.addTiePointGrids) takes a cyclic grid without it for one
   * written before DIMAP 2.13.0 and guesses the discontinuity from the data (DISCONT_AUTO).
   */
  @Test
  void writesTheTiePointGridsDiscontinuityAsSnapDoes() throws Exception {
    Product product = productWithEveryType();
    float[] lat = {45.0f, 45.5f, 46.0f, 44.5f, 45.0f, 45.5f};
    float[] lon = {179.5f, -179.75f, -179.0f, 179.0f, 179.75f, -179.5f};
    TiePointGrid latGrid = new TiePointGrid("latitude", 3, 2, 0.5, 0.5, 18, 22, lat, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", 3, 2, 0.5, 0.5, 18, 22, lon, true);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(latGrid, lonGrid), "latitude", "longitude", W, H));
    File file = dir.resolve("grids.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);

    String header = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("<TIE_POINT_GRID_NAME>latitude</TIE_POINT_GRID_NAME>")
        && header.contains("<CYCLIC discontinuity=\"0\">false</CYCLIC>"), header);
    assertTrue(header.contains("<CYCLIC discontinuity=\"180\">true</CYCLIC>"), header);
    TiePointGeoCoding read = (TiePointGeoCoding) DimapProductReader.read(file).getSceneGeoCoding();
    assertTrue(read.getTiePointGrid("longitude").isCyclic());
    assertFalse(read.getTiePointGrid("latitude").isCyclic());
  }

  /**
   * SNAP's writer keeps a grid's discontinuity in CYCLIC's attribute and its reader takes it back
   * (DimapHeaderWriter.java 14.x, lines 421-424; DimapProductHelpers.java 1484-1494): a 0..360
   * grid whose values all lie below 180 stays 0..360, and a header without the attribute (before
   * BEAM 2.13) takes the values' own.
   */
  @Test
  void keepsALongitudeGridsDiscontinuityAsSnaps() throws Exception {
    Product product = new Product("lon360", "TEST", 20, 10);
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", "Latitude", 2, 2, 0.5, 0.5, 19, 9,
        new float[] {46f, 46f, 45f, 45f}, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", "Longitude", 2, 2, 0.5, 0.5, 19, 9,
        new float[] {-10f, 20f, -10f, 20f}, TiePointGrid.DISCONT_AT_360);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(latGrid, lonGrid), "latitude", "longitude", 20, 10));
    File file = dir.resolve("lon360.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);
    String header = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("<CYCLIC discontinuity=\"0\">false</CYCLIC>"), header);
    assertTrue(header.contains("<CYCLIC discontinuity=\"360\">true</CYCLIC>"), header);
    TiePointGeoCoding read = (TiePointGeoCoding) DimapProductReader.read(file).getSceneGeoCoding();
    assertEquals(TiePointGrid.DISCONT_NONE, read.getTiePointGrid("latitude").getDiscontinuity());
    assertEquals(TiePointGrid.DISCONT_AT_360, read.getTiePointGrid("longitude").getDiscontinuity());
    assertEquals(350.0, read.getGeoPos(new PixelPos(0.5, 0.5), null).lon, 1e-4);

    Files.writeString(file.toPath(), header.replace("<CYCLIC discontinuity=\"360\">", "<CYCLIC>"),
        StandardCharsets.ISO_8859_1);
    TiePointGeoCoding old = (TiePointGeoCoding) DimapProductReader.read(file).getSceneGeoCoding();
    assertEquals(TiePointGrid.DISCONT_AT_180, old.getTiePointGrid("longitude").getDiscontinuity());
    assertEquals(-10.0, old.getGeoPos(new PixelPos(0.5, 0.5), null).lon, 1e-4);
  }

  @Test
  void writesBigEndianSamplesAtTheirPixelOffsets() throws IOException {
    Product product = productWithEveryType();
    DimapProductWriter.write(product, dir.resolve("every_type.dim").toFile(), ProgressMonitor.NULL);

    Path img = dir.resolve("every_type.data/b_int32.img");
    int[] expected = (int[]) rawSamples(ProductData.TYPE_INT32);
    assertEquals((long) W * H * 4, Files.size(img));
    for (int index : new int[] {0, 1, W + 3, W * H - 1}) {
      assertEquals(expected[index], DimapTestSupport.rawSample(img, index, 4).getInt(), "sample " + index);
    }
  }

  @Test
  void appendsTheDimExtensionAndNamesTheDataFolderAfterTheFile() throws IOException {
    DimapProductWriter.write(productWithEveryType(), dir.resolve("renamed").toFile(), ProgressMonitor.NULL);

    assertEquals(List.of("renamed.data", "renamed.dim"), folderContents(dir));
    String header = Files.readString(dir.resolve("renamed.dim"), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("<DATASET_NAME>renamed</DATASET_NAME>"), header);
    assertTrue(header.contains("href=\"renamed.data/b_int8.hdr\""), header);
  }

  /**
   * SNAP's DimapProductWriter.writeProductNodesImpl calls ensureNamingConvention after initDirs:
   * getSourceProduct().setName(FileUtils.getFilenameWithoutExtension(outputFile)), so a product is
   * written, and stays in memory, under its file's name; the staged header's temporary name
   * (.det.dim.tmp-...) must not leak into it.
   */
  @Test
  void namesTheProductAfterItsFileAsSnapsWriterDoes() throws IOException {
    Product product = productWithEveryType();
    product.setName("s_det");
    RecordingMonitor pm = new RecordingMonitor(Integer.MAX_VALUE);

    DimapProductWriter.write(product, dir.resolve("det.dim").toFile(), pm);

    assertEquals("det", product.getName());
    assertEquals("Writing det", pm.taskName);
    String header = Files.readString(dir.resolve("det.dim"), StandardCharsets.ISO_8859_1);
    assertTrue(header.contains("<Dimap_Document name=\"det.dim\">"), header);
    assertTrue(header.contains("<DATASET_NAME>det</DATASET_NAME>"), header);
    assertEquals("det", DimapProductReader.read(dir.resolve("det.dim").toFile()).getName());

    // named as initDirs names the header: x.DIM is x.DIM.dim, the product x.DIM
    DimapProductWriter.write(product, dir.resolve("x.DIM").toFile(), ProgressMonitor.NULL);
    assertEquals("x.DIM", product.getName());
    assertTrue(Files.readString(dir.resolve("x.DIM.dim"), StandardCharsets.ISO_8859_1)
        .contains("<DATASET_NAME>x.DIM</DATASET_NAME>"));
  }

  /** SNAP's Product.setName refuses such a name, so its writer cannot write such a file; here it says so first. */
  @Test
  void refusesAFileNameThatCannotNameTheProductBeforeAnythingIsWritten() throws IOException {
    for (String name : new String[] {".DIM", "and.dim", "a\\b.dim"}) {
      Product product = productWithEveryType();
      IOException e = assertThrows(IOException.class,
          () -> DimapProductWriter.write(product, dir.resolve(name).toFile(), ProgressMonitor.NULL), name);
      assertTrue(e.getMessage().contains("is no valid product name"), e.getMessage());
      assertEquals("every_type", product.getName());
    }
    assertEquals(List.of(), folderContents(dir));
  }

  @Test
  void writesEnviHeadersAsSnapDoes() throws IOException {
    Product product = productWithEveryType();
    Band band = product.getBand("b_uint16");
    band.setDescription("Raw counts");
    band.setUnit("dB");
    band.setScalingFactor(0.5);
    band.setScalingOffset(-3.0);
    DimapProductWriter.write(product, dir.resolve("every_type.dim").toFile(), ProgressMonitor.NULL);

    List<String> lines = Files.readAllLines(dir.resolve("every_type.data/b_uint16.hdr"), StandardCharsets.ISO_8859_1);
    assertEquals(List.of("ENVI", "description = {Raw counts - Unit: dB}", "samples = 37", "lines = 23", "bands = 1",
        "header offset = 0", "file type = ENVI Standard", "data type = 12", "interleave = bsq", "byte order = 1",
        "band names = { b_uint16 }", "data gain values = {0.5}", "data offset values = {-3.0}"), lines);
    int[] expectedCodes = {1, 1, 2, 12, 3, 3, 4, 5};
    for (int i = 0; i < RASTER_TYPES.length; i++) {
      String name = "b_" + ProductData.getTypeString(RASTER_TYPES[i]);
      EnviHeader header = EnviHeader.read(dir.resolve("every_type.data/" + name + ".hdr"));
      assertEquals(expectedCodes[i], header.dataTypeCode(), name);
      assertEquals(1, header.byteOrder(), name);
    }
  }

  /**
   * SNAP 14's ENVI header (snap-core dimap/EnviHeader.java 14.x, writedescription) describes a
   * raster without a description of its own by its product's description, writes a blank unit as
   * 1 and a log10-scaled raster's unit as log(unit); a tie-point grid's header likewise.
   */
  @Test
  void describesBandsAndGridsInTheirEnviHeadersAsSnapDoes() throws Exception {
    Product product = productWithEveryType();
    product.setDescription("Interferogram stack");
    product.getBand("b_float32").setDescription("  ");
    product.getBand("b_int16").setUnit("dB");
    product.getBand("b_int16").setLog10Scaled(true);
    product.getBand("b_uint8").setUnit(" ");
    product.getBand("b_int32").setDescription("Own text");
    product.getBand("b_int32").setUnit("1");
    float[] lat = {45.0f, 45.5f, 46.0f, 44.5f, 45.0f, 45.5f};
    float[] lon = {7.0f, 7.5f, 8.0f, 7.0f, 7.5f, 8.0f};
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(
        new TiePointGrid("latitude", "deg", null, 3, 2, 0.5, 0.5, 18, 22, lat, false),
        new TiePointGrid("longitude", "deg", "Longitude", 3, 2, 0.5, 0.5, 18, 22, lon, true)),
        "latitude", "longitude", W, H));

    DimapProductWriter.write(product, dir.resolve("described.dim").toFile(), ProgressMonitor.NULL);

    Path data = dir.resolve("described.data");
    assertEquals("description = {Interferogram stack - Unit: 1}", descriptionLine(data.resolve("b_float32.hdr")));
    assertEquals("description = {Interferogram stack - Unit: log(dB)}", descriptionLine(data.resolve("b_int16.hdr")));
    assertEquals("description = {Interferogram stack - Unit: 1}", descriptionLine(data.resolve("b_uint8.hdr")));
    assertEquals("description = {Own text - Unit: 1}", descriptionLine(data.resolve("b_int32.hdr")));
    assertEquals("description = {Interferogram stack - Unit: deg}",
        descriptionLine(data.resolve("tie_point_grids/latitude.hdr")));
    assertEquals("description = {Longitude - Unit: deg}", descriptionLine(data.resolve("tie_point_grids/longitude.hdr")));
  }

  private static String descriptionLine(Path hdr) throws IOException {
    return Files.readAllLines(hdr, StandardCharsets.UTF_8).get(1);
  }

  @Test
  void writesHeaderElementsInSnapOrder() throws Exception {
    Product product = productWithEveryType();
    product.setDescription("a <test> & more");
    product.setStartTime(ProductData.UTC.parse("15-JAN-2020 10:11:12.345678"));
    product.getMetadataRoot().setAttributeString("origin", "test");
    DimapProductWriter.write(product, dir.resolve("every_type.dim").toFile(), ProgressMonitor.NULL);

    String header = Files.readString(dir.resolve("every_type.dim"), StandardCharsets.ISO_8859_1);
    assertTrue(header.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Dimap_Document name=\"every_type.dim\">"),
        header);
    assertTrue(header.contains("<METADATA_FORMAT version=\"2.13.0\">DIMAP</METADATA_FORMAT>"), header);
    assertTrue(header.contains("<DATASET_COMMENTS>a &lt;test&gt; &amp; more</DATASET_COMMENTS>"), header);
    int previous = -1;
    for (String tag : new String[] {"<Metadata_Id>", "<Dataset_Id>", "<Dataset_Use>", "<Production>",
        "<Raster_Dimensions>", "<Data_Access>", "<Image_Interpretation>", "<Dataset_Sources>"}) {
      int at = header.indexOf(tag);
      assertTrue(at > previous, tag + " expected after the previous element in\n" + header);
      previous = at;
    }
  }

  @Test
  void reportsOneUnitOfWorkPerTile() throws IOException {
    RecordingMonitor pm = new RecordingMonitor(Integer.MAX_VALUE);
    DimapProductWriter.write(productWithEveryType(), dir.resolve("every_type.dim").toFile(), pm);

    // 37 x 23 in tiles of 16 x 8: 3 columns, 3 rows
    assertEquals("Writing every_type", pm.taskName);
    assertEquals(9, pm.totalWork);
    assertEquals(9, pm.worked);
    assertTrue(pm.done);
  }

  @Test
  void streamsAThousandComputedBandsWithBoundedTilesInFlight() throws IOException {
    int bands = 1000;
    Product product = new Product("stack", "TEST", 64, 64);
    product.setPreferredTileSize(32, 32);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    for (int b = 0; b < bands; b++) {
      Band band = new Band("band_" + b, ProductData.TYPE_FLOAT32, 64, 64);
      band.setSourceImage(new ComputedImage(b, 64, 64, 32, inFlight, maxInFlight));
      product.addBand(band);
    }
    File file = dir.resolve("stack.dim").toFile();

    DimapProductWriter.write(product, file, ProgressMonitor.NULL);

    assertTrue(maxInFlight.get() <= Runtime.getRuntime().availableProcessors(),
        "at most one band rectangle per writer thread, got " + maxInFlight.get());
    Product read = DimapProductReader.read(file);
    assertEquals(bands, read.getNumBands());
    for (int b : new int[] {0, 1, 499, 999}) {
      for (int[] xy : new int[][] {{0, 0}, {31, 32}, {63, 63}, {40, 5}}) {
        float[] value = read.getBand("band_" + b).readPixels(xy[0], xy[1], 1, 1, new float[1]);
        assertEquals(computedValue(b, xy[0], xy[1]), value[0], "band " + b + " at " + xy[0] + "," + xy[1]);
      }
    }
  }

  private static Product failingProduct(RuntimeException failure) {
    Product product = new Product("failing", "TEST", 64, 64);
    product.setPreferredTileSize(16, 16);
    AtomicInteger counter = new AtomicInteger();
    for (int b = 0; b < 3; b++) {
      Band band = new Band("band_" + b, ProductData.TYPE_FLOAT32, 64, 64);
      // band 2 fails on the lower half of the scene
      boolean fails = b == 2;
      band.setSourceImage(new ComputedImage(b, 64, 64, 16, counter, new AtomicInteger(), y -> fails && y >= 32,
          failure));
      product.addBand(band);
    }
    return product;
  }

  @Test
  void leavesNothingBehindWhenABandFailsMidway() throws IOException {
    OperatorException failure = new OperatorException("computing band_2 failed");

    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> DimapProductWriter.write(failingProduct(failure), dir.resolve("failing.dim").toFile(),
            ProgressMonitor.NULL));

    assertSame(failure, thrown, "the operator's exception passes through unchanged");
    assertEquals(List.of(), folderContents(dir));
  }

  @Test
  void replacesAnExistingProductOnlyOnSuccess() throws IOException {
    File file = dir.resolve("failing.dim").toFile();
    Product first = new Product("failing", "TEST", 64, 64);
    Band original = first.addBand("original", ProductData.TYPE_FLOAT32);
    original.setRasterData(ProductData.createInstance(new float[64 * 64]));
    DimapProductWriter.write(first, file, ProgressMonitor.NULL);

    assertThrows(OperatorException.class,
        () -> DimapProductWriter.write(failingProduct(new OperatorException("boom")), file, ProgressMonitor.NULL));
    assertEquals(List.of("failing.data", "failing.dim"), folderContents(dir));
    assertEquals(List.of("original"), List.of(DimapProductReader.read(file).getBandNames()));

    DimapProductWriter.write(productWithEveryType(), file, ProgressMonitor.NULL);
    assertEquals(List.of("failing.data", "failing.dim"), folderContents(dir));
    Product replaced = DimapProductReader.read(file);
    assertEquals(RASTER_TYPES.length, replaced.getNumBands());
    assertFalse(Files.exists(dir.resolve("failing.data/original.img")), "old band files are gone");
  }

  @Test
  void stopsAndLeavesNothingWhenCancelled() {
    Product product = new Product("stack", "TEST", 64, 64);
    product.setPreferredTileSize(8, 8);
    for (int b = 0; b < 20; b++) {
      Band band = new Band("band_" + b, ProductData.TYPE_FLOAT32, 64, 64);
      band.setSourceImage(new ComputedImage(b, 64, 64, 8, new AtomicInteger(), new AtomicInteger()));
      product.addBand(band);
    }
    RecordingMonitor pm = new RecordingMonitor(2);
    File file = dir.resolve("stack.dim").toFile();

    InterruptedIOException thrown = assertThrows(InterruptedIOException.class,
        () -> DimapProductWriter.write(product, file, pm));

    assertTrue(thrown.getMessage().contains("writing " + file.getAbsolutePath() + " cancelled"), thrown.getMessage());
    assertTrue(pm.worked < 64, "stopped before all 64 tiles, worked " + pm.worked);
    assertTrue(pm.done);
    assertTrue(dir.toFile().list().length == 0, "nothing left in " + dir);
  }

  /** As SNAP's DimapProductWriter: missing folders are made; a file in their place is refused, named. */
  @Test
  void makesAMissingTargetFolderAndRefusesAFileInItsPlaceNamingIt() throws IOException {
    File file = dir.resolve("new_folder/sub/product.dim").toFile();
    DimapProductWriter.write(productWithEveryType(), file, ProgressMonitor.NULL);
    assertTrue(file.isFile());

    Files.writeString(dir.resolve("a_file"), "not a folder");
    File blocked = dir.resolve("a_file/product.dim").toFile();
    IOException thrown = assertThrows(IOException.class,
        () -> DimapProductWriter.write(productWithEveryType(), blocked, ProgressMonitor.NULL));
    assertTrue(thrown.getMessage().contains(dir.resolve("a_file").toString()), thrown.getMessage());
  }

  @Test
  void passesReadFailuresOfUnbackedBandsThrough() {
    Product product = new Product("unbacked", "TEST", 8, 8);
    product.addBand("empty", ProductData.TYPE_FLOAT32);

    Exception thrown = assertThrows(Exception.class,
        () -> DimapProductWriter.write(product, dir.resolve("unbacked.dim").toFile(), ProgressMonitor.NULL));

    assertInstanceOf(IOException.class, thrown);
    assertTrue(thrown.getMessage().contains("empty"), thrown.getMessage());
    assertTrue(dir.toFile().list().length == 0, "nothing left in " + dir);
  }
}
