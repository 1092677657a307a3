package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicsarImportTest {

  private static final int W = 37;
  private static final int H = 21;
  private static final double LON = -99.25;
  private static final double LAT = 19.5;
  private static final double STEP = 0.001;

  @TempDir
  Path dir;

  @Test
  void readsTiledAndStripedPhaseAndByteCoherenceOnTheirGrid() throws IOException {
    float[] phase = phaseRamp(0.3f);
    byte[] cc = new byte[W * H];
    for (int k = 0; k < cc.length; k++) {
      cc[k] = (byte) (k % 256);
    }
    pair("20200101_20200113", phase, cc, true, "Deflate");
    pair("20200113_20200125", phaseRamp(-1f), cc, false, "LZW");

    GeoTiffStack frame = LicsarFrame.scan(dir, 0);
    Product stack = ImportedStackOp.of(frame, "frame");

    float[] re = read(stack, "i_ifg_01Jan2020_13Jan2020");
    float[] im = read(stack, "q_ifg_01Jan2020_13Jan2020");
    float[] coh = read(stack, "coh_13Jan2020_25Jan2020");
    for (int k = 0; k < W * H; k++) {
      if (Float.isNaN(phase[k])) {
        assertEquals(0f, re[k]);
        assertEquals(0f, im[k]);
      } else {
        assertEquals(Math.cos(phase[k]), re[k], 1e-6);
        assertEquals(Math.sin(phase[k]), im[k], 1e-6);
      }
      assertEquals((k % 256) / 255.0, coh[k], 1e-6);
    }
    // centre of pixel (0, 0) is half a step inside the corner the tie point names
    assertEquals(LON + STEP / 2, frame.grid().longitude(0.5), 1e-12);
    assertEquals(LAT - STEP / 2, frame.grid().latitude(0.5), 1e-12);
    assertEquals(LAT - (H - 0.5) * STEP, frame.grid().latitude(H - 0.5), 1e-12);
    assertEquals(RadarWavelength.SENTINEL1_FREQUENCY_MHZ, stack.getMetadataRoot().getElement("Abstracted_Metadata")
        .getAttributeDouble("radar_frequency"));
  }

  @Test
  void maxSpanDaysLeavesLongPairsOut() throws IOException {
    pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    pair("20200101_20200601", phaseRamp(0), new float[W * H], false, "Deflate");
    GeoTiffStack limited = LicsarFrame.scan(dir, 48);
    assertEquals(1, limited.pairs().size());
    assertEquals(2, LicsarFrame.scan(dir, 0).pairs().size());
    // the product says a pair was left out, and why
    MetadataElement origin = ImportedStackOp.of(limited, "frame").getMetadataRoot()
        .getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals(1, origin.getAttributeInt("left_out_pairs"));
    assertEquals("spanning more than 48 days", origin.getAttributeString("left_out_reason"));
    assertEquals("20200101_20200601", origin.getAttributeString("left_out"));
    assertEquals("Sentinel-1 default", origin.getAttributeString("radar_frequency_origin"));
  }

  @Test
  void badFramesFailWithOneLineNamingTheFile() throws IOException {
    assertTrue(assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0)).getMessage()
        .startsWith(dir.toString()));

    Path good = pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    Path noCoherence = pair("20200113_20200125", phaseRamp(0), new float[W * H], false, "Deflate");
    Files.delete(noCoherence.resolveSibling("20200113_20200125.geo.cc.tif"));
    assertFailsNaming(noCoherence, "no coherence");

    pair("20200113_20200125", phaseRamp(0), new float[W * H], false, "Deflate");
    Path shifted = dir.resolve("20200113_20200125/20200113_20200125.geo.cc.tif");
    GeoTiffFiles.write(shifted, W, H, new float[W * H], LON + STEP, LAT, STEP, false, "Deflate");
    assertFailsNaming(shifted, "differs from " + good);

    pair("20200113_20200125", phaseRamp(0), new float[W * H], false, "Deflate");
    GeoTiffFiles.write(good, W, H, new byte[W * H], LON, LAT, STEP, false, "Deflate");
    assertFailsNaming(good, "not a float32 or float64 phase GeoTIFF (1 band(s) of uint8)");

    Files.writeString(good, "<html>an error page saved as .tif</html>");
    assertFailsNaming(good, "not a readable TIFF");
  }

  /**
   * Only GeoKeys saying lon/lat make a grid degrees: a UTM file whose CRS was stripped would put
   * the frame at latitude 5 million; a grid reaching past the pole is no lon/lat grid either.
   */
  @Test
  void aGridWithoutGeoKeysOrOffTheGlobeIsNamed() throws IOException {
    Path phase = pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    GeoTiffFiles.writeWithoutGeoKeys(phase, W, H, phaseRamp(0), 300000, 5000000, 30);
    IOException stripped = assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0));
    assertEquals(phase + ": no GeoKeyDirectory, not a geographic lon/lat grid (model type 2): its"
        + " grid may be metres as well as degrees (a CRS lost on the way?); write it with its CRS,"
        + " e.g. gdal_translate -a_srs EPSG:4326 if it is lon/lat WGS84", stripped.getMessage());

    GeoTiffFiles.write(phase, W, H, phaseRamp(0), LON, 95 + H * STEP, STEP, false, "Deflate");
    assertFailsNaming(phase, "off the globe");
    GeoTiffFiles.write(phase, W, H, phaseRamp(0), 359.99, LAT, STEP, false, "Deflate");
    assertFailsNaming(phase, "off the globe");
    GeoTiffFiles.write(phase, W, H, phaseRamp(0), 359.9, LAT, STEP, false, "Deflate");
    GeoTiffFiles.write(phase.resolveSibling("20200101_20200113.geo.cc.tif"), W, H, new float[W * H],
        359.9, LAT, STEP, false, "Deflate");
    assertEquals(1, LicsarFrame.scan(dir, 0).pairs().size()); // a 0..360 grid is on the globe
  }

  /**
   * Float32 coherence is read as it is, so a file of 0..255 stored as float is named while the
   * import reads it, not written into the stack for every operator to refuse.
   */
  @Test
  void floatCoherenceOf0To255IsNamedByItsFileWhenRead() throws IOException {
    float[] cc = new float[W * H];
    for (int k = 0; k < cc.length; k++) {
      cc[k] = 150 + k % 100;
    }
    Path phase = pair("20200101_20200113", phaseRamp(0), cc, false, "Deflate");
    Product stack = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "frame");

    RuntimeException e = assertThrows(RuntimeException.class, () -> read(stack, "coh_01Jan2020_13Jan2020"));

    assertEquals(phase.resolveSibling("20200101_20200113.geo.cc.tif") + ": coherence 186.0 at pixel"
        + " (36, 0), outside 0..1 (0..255 unscaled? coherence stored as float must be 0..1: divide"
        + " the file by 255)", e.getMessage());
  }

  /** Coherence of two types is named by a file of each, the odd one out first, with both types. */
  @Test
  void coherenceStoredTwoWaysNamesBothFilesAndTypes() throws IOException {
    pair("20210101_20210113", phaseRamp(0), new float[W * H], false, "Deflate");
    pair("20210101_20210125", phaseRamp(0), new byte[W * H], false, "Deflate");
    pair("20210113_20210125", phaseRamp(0), new byte[W * H], false, "Deflate");

    IOException e = assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0));

    assertEquals(dir.resolve("20210101_20210113/20210101_20210113.geo.cc.tif") + " is float32, but "
        + dir.resolve("20210101_20210125/20210101_20210125.geo.cc.tif") + " is uint8, as 2 of the 3"
        + " coherence files are: store every pair's coherence alike (uint8 0-255 or float32 0..1)",
        e.getMessage());
  }

  /** A pair folder named with a typo in its dates would drop the pair without a word. */
  @Test
  void aPairFolderWhoseDatesAreNoPairIsNamed() throws IOException {
    pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    Files.createDirectories(dir.resolve("metadata")); // not named as a pair: passed over
    pair("20200113_20200231", phaseRamp(0), new float[W * H], false, "Deflate");
    IOException e = assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0));
    assertEquals(dir.resolve("20200113_20200231") + ": its name is no pair of dates: 20200231 is not a date",
        e.getMessage());
  }

  /**
   * LiCSBAS downloads a frame's unwrapped phase and coherence only: such pair folders were passed
   * over without a word (a frame of them: "no LiCSAR pairs"). The unwrapped phase is taken where
   * the wrapped is not, wrapped into phasors, its 0 ("not unwrapped") no data.
   */
  @Test
  void aPairFolderOfUnwrappedPhaseOnlyIsTakenWithItsZeroAsNoData() throws IOException {
    float[] unwrapped = new float[W * H];
    for (int k = 0; k < unwrapped.length; k++) {
      unwrapped[k] = k % 5 == 0 ? 0f : 0.05f * k - 9f; // -9..30 rad, 0 every fifth pixel
    }
    byte[] cc = new byte[W * H];
    java.util.Arrays.fill(cc, (byte) 200);
    Path wrappedOnly = pair("20200101_20200113", phaseRamp(0.3f), cc, false, "Deflate");
    Path unwrappedOnly = pair("20200113_20200125", phaseRamp(0), cc, false, "Deflate");
    Path unw = unwrappedOnly.resolveSibling("20200113_20200125.geo.unw.tif");
    GeoTiffFiles.write(unw, W, H, unwrapped, LON, LAT, STEP, false, "Deflate");
    Files.delete(unwrappedOnly);
    // beside its wrapped phase, a pair's unwrapped phase is not read
    GeoTiffFiles.write(wrappedOnly.resolveSibling("20200101_20200113.geo.unw.tif"), W, H, unwrapped,
        LON, LAT, STEP, false, "Deflate");

    GeoTiffStack frame = LicsarFrame.scan(dir, 0);
    Product stack = ImportedStackOp.of(frame, "frame");

    assertEquals(2, frame.pairs().size());
    assertEquals(wrappedOnly, frame.pairs().get(0).phase());
    assertEquals(unw, frame.pairs().get(1).phase());
    float[] re = read(stack, "i_ifg_13Jan2020_25Jan2020");
    float[] im = read(stack, "q_ifg_13Jan2020_25Jan2020");
    for (int k = 0; k < W * H; k++) {
      assertEquals(unwrapped[k] == 0f ? 0 : Math.cos(unwrapped[k]), re[k], 1e-6, "pixel " + k);
      assertEquals(unwrapped[k] == 0f ? 0 : Math.sin(unwrapped[k]), im[k], 1e-6, "pixel " + k);
    }
    float[] first = read(stack, "q_ifg_01Jan2020_13Jan2020");
    float[] ramp = phaseRamp(0.3f);
    assertEquals(Math.sin(ramp[1]), first[1], 1e-6);
    // the reader plug-in claims a frame of unwrapped phase only, as the import reads it
    Files.delete(wrappedOnly);
    assertEquals(org.esa.snap.core.dataio.DecodeQualification.INTENDED,
        InterferogramFolder.LICSAR.decode(dir));
    assertEquals(org.esa.snap.core.dataio.DecodeQualification.INTENDED,
        InterferogramFolder.LICSAR.decode(unw));
  }

  /**
   * A pair folder holding neither phase file (a download cut short, or only its previews) was
   * passed over without a word, the pair missing from the stack unseen: one warning names it.
   */
  @Test
  void aPairFolderWithoutPhaseIsNamedInOneWarning() throws IOException {
    pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    Path empty = pair("20200113_20200125", phaseRamp(0), new float[W * H], false, "Deflate");
    Files.delete(empty);
    Files.createDirectories(dir.resolve("metadata")); // not named as a pair: passed over

    java.util.List<String> warnings = new java.util.ArrayList<>();
    GeoTiffStack frame = LicsarFrame.scan(dir, 0, warnings::add);

    assertEquals(1, frame.pairs().size());
    assertEquals(java.util.List.of(dir.resolve("20200113_20200125") + ": no phase"
        + " (20200113_20200125.geo.diff_pha.tif or .geo.unw.tif); pair passed over"), warnings);
    // a frame with no pair left is one error, naming the folders without phase
    Files.delete(dir.resolve("20200101_20200113/20200101_20200113.geo.diff_pha.tif"));
    IOException none = assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0, warnings::add));
    assertTrue(none.getMessage().startsWith(dir + ": no LiCSAR pairs"), none.getMessage());
    assertTrue(none.getMessage().endsWith("; 2 pair folders hold no phase file, e.g. "
        + dir.resolve("20200101_20200113")), none.getMessage());
    assertEquals(1, none.getMessage().lines().count());
  }

  /**
   * LiCSAR's metadata/metadata.txt gives one center_time for the frame: its reference epoch's
   * scene centre (LiCSAR writes it from that epoch's .slc.par), no epoch's first line. Given to
   * every epoch, one time of day for all, it would change no span; in a frame whose epochs fall
   * a few seconds either side of midnight it would give those after midnight a time almost a day
   * off. So the import writes no times for a LiCSAR frame, and spans are its folders' whole dates.
   */
  @Test
  void theFramesOneCentreTimeIsNoAcquisitionsTime() throws IOException {
    pair("20200101_20200114", phaseRamp(0), new float[W * H], false, "Deflate");
    Path metadata = Files.createDirectories(dir.resolve("metadata"));
    Files.writeString(metadata.resolve("metadata.txt"),
        "master=20200101\ncenter_time=23:59:58.500000\nheading=-10.2\n");

    Product stack = ImportedStackOp.of(LicsarFrame.scan(dir, 0), "frame");

    assertNull(stack.getMetadataRoot().getElement("Abstracted_Metadata").getAttribute("first_line_time"));
    assertNull(stack.getMetadataRoot().getElement("Secondary_Metadata"));
    assertFalse(InterferogramStack.of(stack).acquisitionTimes().timed());
  }

  private void assertFailsNaming(Path file, String what) {
    IOException e = assertThrows(IOException.class, () -> LicsarFrame.scan(dir, 0));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(what), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  /** Writes one pair folder; returns its phase file. */
  /**
   * The portal's metadata/ beside the interferograms: the baselines file (primary 20200113, one
   * line per secondary, LiCSBAS's layout) and the line-of-sight up component on a coarser grid
   * covering the frame, 0 outside the swath.
   */
  @Test
  void aFramesBaselinesFileAndUpComponentGiveTheBaselinesAtItsCentre() throws IOException {
    Path frame = Files.createDirectories(dir.resolve("interferograms"));
    Path metadata = Files.createDirectories(dir.resolve("metadata"));
    for (String name : new String[] {"20200101_20200113", "20200113_20200125"}) {
      Path folder = Files.createDirectories(frame.resolve(name));
      GeoTiffFiles.write(folder.resolve(name + ".geo.cc.tif"), W, H, new float[W * H], LON, LAT, STEP, false, "LZW");
      GeoTiffFiles.write(folder.resolve(name + ".geo.diff_pha.tif"), W, H, phaseRamp(0), LON, LAT, STEP, false, "LZW");
    }
    Files.writeString(metadata.resolve("baselines"), "20200113 20200101 -31.5 -12.0\n20200113 20200125 44.25 12.0\n"
        + "20200113 20200206 10.0 24.0\n");
    float[] up = new float[20 * 20];
    java.util.Arrays.fill(up, (float) Math.cos(Math.toRadians(39)));
    up[0] = 0;
    GeoTiffFiles.write(metadata.resolve("012A_05443_131313.geo.U.tif"), 20, 20, up, LON - 0.01, LAT + 0.01, 0.004,
        false, "LZW");

    Product stack = ImportedStacks.product(LicsarFrame.scan(frame, 0), "frame");

    List<LocalDate> dates = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 13), LocalDate.of(2020, 1, 25));
    PerpendicularBaselines read = PerpendicularBaselines.of(List.of(stack), dates, W);
    assertTrue(read.known(), read.missing());
    // to the first date's orbit: the primary 20200113 lies 31.5 m from it
    assertArrayEquals(new double[] {0, 31.5, 75.75}, read.metres(), 1e-9);
    double i = Math.toRadians(39);
    double orbit = 6_371_000 + LicsarBaselines.ORBIT_HEIGHT_METRES;
    double range = Math.sqrt(orbit * orbit - Math.pow(6_371_000 * Math.sin(i), 2)) - 6_371_000 * Math.cos(i);
    assertEquals(range * Math.sin(i), read.rangeTimesSinIncidence(0), 1.0);
    assertEquals(864_000, range, 5_000, "a Sentinel-1 IW slant range at 39 deg");
    assertTrue(origin(stack).getAttributeString("baselines").startsWith("LiCSAR "),
        origin(stack).getAttributeString("baselines"));

    Files.writeString(metadata.resolve("baselines"), "20200113 20200101 -31.5 -12.0\n");
    assertEquals("none: " + metadata.resolve("baselines").toRealPath() + " gives no baseline for 2020-01-25",
        origin(ImportedStacks.product(LicsarFrame.scan(frame, 0), "frame")).getAttributeString("baselines"));
  }

  /**
   * A descending frame's line-of-sight files (heading 190 degrees: the satellite lies 100 degrees
   * from north; the incidence growing eastward from 35 degrees by 0.4 a column of their coarser
   * grid) give SNAP's centre_heading and the incidence at the stack's centre, and each pixel's
   * incidence as the incidenceAngleFromEllipsoid band, acos of the up component interpolated onto
   * the stack's grid; the line of sight over the imported grid is the files' vector (+x east, +y
   * south). Without the north file, none, and no band.
   */
  @Test
  void aFramesLookVectorFilesGiveItsHeadingAndEachPixelsIncidence() throws IOException {
    pair("20200101_20200113", phaseRamp(0), new float[W * H], false, "Deflate");
    Path metadata = Files.createDirectories(dir.resolve("metadata"));
    String[] suffixes = {LicsarLookVector.EAST, LicsarLookVector.NORTH, LicsarLookVector.UP};
    float[][] components = new float[3][20 * 20];
    for (int k = 0; k < 20 * 20; k++) {
      double i = Math.toRadians(incidenceAtColumn(k % 20));
      components[0][k] = (float) (Math.sin(i) * Math.sin(Math.toRadians(100)));
      components[1][k] = (float) (Math.sin(i) * Math.cos(Math.toRadians(100)));
      components[2][k] = (float) Math.cos(i);
    }
    components[2][0] = 0; // outside the swath
    for (int c = 0; c < 3; c++) {
      GeoTiffFiles.write(metadata.resolve("012D_05443_131313" + suffixes[c]), 20, 20, components[c], LON - 0.01,
          LAT + 0.01, 0.004, false, "LZW");
    }

    Product stack = ImportedStacks.product(LicsarFrame.scan(dir, 0), "frame");

    MetadataElement abs = stack.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(190, abs.getAttributeDouble("centre_heading"), 1e-4);
    // the means over the 9 x 9 samples about the stack's centre, column 7 of the files
    assertEquals(incidenceAtColumn(7), abs.getAttributeDouble("incidence_near"), 0.05);
    assertEquals("right", abs.getAttributeString("antenna_pointing"));
    assertTrue(origin(stack).getAttributeString("line_of_sight").startsWith("LiCSAR "),
        origin(stack).getAttributeString("line_of_sight"));
    float[] band = read(stack, LineOfSight.INCIDENCE_BAND);
    for (int x = 0; x < W; x++) {
      // the file's column under the pixel's centre; up is linear in neither, so interpolate it
      double column = (0.01 + (x + 0.5) * STEP) / 0.004 - 0.5;
      int c0 = (int) Math.floor(column);
      double f = column - c0;
      double up = (1 - f) * Math.cos(Math.toRadians(incidenceAtColumn(c0)))
          + f * Math.cos(Math.toRadians(incidenceAtColumn(c0 + 1)));
      for (int y = 0; y < H; y++) {
        assertEquals(Math.toDegrees(Math.acos(up)), band[y * W + x], 1e-3, "pixel " + x + ", " + y);
      }
    }
    LineOfSight los = LineOfSight.of(stack);
    assertTrue(los.known(), los.missing());
    assertEquals(stack.getBand(LineOfSight.INCIDENCE_BAND), los.incidenceBand());
    double sin = Math.sin(Math.toRadians(40));
    assertArrayEquals(new double[] {sin * Math.sin(Math.toRadians(100)), -sin * Math.cos(Math.toRadians(100)),
        Math.cos(Math.toRadians(40))}, los.at(W / 2, 40), 1e-6);

    Files.delete(metadata.resolve("012D_05443_131313" + LicsarLookVector.NORTH));
    stack = ImportedStacks.product(LicsarFrame.scan(dir, 0), "frame");
    assertEquals("none: no LiCSAR <frame>.geo.N.tif in the frame's folder or metadata/",
        origin(stack).getAttributeString("line_of_sight"));
    assertFalse(LineOfSight.of(stack).known());
    assertNull(stack.getBand(LineOfSight.INCIDENCE_BAND));
  }

  private static double incidenceAtColumn(int column) {
    return 35 + 0.4 * column;
  }

  private static MetadataElement origin(Product stack) {
    return stack.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
  }

  private Path pair(String name, float[] phase, Object cc, boolean tiled, String compression) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    GeoTiffFiles.write(folder.resolve(name + ".geo.cc.tif"), W, H, cc, LON, LAT, STEP, tiled, compression);
    return GeoTiffFiles.write(folder.resolve(name + ".geo.diff_pha.tif"), W, H, phase, LON, LAT, STEP, tiled,
        compression);
  }

  /** Wrapped phase (x - y) * 0.4 + offset, NaN in the first column (outside the frame). */
  private static float[] phaseRamp(float offset) {
    float[] phase = new float[W * H];
    for (int k = 0; k < phase.length; k++) {
      int x = k % W;
      int y = k / W;
      phase[k] = x == 0 ? Float.NaN : (float) Math.IEEEremainder((x - y) * 0.4 + offset, 2 * Math.PI);
    }
    return phase;
  }

  private static float[] read(Product product, String band) throws IOException {
    return product.getBand(band).readPixels(0, 0, W, H, new float[W * H]);
  }
}
