package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GAMMA's base_perp tables of an imported stack's pairs become SNAP's Baselines, which
 * Local-SBAS's DEM-error fit reads: the dates' baselines solved from the pairs', read where the
 * stack lies in the radar frame, with R sin(incidence) there.
 */
class GammaBaselinesTest {

  private static final int W = 8;
  private static final int H = 6;
  /** Each date's baseline to the first at range sample 0; the tables shrink it by 10 % per 1000 samples. */
  private static final double[] DATES_METRES = {0, 40, -25, 60};
  private static final String[] DAYS = {"20200101", "20200113", "20200125", "20200206"};
  private static final double NEAR_RANGE = 800_000;
  private static final double RANGE_SPACING = 20;
  private static final double SAR_TO_CENTRE = 7_073_899;
  private static final double EARTH_RADIUS = 6_375_869;

  @TempDir Path dir;

  /**
   * R sin(incidence) at slant range R over GAMMA's spherical earth: the look angle by the law of
   * cosines, the incidence by the law of sines.
   */
  private static double rangeTimesSin(double range) {
    double look = Math.acos((SAR_TO_CENTRE * SAR_TO_CENTRE + range * range - EARTH_RADIUS * EARTH_RADIUS)
        / (2 * SAR_TO_CENTRE * range));
    return range * Math.sin(look) * SAR_TO_CENTRE / EARTH_RADIUS;
  }

  @Test
  void theDatesBaselinesAreSolvedFromThePairsTablesAtTheStacksCentreAndLocalSbasReadsThem() throws IOException {
    Path par = mliPar(dir.resolve("20200101.rmli.par"));
    int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {0, 2}};
    for (int[] p : pairs) {
      String name = DAYS[p[0]] + "_" + DAYS[p[1]];
      GammaFiles.writeFloats(dir.resolve(name + ".diff"), new float[2 * W * H]);
      bperpTable(dir.resolve(DAYS[p[0]] + "-" + DAYS[p[1]] + "_VV_8rlks_bperp.par"),
          DATES_METRES[p[1]] - DATES_METRES[p[0]]);
    }

