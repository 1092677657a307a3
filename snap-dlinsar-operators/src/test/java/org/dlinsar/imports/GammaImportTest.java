package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.ifg.Pair;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GammaImportTest {

  private static final int W = 7;
  private static final int H = 5;

  @TempDir
  Path dir;

  @Test
  void aFileOfMoreLinesThanABandCanHaveIsOneLineNamingItAndTheLimit() {
    // 16 GiB at a .par width of 1 fcomplex sample: 2^31 lines (was 'integer overflow', no file named)
    Path file = Path.of("20200101_20200113.diff");
    IOException e = assertThrows(IOException.class, () -> GammaStack.lines(file, 8L << 31, 1, 8));
    assertTrue(e.getMessage().startsWith(file + ": 17179869184 bytes is 2147483648 lines of 1 samples"
        + " of 8 bytes, more than the 2147483647 lines a band can have"), e.getMessage());
  }

  @Test
  void anEmptyOrCutFileIsNamedWithWhatIsWrong() {
    Path file = Path.of("20200101_20200113.diff");
    assertEquals(file + ": empty (0 bytes)",
        assertThrows(IOException.class, () -> GammaStack.lines(file, 0, 100, 8)).getMessage());
    assertTrue(assertThrows(IOException.class, () -> GammaStack.lines(file, 1000, 100, 8)).getMessage()
        .startsWith(file + ": 1000 bytes is not a whole number of lines of 100 samples of 8 bytes"));
    assertDoesNotThrow(() -> GammaStack.lines(file, 1600, 100, 8));
  }

  @Test
  void aParameterFileLargerThanItsCapIsOneLineNamingItAndTheCap() throws IOException {
    // an interferogram given as the .par, say: a sparse file one byte over 16 MiB
    Path par = GammaFiles.writePar(dir.resolve("big.par"), W, H, 5.405e9);
    try (RandomAccessFile file = new RandomAccessFile(par.toFile(), "rw")) {
      file.setLength((16 << 20) + 1L);
    }

    IOException thrown = assertThrows(IOException.class, () -> GammaPar.read(par));

    assertEquals(par + ": 16777217 bytes, larger than the 16 MiB that a GAMMA parameter file could need; is it"
        + " the right file?", thrown.getMessage());
  }

  @Test
  void readsPhaseCoherenceAndFrequencyFromGammaFiles() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), W, H, 5.405e9);
    float[] z1 = complexRamp(1);
    float[] z2 = complexRamp(2);
    float[] cc = new float[W * H];
    for (int k = 0; k < cc.length; k++) {
      cc[k] = k / 100f;
    }
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), z1);
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.cc"), cc);
    GammaFiles.writeFloats(dir.resolve("20200113_20200125.diff"), z2);
    Files.writeString(dir.resolve("notes.txt"), "not a pair");

    Product stack = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    assertEquals(W, stack.getSceneRasterWidth());
    assertEquals(H, stack.getSceneRasterHeight());
    assertArrayEquals(component(z1, 0), read(stack, "i_ifg_01Jan2020_13Jan2020"));
    assertArrayEquals(component(z1, 1), read(stack, "q_ifg_01Jan2020_13Jan2020"));
    assertArrayEquals(cc, read(stack, "coh_01Jan2020_13Jan2020"));
    assertArrayEquals(component(z2, 1), read(stack, "q_ifg_13Jan2020_25Jan2020"));
    MetadataElement abs = stack.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(5405.0, abs.getAttributeDouble("radar_frequency"), 1e-9);
    assertEquals(2.329562, abs.getAttributeDouble("range_spacing"), 1e-9);
    assertEquals(39.0, abs.getAttributeDouble("incidence_far"), 1e-9);
    MetadataElement origin = stack.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals("file", origin.getAttributeString("coherence_01Jan2020_13Jan2020"));
    assertEquals("estimated", origin.getAttributeString("coherence_13Jan2020_25Jan2020"));
  }

  /**
   * A stack formed against one reference date mid-series names its earlier secondaries later
   * date first; they are imported under that name, read back in date order as SNAP's are.
   */
  @Test
  void aPairNamedLaterDateFirstKeepsItsNameAndReadsInDateOrder() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200113.rmli.par"), W, H, 5.405e9);
    float[] z = complexRamp(1);
    GammaFiles.writeFloats(dir.resolve("20200113_20200101.diff"), z);
    GammaFiles.writeFloats(dir.resolve("20200113_20200125.diff"), complexRamp(2));

    Product stack = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    assertArrayEquals(component(z, 1), read(stack, "q_ifg_13Jan2020_01Jan2020"));
    List<Interferogram> read = InterferogramStack.of(stack).interferograms();
    assertEquals(2, read.size());
    assertEquals(new Pair(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 13)), read.get(0).pair());
    assertTrue(read.get(0).laterFirst());
  }

  @Test
  void estimatesCoherenceInAWindowWhereNoCcFileCame() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("a.par"), W, H, 5.405e9);
    // Left of column 3 every sample is 1, right of it every sample is -1, with amplitude 2 on
    // column 3 itself: a window straddling the step averages phasors of both signs.
    float[] z = new float[2 * W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        z[2 * (y * W + x)] = x < 3 ? 1 : x == 3 ? 2 : -1;
      }
    }
    z[2 * (2 * W + 6)] = 0; // one no-data sample
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), z);

    float[] coh = read(ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "x"),
        "coh_01Jan2020_13Jan2020");

    // (0,0): window x 0..2, y 0..2, all +1 -> 1
    assertEquals(1.0f, coh[0], 1e-6f);
    // (3,2): x 1..5, y 0..4: per row 1 + 1 + 2 - 1 - 1 = 2 of amplitude 6 -> 10 / 30
    assertEquals(10.0f / 30.0f, coh[2 * W + 3], 1e-6f);
    // (5,2): x 3..6, y 0..4, (6,2) missing: sum 5*2 - 5 - 5 - 4 = -4 over amplitude 10 + 5 + 5 + 4
    assertEquals(4.0f / 24.0f, coh[2 * W + 5], 1e-6f);
    assertEquals(0.0f, coh[2 * W + 6]);
  }

  @Test
  void keepsPairsUpToMaxSpanDays() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.par"), W, H, 1.2e9));
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    GammaFiles.writeFloats(dir.resolve("20200101_20200301.diff.ml.sm"), complexRamp(1));

    List<ImportedPair> pairs = GammaStack.scan(dir, par, 30).pairs();

    assertEquals(1, pairs.size());
    assertEquals(12, pairs.get(0).pair().spanDays());
    assertNull(pairs.get(0).coherence());
    assertEquals(2, GammaStack.scan(dir, par, 0).pairs().size());
  }

  @Test
  void badInputFailsWithOneLineNamingTheFile() throws IOException {
    Path parFile = GammaFiles.writePar(dir.resolve("a.par"), W, H, 5.405e9);
    GammaPar par = GammaPar.read(parFile);
    IOException none = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));
    assertTrue(none.getMessage().contains(dir.toString()), none.getMessage());

    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    Path shortFile = GammaFiles.writeFloats(dir.resolve("20200113_20200125.diff"), new float[2 * W * H - 2]);
    IOException size = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));
    assertTrue(size.getMessage().startsWith(shortFile.toString()), size.getMessage());
    assertTrue(size.getMessage().contains("width"), size.getMessage());

    GammaFiles.writeFloats(shortFile, new float[2 * W * (H + 1)]);
    IOException lines = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));
    assertTrue(lines.getMessage().startsWith(shortFile.toString()), lines.getMessage());

    Path noFrequency = Files.writeString(dir.resolve("b.par"), "range_samples: 7\n");
    IOException frequency = assertThrows(IOException.class, () -> GammaPar.read(noFrequency));
    assertTrue(frequency.getMessage().startsWith(noFrequency + ": no radar_frequency"), frequency.getMessage());
    assertEquals(1, frequency.getMessage().lines().count());
    // an interferogram's .off gives the width but never the frequency
    Path off = Files.writeString(dir.resolve("20200101_20200113.off"),
        "interferogram_width: 10\ninterferogram_azimuth_lines: 5\n");
    IOException fromOff = assertThrows(IOException.class, () -> GammaPar.read(off));
    assertEquals(off + ": no radar_frequency (Hz); an interferogram's .off has none: give the .par"
        + " of the interferograms' MLI", fromOff.getMessage());
  }

  /**
   * A .par of other data (the SLC's, beside multilooked interferograms) whose width divides the
   * files' size would reshape them; its line count names the mistake instead.
   */
  @Test
  void aParOfOtherDataWhoseWidthFitsTheFilesIsNamedWithBothLineCounts() throws IOException {
    int w = 64;
    int h = 48;
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), new float[2 * w * h]);
    GammaFiles.writeFloats(dir.resolve("20200113_20200125.diff"), new float[2 * w * h]);
    Path diff = dir.resolve("20200101_20200113.diff");
    Path slc = GammaFiles.writePar(dir.resolve("20200101.slc.par"), 256, 192, 5.405e9);
    Path narrow = GammaFiles.writePar(dir.resolve("20200101.narrow.par"), 32, 48, 5.405e9);

    IOException e = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(slc), 0));
    assertEquals(slc + ": 256 samples x 192 lines, but " + diff + " read at that width has 12 lines:"
        + " the .par of other data, likely the SLC's .par for multilooked interferograms; give the"
        + " .par of the interferograms' MLI", e.getMessage());
    IOException narrowed = assertThrows(IOException.class,
        () -> GammaStack.scan(dir, GammaPar.read(narrow), 0));
    assertTrue(narrowed.getMessage().startsWith(narrow + ": 32 samples x 48 lines, but " + diff
        + " read at that width has 96 lines"), narrowed.getMessage());

    Path mli = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), w, h, 5.405e9);
    assertEquals(h, GammaStack.scan(dir, GammaPar.read(mli), 0).height());
    // an .off names its lines after the interferogram, as its width
    Path off = Files.writeString(dir.resolve("20200101_20200113.off"), "interferogram_width: 64\n"
        + "interferogram_azimuth_lines: 24\nradar_frequency: 5.405e9 Hz\n");
    IOException fromOff = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(off), 0));
    assertTrue(fromOff.getMessage().startsWith(off + ": 64 samples x 24 lines"), fromOff.getMessage());
  }

  /** GAMMA's .cc is float 0..1: a file of 0..255 is named while imported, not written into the stack. */
  @Test
  void coherenceOutside0To1IsNamedByItsCcFileWhenRead() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("a.rmli.par"), W, H, 5.405e9);
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    float[] cc = new float[W * H];
    java.util.Arrays.fill(cc, 0.5f);
    cc[2 * W + 3] = 200f;
    Path ccFile = GammaFiles.writeFloats(dir.resolve("20200101_20200113.cc"), cc);
    Product stack = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    RuntimeException e = assertThrows(RuntimeException.class, () -> read(stack, "coh_01Jan2020_13Jan2020"));

    assertEquals(ccFile + ": coherence 200.0 at pixel (3, 2), outside 0..1 (0..255 unscaled?"
        + " coherence stored as float must be 0..1: divide the file by 255)", e.getMessage());
  }

  /**
   * A file named as a pair's interferogram whose dates are no pair is named, not skipped (the
   * stack would lose the pair without a word); files not named so are still passed over.
   */
  @Test
  void aPairFileWithAnImpossibleOrRepeatedDateIsNamed() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.par"), W, H, 5.405e9));
    GammaFiles.writeFloats(dir.resolve("20210104_20210116.diff"), complexRamp(1));
    GammaFiles.writeFloats(dir.resolve("20210116_20210128.diff"), complexRamp(2));
    Files.writeString(dir.resolve("20210104_20210116.txt"), "not a phase file");
    Path february31 = GammaFiles.writeFloats(dir.resolve("20210104_20210231.diff"), complexRamp(3));

    IOException notADate = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));

    assertEquals(february31 + ": its name is no pair of dates: 20210231 is not a date",
        notADate.getMessage());
    Files.delete(february31);
    Path sameDate = GammaFiles.writeFloats(dir.resolve("20210104_20210104.unw"), new float[W * H]);
    IOException twice = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));
    assertEquals(sameDate + ": its name is no pair of dates: 20210104 twice", twice.getMessage());
    Files.delete(sameDate);
    assertEquals(2, GammaStack.scan(dir, par, 0).pairs().size());
  }

  /**
   * Two phase files of one suffix for one pair ('_' and '-' both join its dates) leave no way to
   * choose: both are named, and so are two coherence files beside one phase file.
   */
  @Test
  void twoFilesOfOneKindForOnePairAreNamedNotChosenBetween() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.par"), W, H, 5.405e9));
    Path diff = GammaFiles.writeFloats(dir.resolve("20210104_20210116.diff"), complexRamp(1));
    Path cc = GammaFiles.writeFloats(dir.resolve("20210104_20210116.cc"), new float[W * H]);
    Path copy = GammaFiles.writeFloats(dir.resolve("20210104-20210116.diff"), complexRamp(1));

    IOException phases = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));

    assertEquals(copy + " and " + diff + ": two .diff files of the pair 20210104_20210116; keep"
        + " one in " + dir, phases.getMessage());
    Files.delete(copy);
    Path diffCc = GammaFiles.writeFloats(dir.resolve("20210104_20210116.diff.cc"), new float[W * H]);
    IOException coherences = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));
    assertEquals(cc + " and " + diffCc + ": two coherence files of " + diff + "; keep one",
        coherences.getMessage());
    Files.delete(diffCc);
    assertEquals(cc, GammaStack.scan(dir, par, 0).pairs().get(0).coherence());
  }

  /** GAMMA writes radar_frequency in Hz: 5405.0, Sentinel-1's in MHz, would be a 55 km wavelength. */
  @Test
  void aRadarFrequencyOutsideRadarBandsIsNamedAsAUnitMixUp() throws IOException {
    Path megahertz = GammaFiles.writePar(dir.resolve("mhz.par"), W, H, 5405.0);
    Path gigahertz = GammaFiles.writePar(dir.resolve("ghz.par"), W, H, 5.405);

    IOException e = assertThrows(IOException.class, () -> GammaPar.read(megahertz));

    assertEquals(megahertz + ": radar_frequency 5405.0 Hz is outside 100 MHz..100 GHz; GAMMA"
        + " writes it in Hz (Sentinel-1: 5.405e9), not MHz or GHz", e.getMessage());
    IOException ghz = assertThrows(IOException.class, () -> GammaPar.read(gigahertz));
    assertTrue(ghz.getMessage().startsWith(gigahertz + ": radar_frequency 5.405 Hz"), ghz.getMessage());
    assertEquals(9650.0, GammaPar.read(GammaFiles.writePar(dir.resolve("x.par"), W, H, 9.65e9))
        .radarFrequencyMHz(), 1e-9);
  }

  /** GAMMA's heights in radar geometry, float32 big-endian on the interferograms' grid. */
  @Test
  void theHgtBesideTheInterferogramsIsTheElevationBandAndAWrongSizedDemIsNamed() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), W, H, 5.405e9);
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    float[] heights = new float[W * H];
    for (int k = 0; k < heights.length; k++) {
      heights[k] = 300 + 2.5f * k;
    }
    Path hgt = GammaFiles.writeFloats(dir.resolve("20200101.hgt"), heights);
    Path small = GammaFiles.writeFloats(dir.resolve("small.dem"), new float[W * (H - 1)]);

    GammaStack stack = GammaStack.scan(dir, GammaPar.read(par), 0);

    assertEquals(hgt, stack.elevation());
    assertArrayEquals(heights, read(ImportedStackOp.of(stack, "imported"), "elevation"));
    // NaN where the DEM has no height (CONTRACT): SNAP's valid mask and statistics leave it out
    org.esa.snap.core.datamodel.Band elevation = ImportedStackOp.of(stack, "imported").getBand("elevation");
    assertTrue(elevation.isNoDataValueUsed() && Double.isNaN(elevation.getNoDataValue()));
    IOException e = assertThrows(IOException.class, () -> stack.withElevation(small));
    assertTrue(e.getMessage().startsWith(small + ": 7 x 4 samples"), e.getMessage());
  }

  /**
   * Geocoded GAMMA output as PyRate's Sydney stack lays it out: {@code <ref>-<sec>_utm.unw}
   * (unwrapped phase on the DEM's lon/lat grid), {@code .unw.cc}, the {@code _utm.dem} heights and
   * {@code _utm_dem.par}; the {@code .par} is the SLC's (another, radar width). The grid is the
   * DEM parameter file's, corner at the first pixel's centre.
   */
  @Test
  void geocodedUnwrappedPhaseLiesOnTheDemParGridWrappedIntoPhasors() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200101_slc.par"), 8630, 8571, 5.331e9);
    GammaFiles.writeDemPar(dir.resolve("20200101_utm_dem.par"), "EQA", W, H, -34.17, 150.91,
        -8.33333e-4, 8.33333e-4);
    float[] phase = new float[W * H];
    for (int k = 0; k < phase.length; k++) {
      phase[k] = 0.7f * k - 9f;
    }
    phase[3] = 0f; // not unwrapped: no data
    float[] cc = new float[W * H];
    java.util.Arrays.fill(cc, 0.6f);
    GammaFiles.writeFloats(dir.resolve("20200101-20200113_utm.unw"), phase);
    GammaFiles.writeFloats(dir.resolve("20200101-20200113_utm.unw.cc"), cc);
    GammaFiles.writeFloats(dir.resolve("20200113-20200125_utm.unw"), phase);
    Path heights = GammaFiles.writeFloats(dir.resolve("20200101_utm.dem"), new float[W * H]);

    GammaStack stack = GammaStack.scan(dir, GammaPar.read(par), 0);
    Product product = ImportedStackOp.of(stack, "sydney");

    assertEquals(dir.resolve("20200101_utm_dem.par"), stack.map().file());
    assertEquals(W, product.getSceneRasterWidth());
    assertEquals(H, product.getSceneRasterHeight());
    assertEquals(150.91, stack.map().grid().longitude(0.5), 1e-12);
    assertEquals(-34.17 - 4 * 8.33333e-4, stack.map().grid().latitude(4.5), 1e-12);
    float[] re = read(product, "i_ifg_01Jan2020_13Jan2020");
    float[] im = read(product, "q_ifg_01Jan2020_13Jan2020");
    for (int k = 0; k < phase.length; k++) {
      float expectedRe = k == 3 ? 0f : (float) Math.cos(phase[k]);
      float expectedIm = k == 3 ? 0f : (float) Math.sin(phase[k]);
      assertEquals(expectedRe, re[k], 1e-6f, "re at " + k);
      assertEquals(expectedIm, im[k], 1e-6f, "im at " + k);
    }
    assertArrayEquals(cc, read(product, "coh_01Jan2020_13Jan2020"));
    MetadataElement origin = product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals("estimated", origin.getAttributeString("coherence_13Jan2020_25Jan2020"));
    assertEquals(heights, stack.elevation());
    MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(1, abs.getAttributeInt("is_terrain_corrected"));
    // the SLC's radar spacings do not describe the map grid
    assertNull(abs.getAttribute("range_spacing"));
  }

  /**
   * The {@code .par}'s heading and incidence are SNAP's {@code centre_heading} and {@code
   * incidence_near}/{@code far} on a map grid too, whose spacings the import leaves out, and give
   * its line of sight: ENVISAT's descending pass over Sydney (PyRate's 20060619_slc.par, heading
   * 193.15 degrees) looks west-north-west, so the satellite lies 103.15 degrees from north.
   */
  @Test
  void theParsHeadingAndIncidenceGiveAMapGridsLineOfSight() throws IOException {
    Path par = geocodedPairWithHeading();

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "sydney");

    MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(193.1522256, abs.getAttributeDouble("centre_heading"), 1e-9);
    assertEquals(39.0, abs.getAttributeDouble("incidence_near"));
    assertEquals(39.0, abs.getAttributeDouble("incidence_far"));
    assertEquals("right", abs.getAttributeString("antenna_pointing"));
    MetadataElement origin = product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals("GAMMA " + par.toAbsolutePath() + ": heading 193.15 deg, incidence_angle 39.00 deg (the"
        + " scene's centre), right-looking", origin.getAttributeString("line_of_sight"));
    LineOfSight los = LineOfSight.of(product);
    assertTrue(los.known(), los.missing());
    double sin = Math.sin(Math.toRadians(39));
    double toSatellite = Math.toRadians(193.1522256 - 90);
    // +x east, +y south on the DEM parameter file's lon/lat grid
    assertArrayEquals(new double[] {sin * Math.sin(toSatellite), -sin * Math.cos(toSatellite),
        Math.cos(Math.toRadians(39))}, los.at(3), 1e-6);

    assertNull(product.getBand(LineOfSight.INCIDENCE_BAND), "no .lv_theta: the scene's one incidence");

    GammaFiles.writePar(par, 8630, 8571, 5.331e9);
    product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "sydney");
    assertEquals("none: no heading and incidence_angle in " + par.toAbsolutePath(), product.getMetadataRoot()
        .getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight"));
    assertFalse(LineOfSight.of(product).known());
  }

  /**
   * GAMMA writes {@code azimuth_angle} -90 for an antenna looking left of the flight direction (90
   * right): the import says so in {@code antenna_pointing}, and the map grid's line of sight then
   * points to the other side of the track (every import wrote "right" before, mirroring a
   * left-looking stack's horizontal line of sight).
   */
  @Test
  void aParsAzimuthAngleOfMinus90MakesTheStackLeftLooking() throws IOException {
    Path par = geocodedPairWithHeading();
    Files.writeString(par, Files.readString(par) + "azimuth_angle:               -90.0000   degrees\n");

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "left");

    MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals("left", abs.getAttributeString("antenna_pointing"));
    assertEquals("GAMMA " + par.toAbsolutePath() + ": heading 193.15 deg, incidence_angle 39.00 deg (the"
        + " scene's centre), left-looking (azimuth_angle -90.0)", product.getMetadataRoot()
        .getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight"));
    double sin = Math.sin(Math.toRadians(39));
    double toSatellite = Math.toRadians(193.1522256 + 90);
    assertArrayEquals(new double[] {sin * Math.sin(toSatellite), -sin * Math.cos(toSatellite),
        Math.cos(Math.toRadians(39))}, LineOfSight.of(product).at(3), 1e-6);

    Files.writeString(par, Files.readString(par).replace("-90.0000", "90.0000"));
    product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "right");
    assertEquals("right", product.getMetadataRoot().getElement("Abstracted_Metadata")
        .getAttributeString("antenna_pointing"));
  }

  /**
   * Without a .lv_theta, a lookup table on the geocoded stack's grid (map to radar) and the first
   * date's MLI geometry give each pixel its incidence at the range sample it falls on (Mexico City's
   * Sentinel-1 geometry here): a crop is seen where it lies in the swath, not at the .par's one
   * incidence of the frame's centre; pixels the table leaves outside the frame (0 + 0i, or beyond
   * the MLI's range samples) have none, range sample 0 of a line is the frame's first column.
   */
  @Test
  void aLookupTableGivesEachPixelOfAGeocodedStackTheIncidenceOfItsRange() throws IOException {
    Path par = geocodedPairWithHeading();
    Path mli = Files.writeString(dir.resolve("r20060619_VV_8rlks_mli.par"), "range_samples:   8514\n"
        + "azimuth_lines:   4541\nrange_pixel_spacing:  18.636496   m\nnear_range_slc:  798988.2904  m\n"
        + "sar_to_earth_center:  7073899.1954   m\nearth_radius_below_sensor:  6375868.9414   m\n");
    float[] table = new float[2 * W * H];
    for (int i = 0; i < W * H; i++) {
      table[2 * i] = 400 + 1000 * (i % W); // range sample
      table[2 * i + 1] = 1 + i / W; // line
    }
    int none = 2 * W + 3;
    int beyond = W + 2;
    int firstColumn = 3 * W;
    table[2 * none] = 0;
    table[2 * none + 1] = 0;
    table[2 * beyond] = 9000; // the MLI has 8514 range samples
    table[2 * firstColumn] = 0;
    Path lookup = GammaFiles.writeFloats(dir.resolve("20060619_eqa_to_rdc.lt"), table);

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "lookup");

    GammaSlantGeometry geometry = GammaSlantGeometry.read(mli);
    float[] band = product.getBand(LineOfSight.INCIDENCE_BAND).readPixels(0, 0, W, H, new float[W * H]);
    for (int i = 0; i < W * H; i++) {
      if (i == none || i == beyond) {
        assertTrue(Float.isNaN(band[i]), "outside the frame: " + band[i]);
      } else {
        assertEquals(geometry.incidenceDeg(i == firstColumn ? 0 : 400 + 1000 * (i % W)), band[i], 1e-4,
            "pixel " + i);
      }
    }
    assertEquals(30.817, band[firstColumn], 0.001, "the first column, near_range_slc's");
    // Rs^2 = Re^2 + R^2 + 2 Re R cos i, worked by hand
    assertEquals(31.820, band[0], 0.001, "range sample 400");
    assertEquals(43.133, band[W - 1], 0.001, "range sample 6400");
    assertTrue(product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight")
        .endsWith("; each pixel's incidence from " + lookup.toAbsolutePath() + " at its range samples, on the slant"
            + " geometry of " + mli.toAbsolutePath()));
    LineOfSight los = LineOfSight.of(product);
    assertTrue(los.geometry().endsWith("each pixel at its " + LineOfSight.INCIDENCE_BAND), los.geometry());
  }

  /**
   * A stack in radar geometry needs no heading: the .par's incidence is its line of sight, the
   * satellite toward near range, and the import metadata say so rather than "none".
   */
  @Test
  void aRadarGeometryStacksIncidenceIsItsLineOfSightWithoutHeading() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), W, H, 5.405e9);
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "radar");

    assertEquals("GAMMA " + par.toAbsolutePath() + ": radar geometry, incidence_angle 39.00 deg (the scene's centre),"
        + " right-looking; no heading given, none needed (the columns run from near to far range)", product.getMetadataRoot()
        .getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight"));
    assertNull(product.getMetadataRoot().getElement("Abstracted_Metadata").getAttribute("centre_heading"));
    LineOfSight los = LineOfSight.of(product);
    assertTrue(los.known(), los.missing());
    assertArrayEquals(new double[] {-Math.sin(Math.toRadians(39)), 0, Math.cos(Math.toRadians(39))}, los.at(2),
        1e-12);
  }

  /**
   * A stack in radar geometry whose .par gives GAMMA's geometry of the image (near range, range
   * spacing, the sphere below the sensor: Mexico City's Sentinel-1 IW file, its 159 km of slant
   * range over 7 columns here) gets the incidence at its first and last columns, which the line of
   * sight follows across the swath: at the centre column, the file's own incidence_angle.
   */
  @Test
  void aRadarGeometryStacksIncidenceRunsAcrossTheSwathFromGammasGeometry() throws IOException {
    double spacing = (957640.7808 - 798988.2904) / (W - 1);
    Path par = Files.writeString(dir.resolve("20200101.rmli.par"), "title:     test\n"
        + "range_samples:                 " + W + "\n"
        + "azimuth_lines:                 " + H + "\n"
        + "range_pixel_spacing:         " + spacing + "   m\n"
        + "azimuth_pixel_spacing:      13.968062   m\n"
        + "near_range_slc:           798988.2904  m\n"
        + "incidence_angle:             39.7036   degrees\n"
        + "sar_to_earth_center:             7073899.1954   m\n"
        + "earth_radius_below_sensor:       6375868.9414   m\n"
        + "radar_frequency:        5.405e9   Hz\n");
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "radar");

    MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(30.817, abs.getAttributeDouble("incidence_near"), 0.001);
    assertEquals(46.076, abs.getAttributeDouble("incidence_far"), 0.001);
    assertEquals(798988.2904, abs.getAttributeDouble("slant_range_to_first_pixel"), 1e-6);
    assertTrue(product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight")
        .endsWith("; the incidence 30.82 to 46.08 deg across the swath from near_range_slc, range_pixel_spacing,"
            + " sar_to_earth_center and earth_radius_below_sensor in " + par.toAbsolutePath()));
    LineOfSight los = LineOfSight.of(product);
    assertEquals("radar geometry, each column's incidence from its slant range", los.geometry());
    assertEquals(39.7036, los.incidenceDeg(3), 0.001, "the centre range's");
  }

  /**
   * GAMMA's look-vector elevation angle beside geocoded interferograms gives each pixel's
   * incidence, 90 degrees less it, as SNAP's incidenceAngleFromEllipsoid band: in radians as GAMMA's
   * look_vector writes it, or in degrees as PyRate's Sydney data hold it (67.03); 0 is no data. Two
   * such files are not chosen between.
   */
  @Test
  void aLookVectorElevationAngleGivesEachPixelsIncidence() throws IOException {
    Path par = geocodedPairWithHeading();
    float[] radians = new float[W * H];
    for (int k = 0; k < radians.length; k++) {
      radians[k] = (float) Math.toRadians(58 - 0.5 * (k % W));
    }
    radians[1] = 0;
    Path lvTheta = GammaFiles.writeFloats(dir.resolve("20060619_utm.lv_theta"), radians);

    Product product = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "sydney");

    float[] band = read(product, LineOfSight.INCIDENCE_BAND);
    for (int k = 0; k < band.length; k++) {
      assertEquals(k == 1 ? Float.NaN : 32 + 0.5f * (k % W), band[k], 1e-4f, "pixel " + k);
    }
    assertTrue(product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA).getAttributeString("line_of_sight")
        .endsWith("; each pixel's incidence from " + lvTheta.toAbsolutePath()));

    float[] degrees = new float[W * H];
    java.util.Arrays.fill(degrees, 67.0329f);
    GammaFiles.writeFloats(lvTheta, degrees);
    band = read(ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "sydney"),
        LineOfSight.INCIDENCE_BAND);
    assertEquals(22.9671f, band[W + 3], 1e-4f, "PyRate's degrees");

    GammaFiles.writeFloats(dir.resolve("20061002_utm.lv_theta"), degrees);
    assertNull(ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "sydney")
        .getBand(LineOfSight.INCIDENCE_BAND), "two files: neither taken");
  }

  /**
   * One geocoded pair on a DEM parameter file's grid, as PyRate's Sydney set lies, and its .par
   * with Sydney's heading; returns the .par.
   */
  private Path geocodedPairWithHeading() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20060619_slc.par"), 8630, 8571, 5.331e9);
    Files.writeString(par, Files.readString(par) + "heading:                 193.1522256   degrees\n");
    GammaFiles.writeDemPar(dir.resolve("20060619_utm_dem.par"), "EQA", W, H, -34.17, 150.91,
        -8.33333e-4, 8.33333e-4);
    GammaFiles.writeFloats(dir.resolve("20060619-20061002_utm.unw"), new float[W * H]);
    return par;
  }

  /**
   * The stack names the {@code .par} that gave its radar frequency and the DEM parameter file
   * whose grid it lies on (before, only the console said which), and the pair the span limit
   * left out.
   */
  @Test
  void theImportMetadataNamesTheParAndDemParFilesAndThePairsLeftOut() throws IOException {
    Path par = GammaFiles.writePar(dir.resolve("20200101_slc.par"), 8630, 8571, 5.331e9);
    Path demPar = GammaFiles.writeDemPar(dir.resolve("20200101_utm_dem.par"), "EQA", W, H, -34.17, 150.91,
        -8.33333e-4, 8.33333e-4);
    GammaFiles.writeFloats(dir.resolve("20200101-20200113_utm.unw"), new float[W * H]);
    GammaFiles.writeFloats(dir.resolve("20200101-20200125_utm.unw"), new float[W * H]);
    GammaFiles.writeFloats(dir.resolve("20200113-20200125_utm.unw"), new float[W * H]);

    Product product = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 12), "sydney");

    MetadataElement origin = product.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
    assertEquals(par.toAbsolutePath().toString(), origin.getAttributeString("par_file"));
    assertEquals(demPar.toAbsolutePath().toString(), origin.getAttributeString("dem_par_file"));
    assertNull(origin.getAttribute("lookup_table_file"));
    assertEquals("file", origin.getAttributeString("radar_frequency_origin"));
    assertEquals(par.toAbsolutePath().toString(), origin.getAttributeString("radar_frequency_file"));
    assertEquals(1, origin.getAttributeInt("left_out_pairs"));
    assertEquals("spanning more than 12 days", origin.getAttributeString("left_out_reason"));
    assertEquals("20200101_20200125", origin.getAttributeString("left_out"));
  }

  /** A pair's wrapped interferogram is taken over its unwrapped phase, whatever the names sort. */
  @Test
  void aPairsDiffIsTakenOverItsUnw() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.par"), W, H, 5.405e9));
    Path diff = GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    GammaFiles.writeFloats(dir.resolve("20200101-20200113_utm.unw"), new float[W * H]);

    List<ImportedPair> pairs = GammaStack.scan(dir, par, 0).pairs();

    assertEquals(1, pairs.size());
    assertEquals(diff, pairs.get(0).phase());
  }

  /**
   * In radar geometry a DEM parameter file in the folder (the map DEM the interferograms were
   * formed with) whose grid they do not fit is not theirs; one given that they do not fit, or
   * on a projected grid, is named.
   */
  @Test
  void aDemParTheFilesDoNotFitIsNotTheirGridAndIsNamedWhenGiven() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.rmli.par"), W, H, 5.405e9));
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    Path eqa = GammaFiles.writeDemPar(dir.resolve("EQA.dem_par"), "EQA", 3 * W, 2 * H, 45, 7,
        -1e-3, 1e-3);

    GammaStack radar = GammaStack.scan(dir, par, 0);
    assertNull(radar.map());
    assertEquals(W, radar.width());

    IOException misfit = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, eqa, 0));
    assertTrue(misfit.getMessage().startsWith(dir.resolve("20200101_20200113.diff").toString()),
        misfit.getMessage());
    assertEquals(1, misfit.getMessage().lines().count());
    Path utm = GammaFiles.writeDemPar(dir.resolve("utm.dem_par"), "UTM", W, H, 5e6, 4e5, -30, 30);
    IOException projected = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, utm, 0));
    assertTrue(projected.getMessage().startsWith(utm + ": DEM_projection UTM"), projected.getMessage());
  }

  /**
   * Files that fit both the radar width of the .par and a DEM parameter file's grid (the same
   * number of samples, other shapes) could be either: the import asks instead of guessing.
   */
  @Test
  void filesThatFitTheRadarWidthAndADemParGridAreNotGuessed() throws IOException {
    GammaPar par = GammaPar.read(GammaFiles.writePar(dir.resolve("a.rmli.par"), W, H, 5.405e9));
    Path diff = GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), complexRamp(1));
    Path eqa = GammaFiles.writeDemPar(dir.resolve("EQA.dem_par"), "EQA", H, W, 45, 7, -1e-3, 1e-3);

    IOException e = assertThrows(IOException.class, () -> GammaStack.scan(dir, par, 0));

    assertEquals(diff + " fits both the radar geometry of its .par (" + W + " x " + H + ") and the"
        + " lon/lat grid of " + eqa + " (" + H + " x " + W + "): give --dem-par " + eqa + " if the"
        + " interferograms are geocoded, else move that file out of " + dir, e.getMessage());
    assertEquals(H, GammaStack.scan(dir, par, eqa, 0).width());
  }

  /** z = (seed + k, -k) at sample k. */
  private static float[] complexRamp(int seed) {
    float[] z = new float[2 * W * H];
    for (int k = 0; k < W * H; k++) {
      z[2 * k] = seed + k;
      z[2 * k + 1] = -k;
    }
    return z;
  }

  private static float[] component(float[] z, int offset) {
    float[] out = new float[z.length / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = z[2 * k + offset];
    }
    return out;
  }

  private static float[] read(Product product, String band) throws IOException {
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    return product.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
  }

  @Test
  void aParOrDemParThatIsAFolderIsNamed() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("a.par"));
    Path demFolder = Files.createDirectory(dir.resolve("a.dem_par"));

    IOException par = assertThrows(IOException.class, () -> GammaPar.read(folder));
    IOException demPar = assertThrows(IOException.class, () -> GammaDemPar.read(demFolder));

    assertEquals(folder + ": a folder, expected a GAMMA parameter file", par.getMessage());
    assertEquals(demFolder + ": a folder, expected a GAMMA parameter file", demPar.getMessage());
  }

  @Test
  void aMissingParIsNamed() {
    Path missing = dir.resolve("none.par");

    IOException e = assertThrows(IOException.class, () -> GammaPar.read(missing));

    assertEquals(missing + ": no such file", e.getMessage());
  }

  /**
   * Little-endian float32 (numpy's tofile, tools other than GAMMA) read big-endian is noise
   * that looks like numbers: it was imported without a word. Each GAMMA raster is now named.
   */
  @Test
  void littleEndianFilesAreNamedNotReadAsNoise() throws IOException {
    int w = 64;
    int h = 48;
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), w, h, 5.405e9);
    float[] z = fringes(w, h);
    float[] cc = new float[w * h];
    float[] heights = new float[w * h];
    for (int k = 0; k < cc.length; k++) {
      cc[k] = 0.2f + 0.7f * (k % 97) / 97f;
      heights[k] = 250 + 0.37f * k;
    }
    Path big = GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), z);
    Path little = GammaFiles.writeLittleEndianFloats(dir.resolve("20200113_20200125.diff"), z);

    IOException phase = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(par), 0));
    assertTrue(phase.getMessage().startsWith(little + ": little-endian float32, it seems: read"
        + " big-endian as GAMMA writes them, "), phase.getMessage());
    assertTrue(phase.getMessage().endsWith("; swap its bytes (GAMMA: swap_bytes IN OUT 4) and"
        + " import again"), phase.getMessage());

    GammaFiles.writeFloats(little, z);
    Path cc1 = GammaFiles.writeLittleEndianFloats(dir.resolve("20200101_20200113.cc"), cc);
    IOException coherence = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(par), 0));
    assertTrue(coherence.getMessage().startsWith(cc1 + ": little-endian float32"), coherence.getMessage());

    GammaFiles.writeFloats(cc1, cc);
    Path dem = GammaFiles.writeLittleEndianFloats(dir.resolve("heights.bin"), heights);
    GammaStack stack = GammaStack.scan(dir, GammaPar.read(par), 0);
    IOException elevation = assertThrows(IOException.class, () -> stack.withElevation(dem));
    assertTrue(elevation.getMessage().startsWith(dem + ": little-endian float32"), elevation.getMessage());
    // a little-endian .hgt beside them is no candidate: no elevation, rather than noise
    Files.move(dem, dir.resolve("20200101.hgt"));
    assertNull(GammaStack.scan(dir, GammaPar.read(par), 0).elevation());
    assertArrayEquals(z, readComplex(ImportedStackOp.of(stack, "imported"), "01Jan2020_13Jan2020"));
  }

  /**
   * Big-endian files of whole-number heights, NaN fill (geocoded by another tool), mostly zeros,
   * or values near 0 read as they are: only little-endian samples are named.
   */
  @Test
  void bigEndianFilesOfAnyPlausibleValuesAreNotTakenForLittleEndian() throws IOException {
    int w = 64;
    int h = 48;
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), w, h, 5.405e9);
    float[] z = fringes(w, h);
    for (int k = 0; k < z.length / 2; k++) {
      z[k] = k % 3 == 0 ? Float.NaN : 0f; // the first half: no data
    }
    float[] cc = new float[w * h];
    float[] heights = new float[w * h];
    for (int k = 0; k < cc.length; k++) {
      cc[k] = k % 2 == 0 ? 0.5f : 1e-6f * k;
      heights[k] = 100 + k % 50;
    }
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.diff"), z);
    GammaFiles.writeFloats(dir.resolve("20200101_20200113.cc"), cc);
    Path hgt = GammaFiles.writeFloats(dir.resolve("20200101.hgt"), heights);

    GammaStack stack = GammaStack.scan(dir, GammaPar.read(par), 0);

    assertEquals(hgt, stack.elevation());
    assertArrayEquals(cc, read(ImportedStackOp.of(stack, "imported"), "coh_01Jan2020_13Jan2020"));
  }

  /**
   * The byte order was judged only from 32 samples that are numbers both ways: a raster smaller
   * than that (3 x 2 pixels), or one mostly zeros, was read little-endian as noise without a word.
   * Two samples that read as no number big-endian, and none little-endian, now name it; a
   * big-endian file with one underflowed sample among its few is still read as it is.
   */
  @Test
  void smallOrMostlyZeroLittleEndianFilesAreNamedToo() throws IOException {
    int w = 3;
    int h = 2;
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), w, h, 5.405e9);
    float[] z = fringes(w, h);
    float[] cc = {0.31f, 0.5f, 0.77f, 0.9f, 0.12f, 0.64f};
    float[] heights = {120, 121, 125, 130, 128, 126};
    Path little = GammaFiles.writeLittleEndianFloats(dir.resolve("20200101_20200113.diff"), z);
    IOException phase = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(par), 0));
    assertTrue(phase.getMessage().startsWith(little + ": little-endian float32, it seems"), phase.getMessage());

    GammaFiles.writeFloats(little, z);
    Path cc1 = GammaFiles.writeLittleEndianFloats(dir.resolve("20200101_20200113.cc"), cc);
    IOException coherence = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(par), 0));
    assertTrue(coherence.getMessage().startsWith(cc1 + ": little-endian float32"), coherence.getMessage());

    GammaFiles.writeFloats(cc1, cc);
    Path dem = GammaFiles.writeLittleEndianFloats(dir.resolve("heights.bin"), heights);
    GammaStack small = GammaStack.scan(dir, GammaPar.read(par), 0);
    IOException elevation = assertThrows(IOException.class, () -> small.withElevation(dem));
    assertTrue(elevation.getMessage().startsWith(dem + ": little-endian float32"), elevation.getMessage());
    // big-endian, one sample underflowed: read as it is
    GammaFiles.writeFloats(cc1, new float[] {0, 0, 1e-30f, 0, 0.4f, 0});
    assertArrayEquals(new float[] {0, 0, 1e-30f, 0, 0.4f, 0},
        read(ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported"),
            "coh_01Jan2020_13Jan2020"));

    // 64 x 48 pixels, ten of them data: named little-endian, read big-endian
    int wide = 64;
    int lines = 48;
    Files.delete(cc1);
    Files.delete(little);
    Path largePar = GammaFiles.writePar(par, wide, lines, 5.405e9);
    float[] sparse = new float[2 * wide * lines];
    for (int k = 0; k < 10; k++) {
      sparse[2 * (300 * k + 7)] = 0.25f * (k + 1);
      sparse[2 * (300 * k + 7) + 1] = -0.5f * (k + 1);
    }
    Path mostlyZeros = GammaFiles.writeLittleEndianFloats(dir.resolve("20200101_20200113.diff"), sparse);
    IOException sparseLittle = assertThrows(IOException.class,
        () -> GammaStack.scan(dir, GammaPar.read(largePar), 0));
    assertTrue(sparseLittle.getMessage().startsWith(mostlyZeros + ": little-endian float32"),
        sparseLittle.getMessage());
    GammaFiles.writeFloats(mostlyZeros, sparse);
    assertArrayEquals(sparse, readComplex(ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(largePar), 0),
        "imported"), "01Jan2020_13Jan2020"));
  }

  /**
   * Files over 64 KiB were judged from 16 chunks of 4 KiB spread through them: a 2 MiB
   * little-endian interferogram whose data lie in lines 100 to 103 of 512 (4 KiB each), the rest
   * zeros, gave the check no sample and was read as noise without a word. Rounds of chunks between
   * those read now go on until enough samples are judged, up to 1 MiB looked at: it is named, and
   * the same file big-endian is read as it is. Data in one odd line only lie beyond that cap.
   */
  @Test
  void aLargeMostlyZeroLittleEndianFileIsLookedAtUntilItsDataAreFound() throws IOException {
    int w = 512;
    int h = 512;
    Path par = GammaFiles.writePar(dir.resolve("20200101.rmli.par"), w, h, 5.405e9);
    float[] sparse = new float[2 * w * h];
    for (int k = 100 * w; k < 104 * w; k += 3) {
      sparse[2 * k] = 0.25f + (k % 17);
      sparse[2 * k + 1] = -0.5f - (k % 11);
    }
    Path little = GammaFiles.writeLittleEndianFloats(dir.resolve("20200101_20200113.diff"), sparse);

    IOException e = assertThrows(IOException.class, () -> GammaStack.scan(dir, GammaPar.read(par), 0));

    assertTrue(e.getMessage().startsWith(little + ": little-endian float32, it seems"), e.getMessage());
    GammaFiles.writeFloats(little, sparse);
    assertArrayEquals(sparse, readComplex(ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0),
        "imported"), "01Jan2020_13Jan2020"));
    // one odd line: the 256 chunks looked at (every other line) miss it, as any cap misses some file
    float[] oneLine = new float[2 * w * h];
    oneLine[2 * (201 * w + 5)] = 0.75f;
    oneLine[2 * (201 * w + 9)] = 1.5f;
    GammaFiles.writeLittleEndianFloats(little, oneLine);
    assertEquals(1, GammaStack.scan(dir, GammaPar.read(par), 0).pairs().size());
  }

  /**
   * A 12-day pair acquired at 23:59:50 and at 00:00:05 twelve days later is named 13 days apart:
   * imported without times, Phase-Gradient-Stack read its rate 12/13 of the true one. The dates'
   * parameter files beside it give each acquisition's first_line_time (the .par's date plus its
   * start_time), written where SNAP's stacks hold them, and the rate is the true one.
   */
  @Test
  void theDatesParFilesGiveFirstLineTimesSoAPairAcrossMidnightSpansItsTrueDays() throws Exception {
    int w = 20;
    int h = 15;
    Path par = GammaFiles.writeAcquisitionPar(dir.resolve("20200101.slc.par"), w, h, "2020 01 01", 86390.0);
    Path secondPar = GammaFiles.writeAcquisitionPar(dir.resolve("20200114.rslc.par"), w, h, "2020 01 14", 5.0);
    float[] z = new float[2 * w * h];
    for (int k = 0; k < w * h; k++) {
      double phase = (3.0 * (k % w) - 4.0 * (k / w)) * 12 / 365.25; // 3 and -4 rad/px/yr over 12 days
      z[2 * k] = (float) Math.cos(phase);
      z[2 * k + 1] = (float) Math.sin(phase);
    }
    GammaFiles.writeFloats(dir.resolve("20200101_20200114.diff"), z);

    Product stack = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    MetadataElement root = stack.getMetadataRoot();
    assertEquals("01-JAN-2020 23:59:50.000000", root.getElement("Abstracted_Metadata")
        .getAttributeUTC("first_line_time").format());
    MetadataElement secondary = root.getElement("Secondary_Metadata").getElement("imported_14Jan2020");
    assertEquals("14-JAN-2020 00:00:05.000000", secondary.getAttributeUTC("first_line_time").format());
    assertEquals("20200114.rslc.par", secondary.getAttributeString("PRODUCT"));
    assertEquals(secondPar.toRealPath().toString(), root.getElement(ImportedStackOp.IMPORT_METADATA)
        .getAttributeString("first_line_time_14Jan2020"));
    assertEquals(3.0f, gradient(stack, "grad_rg")[7 * w + 9], 1e-3f); // 2.77 over the names' 13 days
    assertEquals(-4.0f, gradient(stack, "grad_az")[7 * w + 9], 1e-3f);
    // as bin/dlinsar import writes it
    File written = dir.resolve("imported.dim").toFile();
    ProductIO.writeProduct(stack, written, "BEAM-DIMAP", false);
    assertEquals(3.0f, gradient(ProductIO.readProduct(written), "grad_rg")[7 * w + 9], 1e-3f);

    // a date without its .par has no time, and every span is whole dates, as before
    Files.delete(secondPar);
    Product untimed = ImportedStackOp.of(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");
    assertNull(untimed.getMetadataRoot().getElement("Secondary_Metadata"));
    assertEquals(3.0f * 12 / 13, gradient(untimed, "grad_rg")[7 * w + 9], 1e-3f);
  }

  /**
   * A date's .par gives its time from start_time (seconds of the date line's day), or from the
   * date line where there is no start_time (ROI_PAC's conversions, as PyRate's Sydney files); a
   * time that does not fall on the file name's date, or none readable, gives no time.
   */
  @Test
  void aDatesParGivesItsTimeOnlyWhereItFallsOnThatDate() throws IOException {
    LocalDate day = LocalDate.of(2020, 1, 14);
    Path slc = GammaFiles.writeAcquisitionPar(dir.resolve("20200114.slc.par"), W, H, "2020 01 14", 2416.688145);
    assertEquals("14-JAN-2020 00:40:16.688145",
        GammaAcquisitionTimes.read(slc, day).orElseThrow().time().format());
    Path roipac = Files.writeString(dir.resolve("20200114_slc.par"), "date: 2020 01 14 8 28 59.6906\n");
    assertEquals("14-JAN-2020 08:28:59.690600",
        GammaAcquisitionTimes.read(roipac, day).orElseThrow().time().format());
    GammaFiles.writeAcquisitionPar(slc, W, H, "2020 01 13", 86395.5); // 13 Jan, 23:59:55.5
    assertTrue(GammaAcquisitionTimes.read(slc, day).isEmpty());
    GammaFiles.writeAcquisitionPar(slc, W, H, "2020 01 13", 86400.5); // 14 Jan, 00:00:00.5
    assertEquals("14-JAN-2020 00:00:00.500000", GammaAcquisitionTimes.read(slc, day).orElseThrow().time().format());
    Files.writeString(slc, "date: 2020 01 14\nstart_time: soon s\n");
    assertTrue(GammaAcquisitionTimes.read(slc, day).isEmpty());
    Files.writeString(slc, "date: 2020 01 14\n");
    assertTrue(GammaAcquisitionTimes.read(slc, day).isEmpty());
    // pairs' and DEM's parameter files are no date's
    Files.writeString(dir.resolve("20200114-20200126_base.par"), "date: 2020 01 14 8 28 59\n");
    Files.writeString(dir.resolve("20200114_20200126.mli.par"), "date: 2020 01 14 8 28 59\n");
    Files.delete(roipac);
    assertEquals(List.of(), GammaAcquisitionTimes.of(dir, List.of(day, day.plusDays(12))));
  }

  /**
   * PyRate's Sydney .par files (converted from ROI_PAC) give times of day from 01:18 to 23:18 UTC:
   * no repeat-pass stack's, and spans rounded from them moved by a day where the names are right
   * (15 Jan 21:48 to 19 Feb 01:18 rounds to 34 days, named 35). Times more than an hour apart in
   * time of day are all passed over; times within an hour across midnight are kept.
   */
  @Test
  void timesOfDayHoursApartAreNoRepeatPassStacksAndAreNotWritten() throws IOException {
    LocalDate jan = LocalDate.of(2007, 1, 15);
    LocalDate feb = LocalDate.of(2007, 2, 19);
    Files.writeString(dir.resolve("20070115_slc.par"), "date: 2007 01 15 21 48 23.124\n");
    Files.writeString(dir.resolve("20070219_slc.par"), "date: 2007 02 19 1 18 3.124\n");
    assertEquals(List.of(), GammaAcquisitionTimes.of(dir, List.of(jan, feb)));

    Files.writeString(dir.resolve("20070115_slc.par"), "date: 2007 01 15 23 48 23.124\n");
    Files.writeString(dir.resolve("20070219_slc.par"), "date: 2007 02 19 0 40 3.124\n");
    List<FirstLineTime> kept = GammaAcquisitionTimes.of(dir, List.of(jan, feb));
    assertEquals(2, kept.size());
    assertEquals(51 * 60 + 40, GammaAcquisitionTimes.spreadSeconds(kept), 1e-6);
  }

  /**
   * Real stacks keep their dates' parameter files apart from the interferograms: PyRate's Mexico
   * City crop in a {@code headers/} folder beside the interferograms' folder, named {@code
   * r<date>_VV_slc.par} and {@code r<date>_VV_8rlks_mli.par} (their start times 1 ms apart, one
   * acquisition); GAMMA's and LiCSAR's processing in {@code RSLC/<date>/<date>.rslc.par}. Each
   * gives its date's time as one beside the interferograms does; two files of one date whose
   * times are those of two acquisitions are named together rather than one taken.
   */
  @Test
  void datesParFilesInHeadersOrRslcDateFoldersGiveTheirTimesAndTwoAcquisitionsOfADateAreNamed()
      throws IOException {
    LocalDate jan = LocalDate.of(2018, 1, 6);
    LocalDate feb = LocalDate.of(2018, 1, 30);
    LocalDate mar = LocalDate.of(2018, 3, 7);
    Path stack = Files.createDirectories(dir.resolve("cropA"));
    Path ifgs = Files.createDirectories(stack.resolve("ifgs"));
    Path headers = Files.createDirectories(stack.resolve("headers"));
    GammaFiles.writeAcquisitionPar(headers.resolve("r20180106_VV_8rlks_mli.par"), W, H, "2018 01 06", 2412.557627);
    Path janSlc = GammaFiles.writeAcquisitionPar(headers.resolve("r20180106_VV_slc.par"), W, H, "2018 01 06", 2412.556599);
    Path febMli = GammaFiles.writeAcquisitionPar(headers.resolve("r20180130_VV_8rlks_mli.par"), W, H, "2018 01 30", 2411.0);
    Path marRslc = GammaFiles.writeAcquisitionPar(Files.createDirectories(stack.resolve("RSLC/20180307"))
        .resolve("20180307.rslc.par"), W, H, "2018 03 07", 2410.25);
    List<FirstLineTime> times = GammaAcquisitionTimes.of(ifgs, List.of(jan, feb, mar));
    assertEquals(List.of(jan, feb, mar), times.stream().map(FirstLineTime::date).toList());
    assertEquals("06-JAN-2018 00:40:12.557627", times.get(0).time().format()); // the first by name
    assertEquals(febMli, times.get(1).file());
    assertEquals("07-MAR-2018 00:40:10.250000", times.get(2).time().format());
    assertEquals(marRslc, times.get(2).file());

    // headers/ beside the interferograms themselves, and a date's rslc/ folder there
    Path flat = Files.createDirectories(dir.resolve("flat"));
    GammaFiles.writeAcquisitionPar(Files.createDirectories(flat.resolve("headers"))
        .resolve("20180106.mli.par"), W, H, "2018 01 06", 2412.5);
    GammaFiles.writeAcquisitionPar(Files.createDirectories(flat.resolve("rslc/20180130"))
        .resolve("20180130.rslc.mli.par"), W, H, "2018 01 30", 2411.5);
    assertEquals(List.of(jan, feb), GammaAcquisitionTimes.of(flat, List.of(jan, feb)).stream()
        .map(FirstLineTime::date).toList());

    // another acquisition's file of that date (another pass, hours later) beside the interferograms
    Path other = GammaFiles.writeAcquisitionPar(ifgs.resolve("20180106.slc.par"), W, H, "2018 01 06", 45000.0);
    IOException e = assertThrows(IOException.class, () -> GammaAcquisitionTimes.of(ifgs, List.of(jan, feb)));
    assertEquals(other + " (first line 06-JAN-2018 12:30:00.000000) and " + headers.resolve("r20180106_VV_8rlks_mli.par")
        + " (first line 06-JAN-2018 00:40:12.557627): two parameter files of 2018-01-06 whose first"
        + " lines lie 42587 s apart, two acquisitions' rather than one's; keep this stack's", e.getMessage());
    // the same acquisition beside them too: taken first, as before
    GammaFiles.writeAcquisitionPar(other, W, H, "2018 01 06", 2412.5);
    assertEquals(other, GammaAcquisitionTimes.of(ifgs, List.of(jan, feb)).get(0).file());
    Files.delete(janSlc); // the other file of the date agrees as well
    assertEquals(other, GammaAcquisitionTimes.of(ifgs, List.of(jan, feb)).get(0).file());
  }

  /**
   * The folders the import only looks into for the dates' parameter files (the stack folder's
   * parent, its headers/, a date's RSLC/ folder) may be another user's that this one can pass
   * through but not list (a home folder of mode 711): such a folder is passed over, as a file
   * that does not fit is. It stopped the import with java.nio.file.AccessDeniedException naming
   * the folder, a GeoTIFF stack's too, whose import had never looked there. Root lists every
   * folder, so the case does not arise for it and the test does not run.
   */
  @Test
  void foldersAroundTheStackThatCannotBeListedArePassedOver() throws IOException {
    LocalDate jan = LocalDate.of(2018, 1, 6);
    Path home = Files.createDirectories(dir.resolve("home"));
    Path ifgs = Files.createDirectories(home.resolve("ifgs"));
    Path headers = Files.createDirectories(ifgs.resolve("headers"));
    Path janFolder = Files.createDirectories(home.resolve("RSLC/20180106"));
    GammaFiles.writeAcquisitionPar(janFolder.resolve("20180106.rslc.par"), W, H, "2018 01 06", 2412.5);
    Set<PosixFilePermission> passThroughOnly = PosixFilePermissions.fromString("-wx------");
    Set<PosixFilePermission> all = PosixFilePermissions.fromString("rwx------");
    try {
      Files.setPosixFilePermissions(janFolder, passThroughOnly);
      assumeFalse(Files.isReadable(janFolder), "this user lists every folder (root)");
      assertEquals(List.of(), GammaAcquisitionTimes.of(ifgs, List.of(jan)));

      Files.setPosixFilePermissions(janFolder, all);
      Files.setPosixFilePermissions(headers, passThroughOnly);
      assertEquals(List.of(jan), GammaAcquisitionTimes.of(ifgs, List.of(jan)).stream()
          .map(FirstLineTime::date).toList(), "the date's folder, listed again, is read");

      Files.setPosixFilePermissions(home, passThroughOnly);
      assertEquals(List.of(), GammaAcquisitionTimes.of(ifgs, List.of(jan)));
    } finally {
      for (Path folder : List.of(home, headers, janFolder)) {
        Files.setPosixFilePermissions(folder, all);
      }
    }
  }

  private static float[] gradient(Product stack, String band) throws IOException {
    Product target = GPF.createProduct("Phase-Gradient-Stack", Map.of(), stack);
    return read(target, band);
  }

  /** fcomplex fringes of varying amplitude, as a GAMMA .diff holds. */
  private static float[] fringes(int w, int h) {
    float[] z = new float[2 * w * h];
    for (int k = 0; k < w * h; k++) {
      double amplitude = 3.7 + 1000 * Math.abs(Math.sin(0.013 * k));
      double phase = 0.31 * (k % w) + 0.17 * (k / w);
      z[2 * k] = (float) (amplitude * Math.cos(phase));
      z[2 * k + 1] = (float) (amplitude * Math.sin(phase));
    }
    return z;
  }

  private static float[] readComplex(Product stack, String suffix) throws IOException {
    float[] i = read(stack, "i_ifg_" + suffix);
    float[] q = read(stack, "q_ifg_" + suffix);
    float[] z = new float[2 * i.length];
    for (int k = 0; k < i.length; k++) {
      z[2 * k] = i[k];
      z[2 * k + 1] = q[k];
    }
    return z;
  }
}
