package org.dlinsar.lite.dimap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimapProductReaderTest {

  private static final String MERIS = "subset_0_of_MER_FR__1PNEPA20060730_093924_000000982049_00480_23079_0746";
  private static final String C2RCC = "C2RCC_max_flag_test";

  @TempDir
  Path dir;

  /**
   * A product SNAP Desktop saved with a Filtered Band (a median of a coherence band, say) holds
   * its filter in the header and no file: it is read without it, saying so, where the header was
   * refused as a band without a Data_File.
   */
  @Test
  void aFilterBandIsLeftOutSayingSo() throws IOException {
    Path dim = dir.resolve("filtered.dim");
    Product product = new Product("filtered", "TEST", 4, 4);
    product.addBand("coh", ProductData.TYPE_FLOAT32).setRasterData(ProductData.createInstance(new float[16]));
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    String header = Files.readString(dim, StandardCharsets.ISO_8859_1);
    Files.writeString(dim, header.replace("</Image_Interpretation>", """
          <Spectral_Band_Info>
            <BAND_INDEX>1</BAND_INDEX>
            <BAND_NAME>coh_median3</BAND_NAME>
            <DATA_TYPE>float32</DATA_TYPE>
            <Filter_Band_Info bandType="GeneralFilterBand" version="1.2">
              <FILTER_SOURCE>coh</FILTER_SOURCE>
              <FILTER_OP_TYPE>MEDIAN</FILTER_OP_TYPE>
            </Filter_Band_Info>
          </Spectral_Band_Info>
        </Image_Interpretation>"""), StandardCharsets.ISO_8859_1);
    List<String> warnings = new ArrayList<>();
    Product read = readWarning(dim, warnings);

    assertEquals(List.of("coh"), List.of(read.getBandNames()));
    assertEquals(List.of(dim + ": filter bands (SNAP Desktop's Filtered Band) are not computed by the"
        + " headless engine and are left out: coh_median3"), warnings);
  }

  /** Reads {@code dim}, adding the band reader's warnings to {@code warnings}. */
  private static Product readWarning(Path dim, List<String> warnings) throws IOException {
    try (LogCapture log = LogCapture.of(DimapBandReader.class)) {
      Product read = DimapProductReader.read(dim.toFile());
      warnings.addAll(log.messages());
      return read;
    }
  }

  /**
   * SNAP's DimapProductReader warns of a band file it cannot read and keeps the band (snap-engine
   * 12.x-14.x bindBandsToFiles); reading that band then fails. A graph using the product's other
   * bands runs; the product was refused here.
   */
  @Test
  void aBandWithoutItsBandFileIsKeptWithAWarningAndFailsWhenRead() throws IOException {
    Path dim = writeTwoBands();
    Path missing = dir.resolve("p.data/b.img");
    Files.delete(missing);

    List<String> warnings = new ArrayList<>();
    Product read = readWarning(dim, warnings);

    assertEquals(List.of("band 'b' of " + dim + " has no band file " + missing + "; its pixels cannot be"
        + " read, the product's other bands can (as SNAP's reader does)"), warnings);
    assertArrayEquals(new float[] {1, 2, 3, 4}, read.getBand("a").readPixels(0, 0, 4, 1, new float[4]));
    Exception thrown = assertThrows(Exception.class, () -> read.getBand("b").readPixels(0, 0, 4, 1, new float[4]));
    assertTrue(thrown.getMessage().contains(missing.toString()), thrown.getMessage());
    read.dispose();
  }

  /** SNAP reads a band from the DIMAP header and its {@code .img}; the ENVI {@code .hdr} is not needed. */
  @Test
  void aBandWithoutItsEnviHeaderIsReadAsSnapReadsIt() throws IOException {
    Path dim = writeTwoBands();
    Files.delete(dir.resolve("p.data/a.hdr"));

    Product read = DimapProductReader.read(dim.toFile());

    assertArrayEquals(new float[] {1, 2, 3, 4}, read.getBand("a").readPixels(0, 0, 4, 1, new float[4]));
    read.dispose();
  }

  /** A product {@code p.dim} of two float bands of 4 x 1 pixels: a = 1..4, b = 5..8. */
  private Path writeTwoBands() throws IOException {
    Product product = new Product("p", "TEST", 4, 1);
    for (String name : new String[] {"a", "b"}) {
      Band band = new Band(name, ProductData.TYPE_FLOAT32, 4, 1);
      float first = name.equals("a") ? 1 : 5;
      band.setRasterData(ProductData.createInstance(new float[] {first, first + 1, first + 2, first + 3}));
      product.addBand(band);
    }
    Path dim = dir.resolve("p.dim");
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    return dim;
  }

  private static Product readSample(String name) throws IOException {
    return DimapProductReader.read(DimapTestSupport.samplesFolder().resolve(name + ".dim").toFile());
  }

  private static Path sampleImage(String product, String band) throws IOException {
    return DimapTestSupport.samplesFolder().resolve(product + ".data/" + band + ".img");
  }

  /** Copies a sample product into the temp folder, so a test may break it. */
  private Path copySample(String name) throws IOException {
    Path samples = DimapTestSupport.samplesFolder();
    Files.copy(samples.resolve(name + ".dim"), dir.resolve(name + ".dim"));
    Path source = samples.resolve(name + ".data");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(name + ".data").resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
          target.toFile().setWritable(true);
        }
      }
    }
    return dir.resolve(name + ".dim");
  }

  @Test
  void readsTheMerisSampleProductHeader() throws IOException {
    Product product = readSample(MERIS);

    assertEquals(MERIS, product.getName());
    assertEquals("MER_FR__1P", product.getProductType());
    assertEquals(76, product.getSceneRasterWidth());
    assertEquals(61, product.getSceneRasterHeight());
    assertEquals("MERIS Full Resolution Geolocated and Calibrated TOA Radiance", product.getDescription());
    assertArrayEquals(new String[] {"radiance_1", "l1_flags"}, product.getBandNames());
    assertNull(product.getStartTime());
    assertEquals(DimapTestSupport.samplesFolder().resolve(MERIS + ".dim").toFile(), product.getFileLocation());

    Band radiance = product.getBand("radiance_1");
    assertEquals(ProductData.TYPE_UINT16, radiance.getDataType());
    assertEquals("mW/(m^2*sr*nm)", radiance.getUnit());
    assertEquals("TOA radiance band 1", radiance.getDescription());
    assertEquals(0.009474839083850384, radiance.getScalingFactor());
    assertEquals(0.0, radiance.getScalingOffset());
    assertEquals(0, radiance.getSpectralBandIndex());
    assertEquals(412.691f, radiance.getSpectralWavelength());
    assertEquals("!l1_flags.INVALID", radiance.getValidPixelExpression());
    assertFalse(radiance.isNoDataValueUsed());
    assertEquals(ProductData.TYPE_UINT8, product.getBand("l1_flags").getDataType());
  }

  @Test
  void readsTheMerisSampleBandValuesFromTheBigEndianFiles() throws IOException {
    Product product = readSample(MERIS);
    Path radianceImg = sampleImage(MERIS, "radiance_1");
    Path flagsImg = sampleImage(MERIS, "l1_flags");

    for (int[] xy : new int[][] {{0, 0}, {10, 20}, {75, 60}, {40, 33}}) {
      long index = (long) xy[1] * 76 + xy[0];
      int rawRadiance = DimapTestSupport.rawSample(radianceImg, index, 2).getShort() & 0xFFFF;
      int rawFlags = DimapTestSupport.rawSample(flagsImg, index, 1).get() & 0xFF;
      Band radiance = product.getBand("radiance_1");
      assertEquals(rawRadiance, radiance.readPixels(xy[0], xy[1], 1, 1, new double[1])[0] / radiance.getScalingFactor(),
          1e-6, "radiance at " + xy[0] + "," + xy[1]);
      ProductData raw = radiance.createCompatibleRasterData(1, 1);
      radiance.readRasterData(xy[0], xy[1], 1, 1, raw);
      assertEquals(rawRadiance, raw.getElemIntAt(0));
      ProductData flags = product.getBand("l1_flags").createCompatibleRasterData(1, 1);
      product.getBand("l1_flags").readRasterData(xy[0], xy[1], 1, 1, flags);
      assertEquals(rawFlags, flags.getElemIntAt(0), "flags at " + xy[0] + "," + xy[1]);
    }
  }

  /** Tie point (i, j) of a sample grid, read straight from its big-endian file. */
  private static float rawTiePoint(String product, String grid, int gridWidth, int i, int j) throws IOException {
    Path img = DimapTestSupport.samplesFolder().resolve(product + ".data/tie_point_grids/" + grid + ".img");
    return DimapTestSupport.rawSample(img, (long) j * gridWidth + i, 4).getFloat();
  }

  @Test
  void readsTheMerisSampleTiePointGeoCoding() throws IOException {
    Product product = readSample(MERIS);

    assertInstanceOf(TiePointGeoCoding.class, product.getSceneGeoCoding());
    TiePointGeoCoding geoCoding = (TiePointGeoCoding) product.getSceneGeoCoding();
    assertArrayEquals(new String[] {"latitude", "longitude"}, geoCoding.getTiePointGridNames());
    assertEquals("latitude", geoCoding.getLatGridName());
    assertEquals("longitude", geoCoding.getLonGridName());
    TiePointGrid lat = geoCoding.getTiePointGrid("latitude");
    assertEquals(4, lat.getGridWidth());
    assertEquals(3, lat.getGridHeight());
    assertEquals(-7.5, lat.getOffsetX());
    assertEquals(-21.5, lat.getOffsetY());
    assertEquals(64.0, lat.getSubSamplingX());
    assertEquals("deg", lat.getUnit());
    assertFalse(lat.isCyclic());
    assertTrue(geoCoding.getTiePointGrid("longitude").isCyclic());
    // tie point (1, 1) lies at pixel position (-7.5 + 64, -21.5 + 64)
    GeoPos node = geoCoding.getGeoPos(new PixelPos(56.5, 42.5), null);
    assertEquals(rawTiePoint(MERIS, "latitude", 4, 1, 1), node.lat, 1e-5);
    assertEquals(rawTiePoint(MERIS, "longitude", 4, 1, 1), node.lon, 1e-5);
    assertTrue(node.lat > 50 && node.lat < 70, "MERIS subset over Scandinavia, lat " + node.lat);
  }

  /**
   * A product whose geocoding SNAP wrote through its persistence encoder (the Envisat reader's
   * ComponentGeoCoding) names no grids; SNAP's reader falls back to the grids named latitude and
   * longitude, and so does this one: it had no geolocation at all.
   */
  @Test
  void gridsNamedLatitudeAndLongitudeLocateAProductWhoseGeocodingNamesNone() throws IOException {
    Path dim = copySample(MERIS);
    String header = Files.readString(dim, StandardCharsets.ISO_8859_1);
    Files.writeString(dim, header.replaceAll("(?s)<Geoposition_Points>.*?</Geoposition_Points>",
        "<ComponentGeoCoding><!-- SNAP's persistence encoding --></ComponentGeoCoding>"), StandardCharsets.ISO_8859_1);

    Product product = DimapProductReader.read(dim.toFile());

    TiePointGeoCoding geoCoding = (TiePointGeoCoding) product.getSceneGeoCoding();
    assertEquals("latitude", geoCoding.getLatGridName());
    assertEquals("longitude", geoCoding.getLonGridName());
    GeoPos node = geoCoding.getGeoPos(new PixelPos(56.5, 42.5), null);
    assertEquals(rawTiePoint(MERIS, "latitude", 4, 1, 1), node.lat, 1e-5);
  }

  @Test
  void readsTheC2rccSampleTiePointGeoCoding() throws IOException {
    Product product = readSample(C2RCC);

    TiePointGeoCoding geoCoding = (TiePointGeoCoding) product.getSceneGeoCoding();
    assertArrayEquals(new String[] {"TP_latitude", "TP_longitude"}, geoCoding.getTiePointGridNames());
    TiePointGrid lon = geoCoding.getTiePointGrid("TP_longitude");
    assertEquals(8, lon.getGridWidth());
    assertEquals(63, lon.getGridHeight());
    assertEquals("degrees_east", lon.getUnit());
    // tie point (2, 10) lies at pixel position (-15 + 2 * 16, 0 + 10 * 1)
    GeoPos node = geoCoding.getGeoPos(new PixelPos(17.0, 10.0), null);
    assertEquals(rawTiePoint(C2RCC, "TP_latitude", 8, 2, 10), node.lat, 1e-5);
    assertEquals(rawTiePoint(C2RCC, "TP_longitude", 8, 2, 10), node.lon, 1e-5);
  }

  @Test
  void readsTheMerisSampleMetadataTree() throws IOException {
    MetadataElement root = readSample(MERIS).getMetadataRoot();

    MetadataElement mph = root.getElement("MPH");
    assertEquals("MER_FR__1PNEPA20060730_093924_000000982049_00480_23079_0746.N1", mph.getAttributeString("PRODUCT"));
    assertEquals(49, mph.getAttributeInt("CYCLE"));
    MetadataAttribute deltaUt1 = mph.getAttribute("DELTA_UT1");
    assertEquals(ProductData.TYPE_FLOAT64, deltaUt1.getDataType());
    assertEquals(0.181768, deltaUt1.getData().getElemDouble());
    assertEquals("s", deltaUt1.getUnit());
    assertTrue(deltaUt1.isReadOnly());
    MetadataAttribute clockStep = mph.getAttribute("CLOCK_STEP");
    assertEquals(ProductData.TYPE_UINT32, clockStep.getDataType());
    assertEquals((int) 3906249793L, clockStep.getData().getElemIntAt(0));
    assertEquals(ProductData.TYPE_INT8, mph.getAttribute("PRODUCT_ERR").getDataType());
    // an attribute without a value is left out, as SNAP's DIMAP reader does
    assertNull(root.getElement("DSD").getElement("DSD.9").getAttribute("FILE_NAME"));
    MetadataAttribute offset = root.getElement("DSD").getElement("DSD.9").getAttribute("OFFSET");
    assertEquals(ProductData.TYPE_INT64, offset.getDataType());
    assertEquals(50443389.0, offset.getData().getElemDouble());
    assertEquals(60402995, root.getElement("SPH").getAttributeInt("FIRST_FIRST_LAT"));
  }

  @Test
  void readsTheC2rccSampleWithVirtualBandsAndTimes() throws IOException {
    Product product = readSample(C2RCC);

    assertEquals(82, product.getSceneRasterWidth());
    assertEquals(61, product.getSceneRasterHeight());
    assertEquals("C2RCC_OLCI", product.getProductType());
    assertEquals(11, product.getNumBands());
    assertEquals("04-APR-2016 02:40:16.950963", product.getStartTime().format());
    assertEquals("04-APR-2016 02:40:27.511256", product.getEndTime().format());
    Band atot = product.getBand("iop_atot");
    assertInstanceOf(VirtualBand.class, atot);
    assertEquals("iop_apig + iop_adet + iop_agelb", ((VirtualBand) atot).getExpression());
    assertEquals("m^-1", atot.getUnit());
    Band apig = product.getBand("iop_apig");
    assertFalse(apig instanceof VirtualBand);
    assertEquals(ProductData.TYPE_FLOAT32, apig.getDataType());
    assertTrue(apig.isNoDataValueUsed());
    assertTrue(Double.isNaN(apig.getNoDataValue()));
    assertEquals("c2rcc_flags.Valid_PE", apig.getValidPixelExpression());
    assertEquals(ProductData.TYPE_UINT32, product.getBand("c2rcc_flags").getDataType());

    MetadataElement platform = product.getMetadataRoot().getElement("Manifest").getElement("metadataSection")
        .getElement("platform");
    assertEquals("Sentinel-3", platform.getAttributeString("familyName"));
    MetadataAttribute instrumentName = platform.getElement("instrument").getElement("familyName")
        .getAttribute("familyName");
    assertEquals("Ocean Land Colour Instrument", instrumentName.getData().getElemString());
    assertFalse(instrumentName.isReadOnly(), "mode=\"rw\" makes an attribute writable");
  }

  @Test
  void readsTheC2rccSampleBandValuesFromTheBigEndianFiles() throws IOException {
    Product product = readSample(C2RCC);
    Path apigImg = sampleImage(C2RCC, "iop_apig");
    Path flagsImg = sampleImage(C2RCC, "c2rcc_flags");

    for (int[] xy : new int[][] {{0, 0}, {81, 60}, {17, 42}, {50, 3}}) {
      long index = (long) xy[1] * 82 + xy[0];
      float rawApig = DimapTestSupport.rawSample(apigImg, index, 4).getFloat();
      int rawFlags = DimapTestSupport.rawSample(flagsImg, index, 4).getInt();
      ProductData apig = product.getBand("iop_apig").createCompatibleRasterData(1, 1);
      product.getBand("iop_apig").readRasterData(xy[0], xy[1], 1, 1, apig);
      assertEquals(Float.floatToRawIntBits(rawApig), Float.floatToRawIntBits(apig.getElemFloatAt(0)),
          "iop_apig at " + xy[0] + "," + xy[1]);
      ProductData flags = product.getBand("c2rcc_flags").createCompatibleRasterData(1, 1);
      product.getBand("c2rcc_flags").readRasterData(xy[0], xy[1], 1, 1, flags);
      assertEquals(rawFlags, flags.getElemIntAt(0), "c2rcc_flags at " + xy[0] + "," + xy[1]);
    }
  }

  @Test
  void readsARectangleAcrossRowsAsTheFileHoldsIt() throws IOException {
    Product product = readSample(C2RCC);
    Path img = sampleImage(C2RCC, "iop_bwit");

    float[] rect = new float[5 * 4];
    ProductData data = ProductData.createInstance(rect);
    product.getBand("iop_bwit").readRasterData(30, 7, 5, 4, data);

    for (int row = 0; row < 4; row++) {
      for (int col = 0; col < 5; col++) {
        ByteBuffer raw = DimapTestSupport.rawSample(img, (long) (7 + row) * 82 + 30 + col, 4);
        assertEquals(Float.floatToRawIntBits(raw.getFloat()), Float.floatToRawIntBits(rect[row * 5 + col]));
      }
    }
  }

  @Test
  void rejectsAMissingHeaderNamingIt() {
    File missing = dir.resolve("missing.dim").toFile();

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(missing));

    assertTrue(thrown.getMessage().contains(missing.getPath()), thrown.getMessage());
  }

  @Test
  void rejectsATruncatedHeaderNamingIt() throws IOException {
    Path dim = copySample(MERIS);
    String text = Files.readString(dim, StandardCharsets.ISO_8859_1);
    Files.writeString(dim, text.substring(0, text.length() / 2), StandardCharsets.ISO_8859_1);

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains(dim.toString()), thrown.getMessage());
    assertFalse(thrown.getMessage().contains("\n"), "one-line message");
  }

  @Test
  void opensAProductWhoseStartTimeIsNoTimeWithoutIt() throws IOException {
    // SNAP's DIMAP reader traces the ParseException and opens the product without the time
    Path dim = copySample(C2RCC);
    Files.writeString(dim, Files.readString(dim, StandardCharsets.ISO_8859_1).replace("04-APR-2016 02:40:16.950963",
        "04-APR-2016 02:40:16.95x"), StandardCharsets.ISO_8859_1);

    Product product = DimapProductReader.read(dim.toFile());

    assertNull(product.getStartTime());
    assertEquals("04-APR-2016 02:40:27.511256", product.getEndTime().format());
  }

  @Test
  void rejectsATruncatedBandFileNamingItAndBothSizes() throws IOException {
    Path dim = copySample(C2RCC);
    Path img = dir.resolve(C2RCC + ".data/iop_adet.img");
    byte[] bytes = Files.readAllBytes(img);
    Files.write(img, java.util.Arrays.copyOf(bytes, 20000));

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(img.toString()), message);
    assertTrue(message.contains("20000") && message.contains("20008"), message);
  }

  @Test
  void rejectsABandHeaderThatDisagreesWithTheProduct() throws IOException {
    Path dim = copySample(MERIS);
    Path hdr = dir.resolve(MERIS + ".data/l1_flags.hdr");
    Files.writeString(hdr, Files.readString(hdr).replace("samples = 76", "samples = 75"));

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains(hdr.toString()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("75") && thrown.getMessage().contains("76"), thrown.getMessage());
  }

  @Test
  void rejectsADoctypeWithoutResolvingItsExternalEntity() throws IOException {
    Path dim = copySample(MERIS);
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String text = Files.readString(dim, StandardCharsets.ISO_8859_1)
        .replace("<Dimap_Document", "<!DOCTYPE Dimap_Document [<!ENTITY xxe SYSTEM \"" + secret.toUri()
            + "\">]>\n<Dimap_Document")
        .replace("<DATASET_NAME>" + MERIS, "<DATASET_NAME>&xxe;");
    Files.writeString(dim, text, StandardCharsets.ISO_8859_1);

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains("DOCTYPE"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(dim.toString()), thrown.getMessage());
    assertFalse(thrown.getMessage().contains("TOP-SECRET-CONTENT"), thrown.getMessage());
  }

  @Test
  void rejectsAnXmlFileThatIsNoDimapDocument() throws IOException {
    Path dim = dir.resolve("graph.dim");
    Files.writeString(dim, "<graph id=\"g\"><version>1.0</version></graph>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains("Dimap_Document") && thrown.getMessage().contains(dim.toString()),
        thrown.getMessage());
  }

  @Test
  void reportsABandFileDeletedAfterOpeningWhenItsPixelsAreRead() throws IOException {
    Path dim = copySample(C2RCC);
    Product product = DimapProductReader.read(dim.toFile());
    Files.delete(dir.resolve(C2RCC + ".data/iop_bpart.img"));

    Band band = product.getBand("iop_bpart");
    ProductData data = band.createCompatibleRasterData(2, 2);
    Exception thrown = assertThrows(Exception.class, () -> band.readRasterData(0, 0, 2, 2, data));

    assertTrue(thrown instanceof IOException || thrown instanceof UncheckedIOException, thrown.toString());
    assertTrue(thrown.getMessage().contains("iop_bpart"), thrown.getMessage());
  }

  /** Replaces {@code from} by {@code to} in the copied header, which must contain it. */
  private static void editHeader(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains(from), file + " has no " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.ISO_8859_1);
  }

  @Test
  void rejectsNcolsWiderThanEveryBandNamingTheHeaderAndBothWidths() throws IOException {
    Path dim = copySample(MERIS);
    editHeader(dim, "<NCOLS>76</NCOLS>", "<NCOLS>300</NCOLS>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(dim.toString()) && message.contains("NCOLS = 300") && message.contains("76 columns"),
        message);
  }

  @Test
  void rejectsAHugeNcolsBeforeAnyPixelIsAllocated() throws IOException {
    Path dim = copySample(C2RCC);
    editHeader(dim, "<NCOLS>82</NCOLS>", "<NCOLS>2000000000</NCOLS>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains("NCOLS = 2000000000") && thrown.getMessage().contains("82 columns"),
        thrown.getMessage());
  }

  /**
   * SNAP's reader (DimapProductHelpers.getBandDataFiles, snap-engine 8 to 13) takes a band's
   * DATA_FILE_PATH as {@code new File(<the .dim's folder>, href)}: a relative path may lead out of
   * the product's .data folder, and an absolute one is taken as relative to that folder. Read alike.
   */
  @Test
  void resolvesADataFilePathAgainstTheHeadersFolderAsSnapDoes() throws IOException {
    Product product = new Product("p", "TEST", 8, 1);
    Band band = new Band("h", ProductData.TYPE_FLOAT32, 8, 1);
    band.setRasterData(ProductData.createInstance(new float[] {1, 2, 3, 4, 5, 6, 7, 8}));
    product.addBand(band);
    Path dim = Files.createDirectories(dir.resolve("a")).resolve("p.dim");
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    for (String file : new String[] {"h.hdr", "h.img"}) {
      Files.move(dir.resolve("a/p.data").resolve(file), elsewhere.resolve(file));
    }
    editHeader(dim, "href=\"p.data/h.hdr\"", "href=\"../elsewhere/h.hdr\"");

    Product read = DimapProductReader.read(dim.toFile());
    float[] values = new float[8];
    read.getBand("h").readPixels(0, 0, 8, 1, values);
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, values);
    read.dispose();

    // an absolute path is taken as relative too, as SNAP takes it: no file there, the band unreadable
    editHeader(dim, "href=\"../elsewhere/h.hdr\"", "href=\"" + elsewhere.resolve("h.hdr") + "\"");
    Product unreadable = readWarning(dim, new ArrayList<>());
    Exception thrown = assertThrows(Exception.class, () -> unreadable.getBand("h").readPixels(0, 0, 8, 1, values));
    assertTrue(thrown.getMessage().contains(dir.resolve("a") + elsewhere.resolve("h.img").toString()),
        thrown.getMessage());
  }

  @Test
  void rejectsABandWhoseDeclaredBytesWrapRoundToItsFilesSize() throws IOException {
    Product product = new Product("wrap", "TEST", 8, 1);
    Band band = new Band("h", ProductData.TYPE_FLOAT64, 8, 1);
    band.setRasterData(ProductData.createInstance(new double[8]));
    product.addBand(band);
    Path dim = dir.resolve("wrap.dim");
    DimapProductWriter.write(product, dim.toFile(), ProgressMonitor.NULL);
    // 1073807362 x 2147352580 float64 samples are 2^64 + 64 bytes: 64 once wrapped, the file's size
    for (String tag : new String[] {"NCOLS", "BAND_RASTER_WIDTH"}) {
      editHeader(dim, "<" + tag + ">8</" + tag + ">", "<" + tag + ">1073807362</" + tag + ">");
    }
    for (String tag : new String[] {"NROWS", "BAND_RASTER_HEIGHT"}) {
      editHeader(dim, "<" + tag + ">1</" + tag + ">", "<" + tag + ">2147352580</" + tag + ">");
    }
    Path hdr = dir.resolve("wrap.data/h.hdr");
    editHeader(hdr, "samples = 8", "samples = 1073807362");
    editHeader(hdr, "lines = 1", "lines = 2147352580");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains("1073807362 x 2147352580 float64 samples, more bytes than a file can"
        + " hold"), thrown.getMessage());
  }

  @Test
  void rejectsNrowsSmallerThanABandNamingTheHeaderAndBothHeights() throws IOException {
    Path dim = copySample(MERIS);
    editHeader(dim, "<NROWS>61</NROWS>", "<NROWS>40</NROWS>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(dim.toString()) && message.contains("NROWS = 40") && message.contains("61 rows"),
        message);
  }

  @Test
  void rejectsNcolsTheBandHeadersDisagreeWithNamingBothFiles() throws IOException {
    Path dim = copySample(MERIS);
    // without BAND_RASTER_WIDTH a band is as wide as NCOLS says
    String text = Files.readString(dim, StandardCharsets.ISO_8859_1)
        .replaceAll("\\s*<BAND_RASTER_WIDTH>\\d+</BAND_RASTER_WIDTH>", "")
        .replace("<NCOLS>76</NCOLS>", "<NCOLS>80</NCOLS>");
    Files.writeString(dim, text, StandardCharsets.ISO_8859_1);
    Path hdr = dir.resolve(MERIS + ".data/radiance_1.hdr");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(hdr.toString()) && message.contains(dim.toString()), message);
    assertTrue(message.contains("samples = 76") && message.contains("80 columns"), message);
  }

  @Test
  void rejectsABandHeaderOfAnotherDataTypeNamingBothTypes() throws IOException {
    Path dim = copySample(MERIS);
    Path hdr = dir.resolve(MERIS + ".data/radiance_1.hdr");
    editHeader(hdr, "data type = 12", "data type = 4");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(hdr.toString()) && message.contains("data type = 4") && message.contains("uint16"),
        message);
  }

  @Test
  void rejectsANonPositiveBandRasterWidthNamingTheBand() throws IOException {
    Path dim = copySample(MERIS);
    editHeader(dim, "<BAND_RASTER_WIDTH>76</BAND_RASTER_WIDTH>", "<BAND_RASTER_WIDTH>0</BAND_RASTER_WIDTH>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains("BAND_RASTER_WIDTH") && thrown.getMessage().contains(dim.toString()),
        thrown.getMessage());
  }

  @Test
  void rejectsABandFileThatIsADirectorySayingSo() throws IOException {
    Path dim = copySample(C2RCC);
    Path img = dir.resolve(C2RCC + ".data/iop_adet.img");
    Files.delete(img);
    Files.createDirectory(img);

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains(img + " is a directory"), thrown.getMessage());
  }

  @Test
  void rejectsABandHeaderThatIsADirectorySayingSo() throws IOException {
    Path dim = copySample(C2RCC);
    Path hdr = dir.resolve(C2RCC + ".data/iop_adet.hdr");
    Files.delete(hdr);
    Files.createDirectory(hdr);

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains(hdr + " is a directory"), thrown.getMessage());
  }

  @Test
  void rejectsAHeaderThatIsADirectorySayingSo() throws IOException {
    Path dim = Files.createDirectory(dir.resolve("folder.dim"));

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    assertTrue(thrown.getMessage().contains(dim + " is a directory"), thrown.getMessage());
  }

  @Test
  void rejectsTwoBandsSharingABandIndexNamingTheHeaderTheIndexAndBothBands() throws IOException {
    Path dim = copySample(MERIS);
    editHeader(dim, "<BAND_INDEX>1</BAND_INDEX>\n            <BAND_DESCRIPTION>Level 1b",
        "<BAND_INDEX>0</BAND_INDEX>\n            <BAND_DESCRIPTION>Level 1b");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(dim.toString()) && message.contains("BAND_INDEX 0")
        && message.contains("'radiance_1'") && message.contains("'l1_flags'"), message);
    assertFalse(message.contains("\n"), "one-line message");
  }

  @Test
  void rejectsTwoDataFilesSharingABandIndexNamingTheHeaderTheIndexAndBothFiles() throws IOException {
    Path dim = copySample(MERIS);
    // as the bands still differ, the l1_flags band would otherwise read radiance_1's samples or none
    editHeader(dim, "l1_flags.hdr\" />\n            <BAND_INDEX>1</BAND_INDEX>",
        "l1_flags.hdr\" />\n            <BAND_INDEX>0</BAND_INDEX>");

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(dim.toString()) && message.contains("BAND_INDEX 0")
        && message.contains("radiance_1.hdr") && message.contains("l1_flags.hdr"), message);
  }

  /** Nests {@code depth} metadata elements, each named x, under Dataset_Sources of the header. */
  private static void nestMetadata(Path dim, int depth) throws IOException {
    String nested = "<MDElem name=\"x\">".repeat(depth) + "</MDElem>".repeat(depth);
    editHeader(dim, "<Dataset_Sources>", "<Dataset_Sources>" + nested);
  }

  @Test
  void rejectsMetadataNestedThousandsDeepNamingTheHeader() throws IOException {
    Path dim = copySample(MERIS);
    nestMetadata(dim, 20000);

    IOException thrown = assertThrows(IOException.class, () -> DimapProductReader.read(dim.toFile()));

    String message = thrown.getMessage();
    assertTrue(message.contains(dim.toString()) && message.contains("depth"), message);
    assertFalse(message.contains("\n"), "one-line message");
  }

  @Test
  void readsMetadataNestedJustWithinTheDepthLimit() throws IOException {
    Path dim = copySample(MERIS);
    // Dimap_Document > Dataset_Sources > the nested elements
    nestMetadata(dim, org.dlinsar.lite.SafeXml.MAX_ELEMENT_DEPTH - 2);

    Product product = DimapProductReader.read(dim.toFile());

    MetadataElement element = product.getMetadataRoot();
    int depth = 0;
    while (element.getElement("x") != null) {
      element = element.getElement("x");
      depth++;
    }
    // the first MDElem under Dataset_Sources is read as the metadata root itself
    assertEquals(org.dlinsar.lite.SafeXml.MAX_ELEMENT_DEPTH - 3, depth);
  }
}
