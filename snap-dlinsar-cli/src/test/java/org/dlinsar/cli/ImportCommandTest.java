package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GeoTiffStack;
import org.dlinsar.imports.SpanLimit;
import org.dlinsar.lite.cli.Launcher;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlinsar import --format gamma} on the mining test stack exported to GAMMA's layout: the
 * imported stack gives DL-Detect the same detections as the original.
 */
class ImportCommandTest {

  private static final Path MINING = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("test-products/mining-256x192.data");
  private static final Path GRAPH = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("graphs/detect-subsidence.xml");
  private static final Pattern COHERENCE = Pattern.compile("coh_VV_(\\d{2}\\w{3}\\d{4})_(\\d{2}\\w{3}\\d{4})\\.img");
  private static final DateTimeFormatter SNAP_DATE = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aStackExportedToGammaAndImportedBackGivesTheSameDetections() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path imported = dir.resolve("imported.dim");

    int status = importGamma(gamma, imported);

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    List<String> original = detections(ProductIO.readProduct(MINING.resolveSibling("mining-256x192.dim").toFile()));
    List<String> back = detections(ProductIO.readProduct(imported.toFile()));
    assertFalse(original.isEmpty(), "the mining stack has subsidence to detect");
    assertEquals(original, back);
  }

  /**
   * The reader plug-in form: a graph's Read node given the GAMMA folder itself (no import step)
   * finds the same bowls as the stack the import command writes.
   */
  @Test
  void aGraphReadsTheGammaFolderItselfAndFindsTheSameBowls() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path imported = dir.resolve("imported.dim");
    importGamma(gamma, imported);
    Path fromImport = dir.resolve("from_import.dim");
    Path fromFolder = dir.resolve("from_folder.dim");

    GraphRuns.launch(GRAPH.toString(), "-Pinput=" + imported, "-Poutput=" + fromImport);
    GraphRuns.launch(GRAPH.toString(), "-Pinput=" + gamma, "-Poutput=" + fromFolder);

    String expected = Files.readString(csv(fromImport));
    assertTrue(expected.lines().count() > 1, "the mining stack has bowls to detect:\n" + expected);
    assertEquals(expected, Files.readString(csv(fromFolder)));
  }

  private static Path csv(Path dim) {
    String name = dim.getFileName().toString().replace(".dim", ".detections.csv");
    return dim.resolveSibling(name);
  }

  @Test
  void aDiffFileOfTheWrongSizeIsNamedAndNothingIsWritten() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path broken;
    try (Stream<Path> files = Files.list(gamma)) {
      broken = files.filter(f -> f.toString().endsWith(".diff")).sorted().toList().get(3);
    }
    byte[] bytes = Files.readAllBytes(broken);
    Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length - 8));
    Path target = dir.resolve("imported.dim");

    int status = importGamma(gamma, target);

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, status, message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains(broken.toString()), message);
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(dir.resolve("imported.data")));
  }

  /**
   * An SLC's .par given for multilooked interferograms: its width, twice theirs, divides their
   * size, so without its line count the stack would import reshaped to 512 x 96.
   */
  @Test
  void aParOfOtherDataIsNamedWithBothLineCountsAndNothingIsWritten() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path par = gamma.resolve("20210104.rmli.par");
    Files.writeString(par, Files.readString(par).replace("256", "512").replace("192", "384"));
    Path target = dir.resolve("imported.dim");

    int status = importGamma(gamma, target);

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, status, message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith("Error: import: " + par + ": 512 samples x 384 lines, but "), message);
    assertTrue(message.contains("has 96 lines: the .par of other data, likely the SLC's .par"), message);
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(dir.resolve("imported.data")));
  }

  /** A .cc of 0..255 is named as the import reads it, and the stack is not written. */
  @Test
  void coherenceOutside0To1IsNamedByItsFileAndNothingIsWritten() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path cc;
    try (Stream<Path> files = Files.list(gamma)) {
      cc = files.filter(f -> f.toString().endsWith(".cc")).sorted().toList().get(2);
    }
    java.nio.FloatBuffer values = java.nio.ByteBuffer.wrap(Files.readAllBytes(cc)).asFloatBuffer();
    java.nio.ByteBuffer scaled = java.nio.ByteBuffer.allocate(4 * values.remaining());
    while (values.hasRemaining()) {
      scaled.putFloat(values.get() * 255f);
    }
    Files.write(cc, scaled.array());
    Path target = dir.resolve("imported.dim");

    int status = importGamma(gamma, target);

    String message = err.toString(StandardCharsets.UTF_8).strip();
    String last = message.lines().reduce((a, b) -> b).orElse("");
    assertEquals(1, status, message);
    assertTrue(last.startsWith("Error: import: " + cc + ": coherence "), message);
    assertTrue(last.contains("outside 0..1 (0..255 unscaled?"), message);
    assertEquals(1, message.lines().filter(l -> l.startsWith("Error")).count(), message);
    assertFalse(message.contains("Exception"), message);
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(dir.resolve("imported.data")));
  }

  /** {@code --dem}: the stack's heights as GAMMA keeps them (float32 big-endian) become its elevation band. */
  @Test
  void theDemGivenIsTheElevationBandAndOneOfAnotherSizeIsNamed() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path hgt = Files.copy(MINING.resolve("elevation.img"), dir.resolve("mining.rdc.hgt"));
    Path imported = dir.resolve("imported.dim");

    int status = importGamma(gamma, imported, "--dem", hgt.toString());

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("elevation from " + hgt), err.toString(StandardCharsets.UTF_8));
    Product original = ProductIO.readProduct(MINING.resolveSibling("mining-256x192.dim").toFile());
    assertArrayEquals(GraphRuns.pixels(original.getBand("elevation")),
        GraphRuns.pixels(ProductIO.readProduct(imported.toFile()).getBand("elevation")));

    Path cut = Files.write(dir.resolve("cut.hgt"), Arrays.copyOf(Files.readAllBytes(hgt), 256 * 4 * 100));
    Path second = dir.resolve("second.dim");
    err.reset();
    status = importGamma(gamma, second, "--dem", cut.toString());

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, status, message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains(cut + ": 256 x 100 samples"), message);
    assertFalse(Files.exists(second));
  }

  /**
   * The same stack geocoded by GAMMA ({@code geocode_back} onto a DEM's EQA grid): with its DEM
   * parameter file in the folder the written stack is geocoded on that grid, GAMMA's corner at the
   * first pixel's centre, and the detections are those of the radar-geometry import.
   */
  @Test
  void aGeocodedGammaStackIsWrittenOnItsDemParGrid() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path radar = dir.resolve("out/radar.dim");
    importGamma(gamma, radar);
    Files.writeString(gamma.resolve("20210104_eqa.dem_par"), String.join("\n",
        "DEM_projection:     EQA", "width:   256", "nlines:   192",
        "corner_lat:    50.3000000  decimal degrees", "corner_lon:     18.9000000  decimal degrees",
        "post_lat:   -2.0e-04  decimal degrees", "post_lon:    3.0e-04  decimal degrees", ""));
    Path geocoded = dir.resolve("out/geocoded.dim");

    int status = importGamma(gamma, geocoded);

    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, log);
    assertTrue(log.contains("geocoded on the lon/lat grid of " + gamma.resolve("20210104_eqa.dem_par")), log);
    Product product = ProductIO.readProduct(geocoded.toFile());
    GeoPos first = product.getSceneGeoCoding().getGeoPos(new PixelPos(0.5, 0.5), null);
    GeoPos last = product.getSceneGeoCoding().getGeoPos(new PixelPos(255.5, 191.5), null);
    assertEquals(50.3, first.getLat(), 1e-6);
    assertEquals(18.9, first.getLon(), 1e-6);
    assertEquals(50.3 - 191 * 2.0e-4, last.getLat(), 1e-6);
    assertEquals(18.9 + 255 * 3.0e-4, last.getLon(), 1e-6);
    assertEquals(detections(ProductIO.readProduct(radar.toFile())), detections(product));
    // GAMMA's corner is the first pixel's centre: the raster's corner lies half a post before it
    assertMapGridOnEveryBandFile(geocoded, 18.9 - 1.5e-4, 50.3 + 1.0e-4, 3.0e-4, 2.0e-4);
  }

  /**
   * LiCSAR and plain GeoTIFF stacks are written on their files' grid, as SNAP's GeoTIFF reader
   * locates them: every band file's ENVI header places the raster where GDAL places the source
   * GeoTIFF (corner -99.25, 19.5, steps 0.001), a pixel-is-area file (its tie point the corner) and
   * a pixel-is-point one (its tie point the first pixel's centre, -99.2495, 19.4995) alike. Before,
   * the band files had no map lines and GDAL and QGIS opened them without georeferencing.
   */
  @Test
  void aGeoTiffStackIsWrittenOnItsFilesGridAsGdalReadsThem() throws Exception {
    Path fixtures = Path.of(System.getProperty("dlinsar.root", ".."))
        .resolve("snap-dlinsar-operators/src/test/resources/org/dlinsar/imports/gdal");
    for (String fixture : List.of("phase-lzw-predictor2.tif", "phase-bigtiff-deflate-point.tif")) {
      Path folder = Files.createDirectories(dir.resolve(fixture + "-pairs"));
      Files.copy(fixtures.resolve(fixture), folder.resolve("20200101_20200113.tif"));
      Files.copy(fixtures.resolve(fixture), folder.resolve("20200113_20200125.tif"));
      Path imported = dir.resolve("out/" + fixture.replace(".tif", ".dim"));

      int status = launch("import", "--format", "geotiff", "-o", imported.toString(), folder.toString());

      assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
      assertMapGridOnEveryBandFile(imported, -99.25, 19.5, 0.001, 0.001);
      GeoPos first = ProductIO.readProduct(imported.toFile()).getSceneGeoCoding()
          .getGeoPos(new PixelPos(0.5, 0.5), null);
      assertEquals(-99.2495, first.getLon(), 1e-12, fixture);
      assertEquals(19.4995, first.getLat(), 1e-12, fixture);
    }
  }

  /**
   * The written stack reads back with SNAP's GeoTIFF geocoding of its grid (a CRS geocoding on
   * EPSG:4326) and the contract's latitude and longitude tie-point grids beside it, which give
   * every pixel centre the same position (to float precision); every band file's ENVI header has
   * SNAP's map info (ENVI counts pixels from 1 at the raster's corner) and the CRS, which GDAL and
   * QGIS read, and the tie-point grids' headers none.
   */
  private static void assertMapGridOnEveryBandFile(Path dim, double west, double north, double lonStep,
      double latStep) throws IOException {
    Product product = ProductIO.readProduct(dim.toFile());
    CrsGeoCoding map = assertInstanceOf(CrsGeoCoding.class, product.getSceneGeoCoding());
    assertArrayEquals(new String[] {"latitude", "longitude"}, product.getTiePointGridNames());
    TiePointGrid lat = TiePointGrids.named(map, "latitude");
    TiePointGrid lon = TiePointGrids.named(map, "longitude");
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    for (int y = 0; y < h; y += 5) {
      for (int x = 0; x < w; x += 3) {
        GeoPos pos = map.getGeoPos(new PixelPos(x + 0.5, y + 0.5), null);
        assertEquals(west + (x + 0.5) * lonStep, pos.getLon(), 1e-9, "lon " + x + "," + y);
        assertEquals(north - (y + 0.5) * latStep, pos.getLat(), 1e-9, "lat " + x + "," + y);
        assertEquals(pos.getLon(), lon.getPixelDouble(x + 0.5, y + 0.5), 1e-5, "grid lon " + x + "," + y);
        assertEquals(pos.getLat(), lat.getPixelDouble(x + 0.5, y + 0.5), 1e-5, "grid lat " + x + "," + y);
      }
    }
    Path data = dim.resolveSibling(dim.getFileName().toString().replace(".dim", ".data"));
    List<Path> headers;
    try (Stream<Path> files = Files.list(data)) {
      headers = files.filter(f -> f.toString().endsWith(".hdr")).toList();
    }
    assertFalse(headers.isEmpty());
    Pattern mapInfo = Pattern.compile("map info = \\{Arbitrary,([^,]+),([^,]+),([^,]+),([^,]+),([^,]+),([^,]+),"
        + "World Geodetic System 1984,units=Meters}");
    for (Path hdr : headers) {
      String text = Files.readString(hdr);
      Matcher info = mapInfo.matcher(text);
      assertTrue(info.find(), hdr + ":\n" + text);
      double[] v = new double[6];
      for (int i = 0; i < 6; i++) {
        v[i] = Double.parseDouble(info.group(i + 1));
      }
      // reference pixel (1-based, at the raster's corner 1, 1) and its map coordinates, pixel sizes
      assertEquals(west, v[2] - (v[0] - 1) * v[4], 1e-9, hdr.toString());
      assertEquals(north, v[3] + (v[1] - 1) * v[5], 1e-9, hdr.toString());
      assertEquals(lonStep, v[4], 1e-12, hdr.toString());
      assertEquals(latStep, v[5], 1e-12, hdr.toString());
      assertTrue(text.contains("coordinate system string = {GEOGCS[\"WGS 84\""), text);
    }
    assertFalse(Files.readString(data.resolve("tie_point_grids/latitude.hdr")).contains("map info"));
  }

  /**
   * The written stack says where it came from: its DL-Import-Stack node records the folder and
   * the options as parameters (as SNAP's Read node records its file), and DL_InSAR_Import the
   * .par and DEM parameter file read for its width, grid and radar frequency, and the pairs
   * --max-span-days left out. Before, the node's parameters were empty and only the console
   * named those files.
   */
  @Test
  void theStackRecordsItsFolderOptionsFilesReadAndThePairsLeftOut() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path demPar = Files.writeString(gamma.resolve("20210104_eqa.dem_par"), String.join("\n",
        "DEM_projection:     EQA", "width:   256", "nlines:   192",
        "corner_lat:    50.3000000  decimal degrees", "corner_lon:     18.9000000  decimal degrees",
        "post_lat:   -2.0e-04  decimal degrees", "post_lon:    3.0e-04  decimal degrees", ""));
    Path imported = dir.resolve("out/imported.dim");

    int status = importGamma(gamma, imported, "--dem-par", demPar.toString(), "--max-span-days", "12");

    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, log);
    assertTrue(log.contains("import: 9 pairs spanning more than 12 days left out (--max-span-days)"), log);
    Product product = ProductIO.readProduct(imported.toFile());
    MetadataElement node = importNode(product);
    assertEquals(0, node.getElement("sources").getNumAttributes());
    MetadataElement parameters = node.getElement("parameters");
    assertEquals(List.of("file", "formatName", "parFile", "demParFile", "maxSpanDays"),
        Arrays.asList(parameters.getAttributeNames()));
    assertEquals(gamma.toString(), parameters.getAttributeString("file"));
    assertEquals("gamma", parameters.getAttributeString("formatName"));
    Path par = gamma.resolve("20210104.rmli.par");
    assertEquals(par.toString(), parameters.getAttributeString("parFile"));
    assertEquals(demPar.toString(), parameters.getAttributeString("demParFile"));
    assertEquals("12", parameters.getAttributeString("maxSpanDays"));
    MetadataElement origin = product.getMetadataRoot().getElement("DL_InSAR_Import");
    assertEquals(par.toString(), origin.getAttributeString("par_file"));
    assertEquals(demPar.toString(), origin.getAttributeString("dem_par_file"));
    assertEquals("file", origin.getAttributeString("radar_frequency_origin"));
    assertEquals(par.toString(), origin.getAttributeString("radar_frequency_file"));
    assertEquals(9, origin.getAttributeInt("left_out_pairs"));
    assertEquals("spanning more than 12 days", origin.getAttributeString("left_out_reason"));
    assertTrue(origin.getAttributeString("left_out").startsWith("20210104_20210128,20210116_20210209,"),
        origin.getAttributeString("left_out"));
    assertEquals(10, product.getBandNames().length / 3);
  }

  /** The Processing_Graph node of the import. */
  private static MetadataElement importNode(Product product) {
    for (MetadataElement node : product.getMetadataRoot().getElement("Processing_Graph").getElements()) {
      if ("DL-Import-Stack".equals(node.getAttributeString("operator", null))) {
        return node;
      }
    }
    throw new AssertionError("no DL-Import-Stack node");
  }

  /**
   * The stack left in radar geometry, with the lookup table GAMMA's gc_map made for it (here from
   * a known affine geometry on a finer lon/lat grid, its DEM parameter file beside it): the
   * written stack is geocoded, every pixel centre within a tenth of a pixel of its position.
   */
  @Test
  void aRadarGeometryGammaStackIsGeocodedByItsLookupTable() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path geo = Files.createDirectories(dir.resolve("geo"));
    double post = 1e-4;
    int mw = 1000;
    int mh = 450;
    double west = 18.9 - 0.01;
    double north = 50.3 + 0.005;
    java.nio.ByteBuffer lt = java.nio.ByteBuffer.allocate(8 * mw * mh);
    for (int j = 0; j < mh; j++) {
      for (int i = 0; i < mw; i++) {
        // invert lon = 18.9 + 3e-4 x + 0.4e-4 y, lat = 50.3 - 0.5e-4 x - 1.3e-4 y
        double dlon = west + i * post - 18.9;
        double dlat = north - j * post - 50.3;
        double det = 3e-4 * -1.3e-4 - 0.4e-4 * -0.5e-4;
        double x = (dlon * -1.3e-4 - 0.4e-4 * dlat) / det;
        double y = (3e-4 * dlat - -0.5e-4 * dlon) / det;
        lt.putFloat((float) (x - 0.5)).putFloat((float) (y - 0.5));
      }
    }
    Path table = Files.write(geo.resolve("20210104.eqa_to_rdc.lt"), lt.array());
    Files.writeString(geo.resolve("20210104.eqa.dem_par"), String.join("\n",
        "DEM_projection:     EQA", "width:   " + mw, "nlines:   " + mh,
        "corner_lat:    " + north + "  decimal degrees", "corner_lon:     " + west + "  decimal degrees",
        "post_lat:   " + -post + "  decimal degrees", "post_lon:    " + post + "  decimal degrees", ""));
    Path imported = dir.resolve("out/radar.dim");

    int status = importGamma(gamma, imported, "--lt", table.toString());

    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, log);
    assertTrue(log.contains("geocoded by the lookup table " + table), log);
    // the table and its grid beside the interferograms are found without --lt
    Files.copy(table, gamma.resolve(table.getFileName()));
    Files.copy(geo.resolve("20210104.eqa.dem_par"), gamma.resolve("20210104.eqa.dem_par"));
    importGamma(gamma, dir.resolve("out/found.dim"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("geocoded by the lookup table "
        + gamma.resolve(table.getFileName())), err.toString(StandardCharsets.UTF_8));
    Product product = ProductIO.readProduct(imported.toFile());
    MetadataElement origin = product.getMetadataRoot().getElement("DL_InSAR_Import");
    assertEquals(table.toString(), origin.getAttributeString("lookup_table_file"));
    assertEquals(geo.resolve("20210104.eqa.dem_par").toString(), origin.getAttributeString("dem_par_file"));
    assertEquals(table.toString(), importNode(product).getElement("parameters").getAttributeString("lookupTableFile"));
    for (int y = 0; y < 192; y += 7) {
      for (int x = 0; x < 256; x += 9) {
        GeoPos pos = product.getSceneGeoCoding().getGeoPos(new PixelPos(x + 0.5, y + 0.5), null);
        assertEquals(18.9 + 3e-4 * (x + 0.5) + 0.4e-4 * (y + 0.5), pos.getLon(), 3e-5, "lon " + x + "," + y);
        assertEquals(50.3 - 0.5e-4 * (x + 0.5) - 1.3e-4 * (y + 0.5), pos.getLat(), 1.3e-5, "lat " + x + "," + y);
      }
    }
  }

  @Test
  void aFormatNotSupportedYetIsAUsageError() {
    int status = launch("import", "--format", "roipac", "-o", dir.resolve("x.dim").toString(), dir.toString());

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, status, message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("--format roipac"), message);
  }

  @Test
  void anOutputWithoutANameIsAUsageError() {
    int status = launch("import", "--format", "licsar", "-o", dir.resolve(".dim").toString(), dir.toString());

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, status, message);
    assertEquals("Error: import: -o <name.dim> is required, got '" + dir.resolve(".dim") + "'", message);
  }

  /** {@code --par} was silently ignored outside gamma: a GeoTIFF stack's radar frequency is --radar-frequency. */
  @Test
  void aParOutsideGammaIsAUsageError() {
    int status = launch("import", "--format", "geotiff", "--par", "alos.par", "-o", dir.resolve("x.dim").toString(),
        dir.toString());

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, status, message);
    assertEquals("Error: import: --par is for --format gamma (GeoTIFFs carry their grid; --radar-frequency <MHz>"
        + " gives their radar frequency)", message);
    err.reset();
    assertEquals(2, launch("import", "--format", "licsar", "--par", "s1.par", "-o", dir.resolve("x.dim").toString(),
        dir.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--par is for --format gamma"));
  }

  @Test
  void aRadarFrequencyOutsideGeotiffOrNotInMegahertzIsAUsageError() {
    String output = dir.resolve("x.dim").toString();
    assertEquals(2, launch("import", "--format", "geotiff", "--radar-frequency", "1.27e9", "-o", output, dir.toString()));
    assertEquals(2, launch("import", "--format", "licsar", "--radar-frequency", "5405", "-o", output, dir.toString()));
    assertEquals(2, launch("import", "--format", "gamma", "--par", "a.par", "--radar-frequency", "5405", "-o", output,
        dir.toString()));

    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("Error: import: --radar-frequency must be a number from 100 to 100000 MHz"
        + " (Sentinel-1 5405), got '1.27e9'; run dlinsar import --help",
        "Error: import: --radar-frequency is for --format geotiff (LiCSAR frames are Sentinel-1)",
        "Error: import: --radar-frequency is for --format geotiff (GAMMA's .par gives radar_frequency)"), lines);
  }

  /**
   * A GeoTIFF stack is written at {@code --radar-frequency}, else at its files' wavelength, else
   * at Sentinel-1's with a warning saying how to give another; each case says so in one line.
   */
  @Test
  void theRadarFrequencyIsTheGivenOneElseTheFilesElseSentinel1sWithAWarning() {
    GeoTiffGrid grid = new GeoTiffGrid(4, 3, -99.3, 19.6, 0.001, -0.001);
    Path file = dir.resolve("a_20180106-20180130_unw.tif");
    GeoTiffStack untagged = new GeoTiffStack("GeoTIFF", grid, List.of(), SpanLimit.NONE, false, Map.of(), null, null, Double.NaN, null,
        Double.NaN, null, List.of());
    GeoTiffStack lband = new GeoTiffStack("GeoTIFF", grid, List.of(), SpanLimit.NONE, false, Map.of(), null, null, 1270.0, file,
        Double.NaN, null, List.of());
    PrintStream lines = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertEquals(1257.5, frequency(ImportCommand.radarFrequency(untagged, 1257.5, lines)));
    assertEquals(1270.0, frequency(ImportCommand.radarFrequency(lband, Double.NaN, lines)));
    assertEquals(1257.5, frequency(ImportCommand.radarFrequency(lband, 1257.5, lines)));
    assertEquals(RadarWavelength.SENTINEL1_FREQUENCY_MHZ,
        frequency(ImportCommand.radarFrequency(untagged, Double.NaN, lines)));

    assertEquals(List.of("import: radar frequency 1257.500 MHz from --radar-frequency",
        "import: radar frequency 1270.000 MHz (WAVELENGTH_METRES 0.236057 m in " + file + ")",
        "import: radar frequency 1257.500 MHz from --radar-frequency, not the files' 1270.000 MHz"
            + " (WAVELENGTH_METRES 0.236057 m in " + file + ")",
        "Warning: import: no radar wavelength in the GeoTIFFs (no WAVELENGTH_METRES in their GDAL metadata):"
            + String.format(Locale.ROOT, " Sentinel-1's radar frequency %.3f MHz assumed;",
                RadarWavelength.SENTINEL1_FREQUENCY_MHZ) + " give --radar-frequency <MHz> for another radar"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private static double frequency(GeoTiffStack stack) {
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    stack.describe(abs);
    return abs.getAttributeDouble("radar_frequency");
  }

  @Test
  void aProductNameTooLongForItsDataFolderIsRefusedBeforeReading() throws Exception {
    // 251 bytes: <name>.data is 256, more than a file name may have
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path target = dir.resolve("a".repeat(251) + ".dim");

    int status = importGamma(gamma, target);

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, status, message);
    assertEquals("Error: import: cannot write file " + dir.resolve("a".repeat(251) + ".data") + ": its name is 256 bytes,"
        + " more than the 255 a file name may have; give -o a product name of at most 250 bytes", message);
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of("gamma"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  /**
   * Two imports to one target (cron runs overlapping): the second took the first's staging folder
   * for a killed commit's and deleted it under the first. It is now refused before it touches
   * anything, as every run on a target another holds.
   */
  @Test
  void aSecondImportToTheTargetIsRefusedAndLeavesTheFirstsStagingAlone() throws Exception {
    Path gamma = exportToGamma(dir.resolve("gamma"));
    Path target = dir.resolve("imported.dim");
    try (AnotherRun first = AnotherRun.holding(target)) {
      Path staged = Files.createDirectories(dir.resolve(".imported.staged")).resolve("imported.dim");
      Files.writeString(staged, "being written");

      int status = importGamma(gamma, target);

      String message = err.toString(StandardCharsets.UTF_8).strip();
      assertEquals(1, status, message);
      assertEquals("Error: import: Cannot write " + target + ": another run is writing it (it holds .imported.dim.lock);"
          + " wait for it to end or choose another target", message.lines().reduce((a, b) -> b).orElse(""));
      assertTrue(Files.exists(staged), "deleted the staging of the import writing the target");
      assertFalse(Files.exists(target), "wrote the target another run holds");
    }
  }

  @Test
  void aMissingFolderIsNamedAsMissing() {
    Path missing = dir.resolve("no-such-folder");
    int status = launch("import", "--format", "licsar", "-o", dir.resolve("x.dim").toString(), missing.toString());

    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, status, message);
    // as every command's failure, demo's among them, it names the command (CONTRACT section 7)
    assertEquals("Error: import: " + missing + ": no such file or folder", message);
  }

  /** -e adds the stack trace to a command's error as to an operator's (it was an unknown option). */
  @Test
  void minusEAddsTheStackTraceToTheCommandsError() {
    Path missing = dir.resolve("no-such-folder");
    int status = launch("import", "-e", "--format", "licsar", "-o", dir.resolve("x.dim").toString(),
        missing.toString());

    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, message);
    assertTrue(message.startsWith("Error: import: " + missing + ": no such file or folder"), message);
    assertTrue(message.contains("\tat org.dlinsar."), message);
  }

  /** {@code dlinsar import --format gamma} of the exported folder with its .par, and {@code options}. */
  private int importGamma(Path gamma, Path output, String... options) {
    List<String> args = new ArrayList<>(List.of("import", "--format", "gamma", "--par",
        gamma.resolve("20210104.rmli.par").toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("-o", output.toString(), gamma.toString()));
    return launch(args.toArray(new String[0]));
  }

  private int launch(String... args) {
    return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** DL-Detect SUBSIDENCE rows: class, score, box, dates seen (not lon/lat: GAMMA has no geocoding here). */
  private static List<String> detections(Product stack) throws IOException {
    Product target = GPF.createProduct("DL-Detect",
        Map.of("mode", "SUBSIDENCE", "method", "CLASSICAL"), stack);
    target.getBand("detection_id").readPixels(0, 0, 1, 1, new float[1]);
    MetadataElement element = target.getMetadataRoot().getElement("Detections");
    List<String> rows = new ArrayList<>();
    for (MetadataElement d : element.getElements()) {
      rows.add(d.getAttributeString("class") + " " + d.getAttributeDouble("score") + " "
          + d.getAttributeString("bbox_px") + " " + d.getAttributeString("dates_seen", ""));
    }
    return rows;
  }

  /**
   * Writes every interferogram of the mining stack as GAMMA does: {@code <ref>_<sec>.diff}
   * (BEAM-DIMAP's big-endian i and q interleaved into fcomplex), {@code .cc} and a {@code .par}.
   */
  private static Path exportToGamma(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> coherence;
    try (Stream<Path> files = Files.list(MINING)) {
      coherence = files.filter(f -> COHERENCE.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path coh : coherence) {
      Matcher m = COHERENCE.matcher(coh.getFileName().toString());
      m.matches();
      String pair = gammaDate(m.group(1)) + "_" + gammaDate(m.group(2));
      String suffix = "VV_" + m.group(1) + "_" + m.group(2);
      byte[] re = Files.readAllBytes(MINING.resolve("i_ifg_" + suffix + ".img"));
      byte[] im = Files.readAllBytes(MINING.resolve("q_ifg_" + suffix + ".img"));
      byte[] z = new byte[2 * re.length];
      for (int k = 0; k < re.length / 4; k++) {
        System.arraycopy(re, 4 * k, z, 8 * k, 4);
        System.arraycopy(im, 4 * k, z, 8 * k + 4, 4);
      }
      Files.write(folder.resolve(pair + ".diff"), z);
      Files.copy(coh, folder.resolve(pair + ".cc"));
    }
    Files.writeString(folder.resolve("20210104.rmli.par"), String.join("\n",
        "range_samples:                 256",
        "azimuth_lines:                 192",
        "range_pixel_spacing:      9.313941787537594   m",
        "azimuth_pixel_spacing:   13.9   m",
        "incidence_angle:    39.0   degrees",
        "radar_frequency:     5.4050000e+09   Hz", ""));
    return folder;
  }

  private static String gammaDate(String snapDate) {
    return LocalDate.parse(snapDate, SNAP_DATE).format(DateTimeFormatter.BASIC_ISO_DATE);
  }
}
