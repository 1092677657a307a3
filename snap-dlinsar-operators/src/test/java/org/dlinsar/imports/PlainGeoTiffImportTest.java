package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainGeoTiffImportTest {

  private static final int W = 19;
  private static final int H = 11;

  @TempDir
  Path dir;

  @Test
  void pairsByTheDatesInTheNamesWithCoherenceFilesOrEstimates() throws IOException {
    float[] unwrapped = new float[W * H];
    Arrays.fill(unwrapped, 7.0f); // unwrapped phase beyond pi: its phasor wraps it
    float[] cc = new float[W * H];
    Arrays.fill(cc, 0.25f);
    write("cropA_20180106-20180130_VV_8rlks_eqa_unw.tif", unwrapped);
    write("cropA_20180106-20180130_VV_8rlks_flat_eqa_cc.tif", cc);
    write("cropA_20180130-20180307_VV_8rlks_eqa_unw.tif", unwrapped);
    write("cropA_20180130-20180307_VV_8rlks_eqa_unw.aux.xml", new float[0]);

    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);
    Product product = ImportedStackOp.of(stack, "plain");

    assertEquals(2, stack.pairs().size());
    assertNull(stack.pairs().get(1).coherence());
    assertEquals(Math.cos(7.0), read(product, "i_ifg_06Jan2018_30Jan2018")[W + 3], 1e-6);
    assertEquals(Math.sin(7.0), read(product, "q_ifg_06Jan2018_30Jan2018")[W + 3], 1e-6);
    assertEquals(0.25f, read(product, "coh_06Jan2018_30Jan2018")[5]);
    // constant phase: every window's phasors agree, the estimate is 1
    assertEquals(1.0f, read(product, "coh_30Jan2018_07Mar2018")[W * H - 1], 1e-6f);
    MetadataElement origin = product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals("GeoTIFF", origin.getAttributeString("format"));
    assertEquals("estimated", origin.getAttributeString("coherence_30Jan2018_07Mar2018"));
  }

  /**
   * A GeoTIFF's strips span its width and are decoded whole: tiles narrower than the stack decoded
   * each strip once per tile across, 111 s against 12 s for a frame of 3300 x 512 pixels and 59
   * pairs (bench/import.sh, README "Interferograms from other processors").
   */
  @Test
  void tilesSpanTheStackAndFewerRowsOfAWideOne() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Product product = ImportedStackOp.of(PlainGeoTiffs.scan(dir, 0), "plain");
    assertEquals(new Dimension(W, H), product.getPreferredTileSize());
    assertEquals(256, ImportedStackOp.tileRows(3300, 512));
    int rows = ImportedStackOp.tileRows(40000, 30000);
    assertTrue(rows < 256 && 40000L * rows <= 1 << 22, rows + " rows of 40000 pixels");
    assertEquals(16, ImportedStackOp.tileRows(1_000_000, 30000), "at least 16 rows");
  }

  @Test
  void twoPhaseFilesOfOnePairAreNamed() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Path second = write("b_20180106_20180130_unw.tif", new float[W * H]);

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertTrue(e.getMessage().startsWith(second + ": a second file"), e.getMessage());
  }

  @Test
  void aFileNamedAsAPairWhoseDatesAreNoPairIsNamed() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Path twice = write("a_20180130-20180130_unw.tif", new float[W * H]);

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertEquals(twice + ": its name is no pair of dates: 20180130 twice", e.getMessage());
  }

  /**
   * PyRate's Mexico City crop as it ships: int16 heights in {@code cropA_T005A_dem.tif} and
   * GDAL_NODATA 0 in every file. The DEM is the elevation band, NaN where it has no data; a phase
   * sample of the no-data value is no interferogram (0 + 0i), not a phase of 0.
   */
  @Test
  void aDemBesideThePairsIsTheElevationBandAndNoDataIsHonoured() throws IOException {
    short[] dem = new short[W * H];
    for (int k = 0; k < dem.length; k++) {
      dem[k] = (short) (2217 + k % 70);
    }
    dem[5] = 0;
    float[] phase = new float[W * H];
    Arrays.fill(phase, 1.5f);
    phase[7] = 0;
    Path demFile = write("cropA_T005A_dem.tif", dem, "0");
    write("cropA_20180106-20180130_VV_8rlks_eqa_unw.tif", phase, "0");

    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);
    Product product = ImportedStackOp.of(stack, "plain");

    assertEquals(demFile, stack.elevation());
    float[] heights = read(product, "elevation");
    assertEquals(2217 + 6, heights[6]);
    assertTrue(Float.isNaN(heights[5]), "the DEM's no-data value read as a height");
    assertEquals("meters", product.getBand("elevation").getUnit());
    assertEquals(0f, read(product, "i_ifg_06Jan2018_30Jan2018")[7]);
    assertEquals(0f, read(product, "q_ifg_06Jan2018_30Jan2018")[7]);
    assertEquals(Math.cos(1.5), read(product, "i_ifg_06Jan2018_30Jan2018")[8], 1e-6);
  }

  /**
   * PyRate's stacks are GeoTIFFs formed by GAMMA, with the dates' GAMMA parameter files in a
   * {@code headers/} folder beside them. A 12-day pair acquired at 23:59:50 and at 00:00:05 twelve
   * days later is named 13 days apart: imported without times, Phase-Gradient-Stack read its rate
   * 12/13 of the true one. The headers give each acquisition's first_line_time, written as GAMMA
   * import writes them, and the rate is the true one.
   */
  @Test
  void gammaHeadersBesideTheGeoTiffsGiveFirstLineTimesSoAPairAcrossMidnightSpansItsTrueDays()
      throws IOException {
    Path geotiffs = Files.createDirectories(dir.resolve("geotiffs"));
    Path headers = Files.createDirectories(dir.resolve("headers"));
    GammaFiles.writeAcquisitionPar(headers.resolve("r20200101_VV_8rlks_mli.par"), W, H, "2020 01 01", 86390.0);
    Path secondPar = GammaFiles.writeAcquisitionPar(headers.resolve("r20200114_VV_8rlks_mli.par"), W, H,
        "2020 01 14", 5.0);
    float[] phase = new float[W * H];
    for (int k = 0; k < W * H; k++) {
      phase[k] = (float) ((3.0 * (k % W) - 4.0 * (k / W)) * 12 / 365.25); // 3 and -4 rad/px/yr over 12 days
    }
    GeoTiffFiles.write(geotiffs.resolve("cropA_20200101-20200114_VV_8rlks_eqa_unw.tif"), W, H, phase, -99.3,
        19.6, 0.0013889, false, "PackBits");

    Product stack = ImportedStackOp.of(PlainGeoTiffs.scan(geotiffs, 0), "plain");

    MetadataElement root = stack.getMetadataRoot();
    assertEquals("01-JAN-2020 23:59:50.000000", root.getElement("Abstracted_Metadata")
        .getAttributeUTC("first_line_time").format());
    MetadataElement secondary = root.getElement("Secondary_Metadata").getElement("plain_14Jan2020");
    assertEquals("14-JAN-2020 00:00:05.000000", secondary.getAttributeUTC("first_line_time").format());
    assertEquals(secondPar.toRealPath().toString(), root.getElement(ImportedStackOp.IMPORT_METADATA)
        .getAttributeString("first_line_time_14Jan2020"));
    assertEquals(3.0f, gradient(stack, "grad_rg")[5 * W + 9], 1e-3f); // 2.77 over the names' 13 days
    assertEquals(-4.0f, gradient(stack, "grad_az")[5 * W + 9], 1e-3f);

    // without the headers every span is whole dates, as before
    Files.delete(secondPar);
    Product untimed = ImportedStackOp.of(PlainGeoTiffs.scan(geotiffs, 0), "plain");
    assertNull(untimed.getMetadataRoot().getElement("Secondary_Metadata"));
    assertEquals(3.0f * 12 / 13, gradient(untimed, "grad_rg")[5 * W + 9], 1e-3f);
  }

  /**
   * Headers whose times lie hours apart in time of day (PyRate's Sydney files, converted from
   * ROI_PAC, run from 01:18 to 23:18) give no times, but their heading and incidence still hold:
   * the stack gets its line of sight from them (it got none, "no GAMMA parameter file of the
   * stack's images was found", since only the files whose times were taken were asked).
   */
  @Test
  void headersWhoseTimesAreNotTakenStillGiveTheLineOfSight() throws IOException {
    Path geotiffs = Files.createDirectories(dir.resolve("geotiffs"));
    Path headers = Files.createDirectories(dir.resolve("headers"));
    Path first = GammaFiles.writeAcquisitionPar(headers.resolve("r20200101_VV_8rlks_mli.par"), W, H, "2020 01 01",
        4680.0);
    Files.writeString(first, Files.readString(first) + "heading:     193.1522256   degrees\n");
    GammaFiles.writeAcquisitionPar(headers.resolve("r20200113_VV_8rlks_mli.par"), W, H, "2020 01 13", 83880.0);
    GeoTiffFiles.write(geotiffs.resolve("cropA_20200101-20200113_VV_8rlks_eqa_unw.tif"), W, H, new float[W * H],
        -99.3, 19.6, 0.0013889, false, "PackBits");

    Product stack = ImportedStacks.product(PlainGeoTiffs.scan(geotiffs, 0), "plain");

    assertNull(stack.getMetadataRoot().getElement("Secondary_Metadata"), "times 2 hours apart across midnight are not taken");
    MetadataElement abs = stack.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(193.1522256, abs.getAttributeDouble("centre_heading"), 1e-9);
    assertEquals(39.0, abs.getAttributeDouble("incidence_near"));
    assertTrue(LineOfSight.of(stack).known(), LineOfSight.of(stack).missing());
  }

  private static float[] gradient(Product stack, String band) throws IOException {
    return read(GPF.createProduct("Phase-Gradient-Stack", Map.of(), stack), band);
  }

  /**
   * A DEM at another spacing, over a larger area (a Copernicus tile under a LiCSAR frame): its
   * heights interpolated bilinearly at the pairs' pixel centres, which is exact for a plane.
   */
  @Test
  void aDemOnACoveringLonLatGridIsInterpolatedAtThePixelCentres() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    double step = 0.0013889 / 3;
    int w = 3 * W + 8;
    int h = 3 * H + 8;
    double cornerLon = -99.3 - 4 * step;
    double cornerLat = 19.6 + 4 * step;
    float[] plane = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        plane[y * w + x] = (float) height(cornerLon + (x + 0.5) * step, cornerLat - (y + 0.5) * step);
      }
    }
    GeoTiffFiles.write(dir.resolve("copernicus_dem.tif"), w, h, plane, cornerLon, cornerLat, step, step,
        null, true, "Deflate");

    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);
    float[] heights = read(ImportedStackOp.of(stack, "plain"), "elevation");

    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double lon = -99.3 + (x + 0.5) * 0.0013889;
        double lat = 19.6 - (y + 0.5) * 0.0013889;
        assertEquals(height(lon, lat), heights[y * W + x], 0.01, "at " + x + ", " + y);
      }
    }
  }

  /** A plane of heights, metres: 2 m per 0.001 degree east, 5 m per 0.001 degree north. */
  private static double height(double lon, double lat) {
    return 2250 + 2000 * (lon + 99.3) + 5000 * (lat - 19.6);
  }

  @Test
  void aDemNotCoveringThePairsIsNotTakenUnaskedAndNamedWhenAsked() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Path dem = dir.resolve("other_dem.tif");
    GeoTiffFiles.write(dem, W, H, new float[W * H], -99.3 + 5 * 0.0013889, 19.6, 0.0013889, false, "PackBits");

    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);

    assertNull(stack.elevation());
    IOException e = assertThrows(IOException.class, () -> stack.withElevation(dem));
    assertTrue(e.getMessage().startsWith(dem + ": grid 19x11") && e.getMessage().contains("does not cover"),
        e.getMessage());
  }

  @Test
  void aDemThatIsNotThereIsNamedAsMissing() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);
    Path missing = dir.resolve("no_dem.tif");

    IOException e = assertThrows(IOException.class, () -> stack.withElevation(missing));

    assertEquals(missing + ": no such file", e.getMessage());
  }

  /** A UTM DEM read as degrees would put the frame elsewhere: it is named, not taken. */
  @Test
  void aProjectedDemIsNamedAsNotLonLat() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Path utm = GeoTiffFiles.writeProjected(dir.resolve("utm_dem.tif"), W, H, new float[W * H]);

    GeoTiffStack stack = PlainGeoTiffs.scan(dir, 0);

    assertNull(stack.elevation());
    IOException e = assertThrows(IOException.class, () -> stack.withElevation(utm));
    assertTrue(e.getMessage().startsWith(utm + ": a projected grid"), e.getMessage());
  }

  /**
   * PyRate's GeoTIFFs carry their radar wavelength in GDAL's metadata tag: an L-band stack is
   * written at L-band's frequency, not Sentinel-1's, and with no Sentinel-1 MISSION.
   */
  @Test
  void theWavelengthInTheGdalMetadataGivesTheRadarFrequency() throws IOException {
    float[] phase = new float[W * H];
    tagged("cropA_20180106-20180130_VV_8rlks_eqa_unw.tif", phase, "WAVELENGTH_METRES", "0.23605706000000000",
        "DATA_UNITS", "RADIANS");
    // PyRate's coherence files say RADIANS too
    tagged("cropA_20180106-20180130_VV_8rlks_flat_eqa_cc.tif", new float[W * H], "WAVELENGTH_METRES",
        "0.23605706000000000", "DATA_UNITS", "RADIANS");
    tagged("cropA_20180130-20180307_VV_8rlks_eqa_unw.tif", phase, "DATA_UNITS", "RADIANS");

    MetadataElement abs = abstracted(PlainGeoTiffs.scan(dir, 0));

    assertEquals(299_792_458.0 / 0.236057060 / 1e6, abs.getAttributeDouble("radar_frequency"), 1e-9);
    assertNull(abs.getAttribute("MISSION"));
  }

  @Test
  void withoutAWavelengthSentinel1IsAssumedAndAGivenFrequencyOverridesTheFiles() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    GeoTiffStack plain = PlainGeoTiffs.scan(dir, 0);
    tagged("a_20180106-20180130_unw.tif", new float[W * H], "WAVELENGTH_METRES", "0.0555");
    GeoTiffStack tagged = PlainGeoTiffs.scan(dir, 0);

    MetadataElement assumed = abstracted(plain);
    assertEquals(RadarWavelength.SENTINEL1_FREQUENCY_MHZ, assumed.getAttributeDouble("radar_frequency"));
    assertEquals("SENTINEL-1", assumed.getAttributeString("MISSION"));
    assertTrue(Double.isNaN(plain.radarFrequencyMHz()));
    assertEquals(dir.resolve("a_20180106-20180130_unw.tif"), tagged.wavelengthFile());
    assertEquals(1270.0, abstracted(tagged.withRadarFrequency(1270)).getAttributeDouble("radar_frequency"));
    assertThrows(IllegalArgumentException.class, () -> plain.withRadarFrequency(5.405e9));
  }

  /**
   * The stack says which file gave its grid, where its radar frequency came from (the files'
   * wavelength, one given, or Sentinel-1's assumed) and which pairs the span limit left out, so
   * that an import of part of a folder is not taken for the whole.
   */
  @Test
  void theImportMetadataNamesTheGridFileTheFrequencysOriginAndThePairsLeftOut() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    write("a_20180106-20180307_unw.tif", new float[W * H]);
    write("a_20180106-20180307_cc.tif", new float[W * H]);
    write("a_20180130-20180307_unw.tif", new float[W * H]);
    write("a_20180130-20180623_unw.tif", new float[W * H]);

    GeoTiffStack plain = PlainGeoTiffs.scan(dir, 40);
    MetadataElement assumed = origin(plain);

    assertEquals(2, plain.pairs().size());
    assertEquals(dir.resolve("a_20180106-20180130_unw.tif").toAbsolutePath().toString(),
        assumed.getAttributeString("grid_file"));
    assertEquals("Sentinel-1 default", assumed.getAttributeString("radar_frequency_origin"));
    assertNull(assumed.getAttribute("radar_frequency_file"));
    assertEquals(2, assumed.getAttributeInt("left_out_pairs"));
    assertEquals("spanning more than 40 days", assumed.getAttributeString("left_out_reason"));
    assertEquals("20180106_20180307,20180130_20180623", assumed.getAttributeString("left_out"));
    assertEquals("given", origin(plain.withRadarFrequency(1270)).getAttributeString("radar_frequency_origin"));
    Path file = tagged("a_20180106-20180130_unw.tif", new float[W * H], "WAVELENGTH_METRES", "0.0555");
    MetadataElement tagged = origin(PlainGeoTiffs.scan(dir, 0));
    assertEquals("file", tagged.getAttributeString("radar_frequency_origin"));
    assertEquals(file.toAbsolutePath().toString(), tagged.getAttributeString("radar_frequency_file"));
    assertEquals(0, tagged.getAttributeInt("left_out_pairs"));
    assertNull(tagged.getAttribute("left_out"));
  }

  /**
   * --radar-frequency over a file's WAVELENGTH_METRES recorded only that the frequency was given:
   * the files' value it replaced, and the file it came from, were on the console only.
   */
  @Test
  void aGivenFrequencyRecordsTheFilesFrequencyItReplacedAndItsFile() throws IOException {
    Path file = tagged("a_20180106-20180130_unw.tif", new float[W * H], "WAVELENGTH_METRES", "0.236");
    GeoTiffStack tagged = PlainGeoTiffs.scan(dir, 0);

    MetadataElement given = origin(tagged.withRadarFrequency(1257.5));

    assertEquals("given", given.getAttributeString("radar_frequency_origin"));
    assertNull(given.getAttribute("radar_frequency_file"));
    assertEquals(299_792_458.0 / 0.236 / 1e6, given.getAttributeDouble("replaced_radar_frequency"), 1e-9);
    assertEquals(file.toAbsolutePath().toString(), given.getAttributeString("replaced_radar_frequency_file"));
    // given twice, the files' value is still the one replaced
    MetadataElement twice = origin(tagged.withRadarFrequency(1257.5).withRadarFrequency(1300));
    assertEquals(299_792_458.0 / 0.236 / 1e6, twice.getAttributeDouble("replaced_radar_frequency"), 1e-9);
    // nothing replaced: neither the file's value nor a given one over untagged files
    assertNull(origin(tagged).getAttribute("replaced_radar_frequency"));
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    MetadataElement untagged = origin(PlainGeoTiffs.scan(dir, 0).withRadarFrequency(1257.5));
    assertNull(untagged.getAttribute("replaced_radar_frequency"));
    assertNull(untagged.getAttribute("replaced_radar_frequency_file"));
  }

  @Test
  void theFilesReadAreRecordedByTheirRealPathWhenTheFolderIsGivenThroughALinkAndDotDot(
      @TempDir Path elsewhere) throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    write("a_20180130-20180307_unw.tif", new float[W * H]);
    Path link = Files.createSymbolicLink(elsewhere.resolve("link"), dir);
    // link/.. is dir's parent: as text, elsewhere/<dir's name> names no folder
    Path given = link.resolve("..").resolve(dir.getFileName());

    MetadataElement recorded = origin(PlainGeoTiffs.scan(given, 0));

    assertEquals(dir.resolve("a_20180106-20180130_unw.tif").toRealPath().toString(),
        recorded.getAttributeString("grid_file"));
  }

  private static MetadataElement origin(ImportedStack stack) {
    return ImportedStackOp.of(stack, "plain").getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
  }

  @Test
  void twoFilesOfDifferentWavelengthsAreNamed() throws IOException {
    Path sentinel = tagged("a_20180106-20180130_unw.tif", new float[W * H], "WAVELENGTH_METRES",
        "0.05550415767769124");
    Path alos = tagged("a_20180130-20180307_unw.tif", new float[W * H], "WAVELENGTH_METRES", "0.236");

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertEquals(alos + ": WAVELENGTH_METRES 0.236 differs from " + sentinel + "'s 0.05550415767769124"
        + " (GDAL metadata): the interferograms of one stack are of one radar", e.getMessage());
  }

  @Test
  void aWavelengthThatIsNoRadarsIsNamed() throws IOException {
    Path mm = tagged("a_20180106-20180130_unw.tif", new float[W * H], "WAVELENGTH_METRES", "55.5");

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertTrue(e.getMessage().startsWith(mm + ": WAVELENGTH_METRES 55.5 (GDAL metadata) is no radar wavelength"),
        e.getMessage());
  }

  /** PyRate writes interferograms converted to millimetres with DATA_UNITS MILLIMETRES. */
  @Test
  void anInterferogramNotInRadiansIsNamedWithItsUnits() throws IOException {
    write("a_20180106-20180130_unw.tif", new float[W * H]);
    Path mm = tagged("a_20180130-20180307_unw.tif", new float[W * H], "DATA_UNITS", "MILLIMETRES");

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertEquals(mm + ": its phase is in MILLIMETRES (DATA_UNITS in its GDAL metadata), not radians:"
        + " import interferograms of phase in radians", e.getMessage());
  }

  /** No entity is resolved: a file's metadata naming another file to read is refused. */
  @Test
  void gdalMetadataWithADoctypeIsRefused() throws IOException {
    Path file = GeoTiffFiles.writeWithGdalMetadata(dir.resolve("a_20180106-20180130_unw.tif"), W, H,
        new float[W * H], -99.3, 19.6, 0.0013889, "<!DOCTYPE GDALMetadata [<!ENTITY w SYSTEM"
            + " \"file:///etc/hostname\">]><GDALMetadata><Item name=\"WAVELENGTH_METRES\">&w;</Item></GDALMetadata>");

    IOException e = assertThrows(IOException.class, () -> PlainGeoTiffs.scan(dir, 0));

    assertEquals(file + ": its GDAL metadata (TIFF tag 42112) declares a DOCTYPE, which GDAL never writes",
        e.getMessage());
  }

  private static MetadataElement abstracted(ImportedStack stack) {
    return ImportedStackOp.of(stack, "plain").getMetadataRoot().getElement("Abstracted_Metadata");
  }

  private Path tagged(String name, float[] samples, String... items) throws IOException {
    return GeoTiffFiles.writeWithGdalMetadata(dir.resolve(name), W, H, samples, -99.3, 19.6, 0.0013889,
        GeoTiffFiles.gdalMetadata(items));
  }

  private Path write(String name, Object samples, String noData) throws IOException {
    return GeoTiffFiles.write(dir.resolve(name), W, H, samples, -99.3, 19.6, 0.0013889, 0.0013889, noData,
        false, "PackBits");
  }

  private Path write(String name, float[] samples) throws IOException {
    if (samples.length == 0) {
      return java.nio.file.Files.writeString(dir.resolve(name), "<PAMDataset/>");
    }
    return GeoTiffFiles.write(dir.resolve(name), W, H, samples, -99.3, 19.6, 0.0013889, false, "PackBits");
  }

  private static float[] read(Product product, String band) throws IOException {
    return product.getBand(band).readPixels(0, 0, W, H, new float[W * H]);
  }
}