    Product stack = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    // in radar geometry the stack's centre is its centre pixel: line 3, range sample 4
    double shrink = 1 - 0.1 * 4 / 1000;
    List<LocalDate> dates = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 13),
        LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 6));
    PerpendicularBaselines read = PerpendicularBaselines.of(List.of(stack), dates, W);
    assertTrue(read.known(), read.missing());
    double[] expected = new double[DATES_METRES.length];
    for (int d = 0; d < expected.length; d++) {
      expected[d] = DATES_METRES[d] * shrink;
    }
    assertArrayEquals(expected, read.metres(), 1e-6);
    // each column's own, from its slant range and incidence on GAMMA's sphere: the import writes the
    // MLI's near_range_slc as slant_range_to_first_pixel, and the incidence at the first and last columns
    for (int x : new int[] {0, 4, W - 1}) {
      assertEquals(rangeTimesSin(NEAR_RANGE + x * RANGE_SPACING), read.rangeTimesSinIncidence(x), 1e-3, "column " + x);
    }
    String note = origin(stack).getAttributeString("baselines");
    assertTrue(note.startsWith("GAMMA base_perp tables of 4 of 4 pairs, at line 3.0, range sample 4.0 (the"
        + " stack's centre, in radar geometry); pairs agree within 0.00 m RMS"), note);
  }

  /**
   * A stack formed against a reference mid-series (20200125) names its earlier pairs later date
   * first, and GAMMA's base_perp gives each file's second image less its first: 20200125-20200101
   * holds the first date's baseline less the third's. Read in date order without that sign, every
   * earlier date's baseline came out negated (no pair is redundant, so nothing disagreed).
   */
  @Test
  void tablesNamedLaterDateFirstHoldTheEarlierDatesBaselineLessTheLaters() throws IOException {
    Path par = mliPar(dir.resolve("20200101.rmli.par"));
    int reference = 2;
    for (int d : new int[] {0, 1, 3}) {
      String first = DAYS[reference];
      String second = DAYS[d];
      GammaFiles.writeFloats(dir.resolve(first + "_" + second + ".diff"), new float[2 * W * H]);
      bperpTable(dir.resolve(first + "-" + second + "_VV_8rlks_bperp.par"),
          DATES_METRES[d] - DATES_METRES[reference]);
    }

    Product stack = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    double shrink = 1 - 0.1 * 4 / 1000;
    PerpendicularBaselines read = PerpendicularBaselines.of(List.of(stack), List.of(LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 1, 13), LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 6)), W);
    assertTrue(read.known(), read.missing());
    double[] expected = new double[DATES_METRES.length];
    for (int d = 0; d < expected.length; d++) {
      expected[d] = DATES_METRES[d] * shrink;
    }
    assertArrayEquals(expected, read.metres(), 1e-6);
  }

  @Test
  void tablesThatLeaveADateUnlinkedOrNoneAtAllGiveNoBaselinesAndSaySo() throws IOException {
    Path par = mliPar(dir.resolve("20200101.rmli.par"));
    for (int[] p : new int[][] {{0, 1}, {2, 3}}) {
      GammaFiles.writeFloats(dir.resolve(DAYS[p[0]] + "_" + DAYS[p[1]] + ".diff"), new float[2 * W * H]);
    }
    Product without = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");
    assertTrue(origin(without).getAttributeString("baselines").startsWith("none: no GAMMA base_perp table"),
        origin(without).getAttributeString("baselines"));

    bperpTable(dir.resolve("20200101-20200113_bperp.par"), 40);
    bperpTable(dir.resolve("20200125-20200206_bperp.par"), 85);
    Product split = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");
    assertEquals("none: 2 GAMMA base_perp tables of the 2 pairs leave some of the 4 dates unlinked",
        origin(split).getAttributeString("baselines"));
    MetadataElement abs = split.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(null, abs.getElement("Baselines"));
  }

  /**
   * A first date's MLI file without GAMMA's slant geometry (a header converted by another tool)
   * leaves the stack without baselines, said in its metadata, as the contract has it: the
   * import failed.
   */
  @Test
  void anMliFileWithoutTheSlantGeometryGivesNoBaselinesAndSaysSo() throws IOException {
    Path par = mliPar(dir.resolve("20200101.rmli.par"));
    Files.writeString(par, Files.readString(par).replaceAll("(?m)^sar_to_earth_center:.*\\R", ""));
    for (int[] p : new int[][] {{0, 1}, {1, 2}, {2, 3}}) {
      GammaFiles.writeFloats(dir.resolve(DAYS[p[0]] + "_" + DAYS[p[1]] + ".diff"), new float[2 * W * H]);
      bperpTable(dir.resolve(DAYS[p[0]] + "-" + DAYS[p[1]] + "_bperp.par"), 10 * p[1]);
    }

    Product stack = ImportedStacks.product(GammaStack.scan(dir, GammaPar.read(par), 0), "imported");

    assertEquals("none: " + par + ": no sar_to_earth_center, which the slant range and incidence need",
        origin(stack).getAttributeString("baselines"));
  }

  /**
   * Without base_perp tables, the pairs' baseline vectors and the MLI's geometry give the same
   * perpendicular baselines as GAMMA's base_perp: PyRate's Mexico City pair 20180106-20180130, its
   * base.par and MLI timing and geometry, against two rows of its bperp.par (line 0, range 0:
   * 32.9386 m; line 4500, range 8400: 28.0833 m).
   */
  @Test
  void aBaselineVectorGivesWhatGammasBasePerpDoes() throws IOException {
    Path base = Files.writeString(dir.resolve("20180106-20180130_VV_8rlks_base.par"),
        "initial_baseline(TCN):         -0.1536945       40.1145103        4.5090025   m   m   m\n"
            + "initial_baseline_rate:          0.0000000        0.0636107        0.0126167   m/s m/s m/s\n"
            + "precision_baseline(TCN):        0.0000000       40.1010426        4.5164084   m   m   m\n"
            + "precision_baseline_rate:        0.0000000        0.0703755        0.0082572   m/s m/s m/s\n"
            + "unwrap_phase_constant:           -0.00001     radians\n");
    Path mli = Files.writeString(dir.resolve("r20180106_VV_8rlks_mli.par"), "range_samples:   8514\n"
        + "azimuth_lines:   4541\nstart_time:  2412.557627   s\ncenter_time:  2421.889852   s\n"
        + "azimuth_line_time:  4.1111126e-03   s\nrange_pixel_spacing:  18.636496   m\n"
        + "near_range_slc:  798988.2904  m\nsar_to_earth_center:  7073899.1954   m\n"
        + "earth_radius_below_sensor:  6375868.9414   m\n");
    GammaBaselineVector vector = GammaBaselineVector.read(base);
    GammaSlantGeometry geometry = GammaSlantGeometry.read(mli);
    assertEquals(32.9386, vector.bperpAt(geometry, 0, 0), 0.01);
    assertEquals(28.0833, vector.bperpAt(geometry, 4500, 8400), 0.01);
    // base_perp's look angles there, 27.496918 and 40.342705 deg
    assertEquals(27.496918, Math.toDegrees(geometry.lookRad(0)), 0.02);
    assertEquals(40.342705, Math.toDegrees(geometry.lookRad(8400)), 0.02);
  }

  private static MetadataElement origin(Product stack) {
    return stack.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA);
  }

  private static Path mliPar(Path file) throws IOException {
    GammaFiles.writePar(file, W, H, 5.405e9);
    String written = Files.readString(file).replace("range_pixel_spacing:         2.329562",
        "range_pixel_spacing:         " + RANGE_SPACING);
    return Files.writeString(file, written + String.format(Locale.ROOT,
        "near_range_slc:  %.4f  m%nsar_to_earth_center:  %.4f   m%nearth_radius_below_sensor:  %.4f   m%n",
        NEAR_RANGE, SAR_TO_CENTRE, EARTH_RADIUS));
  }

  /**
   * A base_perp table over lines 0 and 1000 and range samples 0, 500 and 1000: the pair's
   * baseline {@code metres} at range 0, 10 % less per 1000 samples; look angle 30 deg at range 0,
   * 4 deg more per 1000 samples.
   */
  private static void bperpTable(Path file, double metres) throws IOException {
    StringBuilder text = new StringBuilder("*** Calculate baseline components perpendicular and parallel to"
        + " look vector ***\n\n  line   range      B_t       B_c        B_n     look angle      bpara"
        + "       bperp       blen\n" + "*".repeat(96) + "\n");
    for (int line : new int[] {0, 1000}) {
      for (int range : new int[] {0, 500, 1000}) {
        text.append(String.format(Locale.ROOT, "%6d %6d %10.4f %10.4f %10.4f %12.6f %10.4f %11.4f %10.4f%n",
            line, range, 0.0, 39.0, 4.4, 30 + 0.004 * range, 22.0, metres * (1 - 0.1 * range / 1000), 40.0));
      }
    }
    Files.writeString(file, text + "\nuser time (s):         0.000\n");
  }
}
