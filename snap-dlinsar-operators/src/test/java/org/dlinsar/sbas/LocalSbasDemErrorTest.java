package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local-SBAS's DEM-error fit on a noise-free bowl whose middle stands on ground the DEM has
 * {@value #HEIGHT_ERROR_METRES} m too low (a spoil heap newer than the DEM), the stack's metadata
 * holding the baselines and geometry as SNAP's CreateStack and InterferogramOp leave them.
 */
class LocalSbasDemErrorTest {

  static final double HEIGHT_ERROR_METRES = 60;
  /** Where the DEM errs: inside the bowl's box, off its reference ring. */
  static final PixelBox HEAP = new PixelBox(36, 31, 44, 39);
  static final double FIRST_RANGE_METRES = 850_000;
  static final double RANGE_SPACING_METRES = 2.3;
  static final double INCIDENCE_DEG = 39;
  static final int W = LocalSbasOpTest.W;
  static final int H = LocalSbasOpTest.H;

  /** Each date's perpendicular baseline to the first, metres: spread, not following time. */
  static double baseline(int date) {
    return 80 * Math.sin(2.3 * date + 0.4);
  }

  private static double rangeTimesSin(int x) {
    return (FIRST_RANGE_METRES + x * RANGE_SPACING_METRES) * Math.sin(Math.toRadians(INCIDENCE_DEG));
  }

  private static Product stack(boolean withBaselines) {
    return stack(withBaselines, LocalSbasDemErrorTest::rangeTimesSin);
  }

  /** The stack, its DEM error's phase seen at R sin(incidence) {@code rangeTimesSin} of the column. */
  private static Product stack(boolean withBaselines, java.util.function.IntToDoubleFunction rangeTimesSin) {
    return stack(withBaselines, rangeTimesSin, SbasInversionTest.network(12, 3));
  }

  private static Product stack(boolean withBaselines, java.util.function.IntToDoubleFunction rangeTimesSin,
      List<Pair> pairs) {
    Product p = StackFixtures.product("heap", W, H);
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    double lambda = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    for (Pair pair : pairs) {
      int ref = date(pair.reference());
      int sec = date(pair.secondary());
      float[] phase = new float[W * H];
      for (int i = 0; i < phase.length; i++) {
        int x = i % W;
        double mm = LocalSbasOpTest.velocity(x, i / W) * pair.spanYears();
        double dh = HEAP.contains(x, i / W) ? HEIGHT_ERROR_METRES : 0;
        // SNAP's sign: -(4 pi / lambda) B_perp dh / (R sin(incidence)) for reference times conjugate secondary
        double topographic = -4 * Math.PI / lambda * (baseline(sec) - baseline(ref)) * dh
            / rangeTimesSin.applyAsDouble(x);
        phase[i] = (float) (-4 * Math.PI / lambda * mm / 1000 + topographic);
      }
      String suffix = "VV_" + pair;
      StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(W * H, 0.8f));
      StackFixtures.addFloatBand(p, BandNames.unwrappedPhase(suffix), BandNames.UNIT_ABS_PHASE, phase);
    }
    MetadataElement abs = p.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeDouble("slant_range_to_first_pixel", FIRST_RANGE_METRES);
    abs.setAttributeDouble("range_spacing", RANGE_SPACING_METRES);
    abs.setAttributeDouble("incidence_near", INCIDENCE_DEG);
    abs.setAttributeDouble("incidence_far", INCIDENCE_DEG);
    if (withBaselines) {
      // CreateStack's layout: one Ref_ per image; here the fourth image's
      MetadataElement ref = new MetadataElement("Ref_" + BandNames.formatDate(LocalSbasOpTest.START.plusDays(36)));
      for (int d = 0; d < 12; d++) {
        MetadataElement secondary = new MetadataElement("Secondary_"
            + BandNames.formatDate(LocalSbasOpTest.START.plusDays(12L * d)));
        secondary.setAttributeDouble("Perp Baseline", baseline(d) - baseline(3));
        ref.addElement(secondary);
      }
      MetadataElement baselines = new MetadataElement("Baselines");
      baselines.addElement(ref);
      abs.addElement(baselines);
    }
    LocalSbasOpTest.addDetections(p, LocalSbasOpTest.BOWL);
    return p;
  }

  private static int date(java.time.LocalDate date) {
    return (int) (java.time.temporal.ChronoUnit.DAYS.between(LocalSbasOpTest.START, date) / 12);
  }

  @TempDir Path dir;

  /**
   * A terrain-corrected stack (a LiCSAR frame's, say) knows R sin(incidence) at its centre alone, from
   * the Height of Ambiguity; with each pixel's incidence (here 30 degrees at the first column to 46 at
   * the last, a Sentinel-1 frame's) the DEM's error is fitted at each pixel's own, R from a sphere of
   * the Earth's mean radius seen from Sentinel-1's orbit: the heap, 5 to 12 columns off the centre,
   * reads its 60 m, where the centre's R sin(incidence) would read 61.7 to 64.3.
   */
  @Test
  void onATerrainCorrectedStackEachPixelsIncidenceScalesItsDemError() throws Exception {
    double atCentre = rangeTimesSin(W / 2);
    java.util.function.IntToDoubleFunction incidence = x -> 30 + 16.0 * x / (W - 1);
    java.util.function.IntToDoubleFunction onSphere = x -> onSphere(incidence.applyAsDouble(x));
    Product p = stack(true, x -> atCentre * onSphere.applyAsDouble(x) / onSphere.applyAsDouble(W / 2));
    MetadataElement abs = p.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeInt("is_terrain_corrected", 1);
    double lambda = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    for (MetadataElement secondary : abs.getElement("Baselines").getElements()[0].getElements()) {
      double b = secondary.getAttributeDouble("Perp Baseline");
      secondary.setAttributeDouble("Height of Ambiguity", b == 0 ? 0 : -lambda * atCentre / (2 * b));
    }
    float[] degrees = new float[W * H];
    for (int i = 0; i < degrees.length; i++) {
      degrees[i] = (float) incidence.applyAsDouble(i % W);
    }
    StackFixtures.addFloatBand(p, org.dlinsar.ifg.LineOfSight.INCIDENCE_BAND, "deg", degrees);

    float[] dh = LocalSbasOpTest.read(LocalSbasOpTest.op(p, "margin", 16).getTargetProduct(), BandNames.DEM_ERROR);

    for (int y = HEAP.y0(); y < HEAP.y1(); y++) {
      for (int x = HEAP.x0(); x < HEAP.x1(); x++) {
        assertEquals(HEIGHT_ERROR_METRES, dh[y * W + x], 0.05, "dem_error at " + x + "," + y);
      }
    }
    assertTrue(onSphere.applyAsDouble(W / 2) / onSphere.applyAsDouble(HEAP.x0()) > 1.07,
        "the centre's R sin(incidence) would read the heap's nearest column 7 % high");
  }

  /**
   * R sin(i) where the ground is seen at incidence i from Sentinel-1's orbit over the mean Earth: the
   * look angle g at the satellite by the law of sines, sin g = Re sin i / Rs, and R = Re sin(i - g) / sin g.
   */
  private static double onSphere(double incidenceDeg) {
    double earth = 6_371_000;
    double satellite = earth + 693_000;
    double i = Math.toRadians(incidenceDeg);
    double look = Math.asin(earth * Math.sin(i) / satellite);
    return earth * Math.sin(i - look) / Math.sin(look) * Math.sin(i);
  }

  @Test
  void theHeapsHeightErrorIsFittedAndLeavesVelocityAndSeriesAsTheMotionAlone() throws Exception {
    Product target = LocalSbasOpTest.op(stack(true), "margin", 16, "timeSeriesFile", dir.resolve("out.dim").toFile())
        .getTargetProduct();
    float[] dh = LocalSbasOpTest.read(target, BandNames.DEM_ERROR);
    assertEquals("m", target.getBand(BandNames.DEM_ERROR).getUnit());
    float[] v = LocalSbasOpTest.read(target, BandNames.VELOCITY);
    float[] last = LocalSbasOpTest.read(target, BandNames.displacement(LocalSbasOpTest.START.plusDays(132)));
    double ringMotion = LocalSbasOpTest.velocity(50 + 12, 35);
    for (int y = LocalSbasOpTest.BOWL.y0(); y < LocalSbasOpTest.BOWL.y1(); y++) {
      for (int x = LocalSbasOpTest.BOWL.x0(); x < LocalSbasOpTest.BOWL.x1(); x++) {
        int i = y * W + x;
        double trueV = LocalSbasOpTest.velocity(x, y) - ringMotion;
        assertEquals(HEAP.contains(x, y) ? HEIGHT_ERROR_METRES : 0, dh[i], 0.05, "dem_error at " + x + "," + y);
        assertEquals(trueV, v[i], 0.05, "velocity at " + x + "," + y);
        assertEquals(trueV * 132 / Pair.DAYS_PER_YEAR, last[i], 0.05, "last displacement at " + x + "," + y);
      }
    }
    assertTrue(Float.isNaN(dh[2 * W + 2]), "NaN outside the patch");
    MetadataElement sbas = target.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    assertTrue(sbas.getAttributeString("dem_error").startsWith("fitted"), sbas.getAttributeString("dem_error"));
    assertEquals(HEIGHT_ERROR_METRES, sbas.getElement("detection.1").getAttributeDouble("dem_error_m"), 0.05,
        "the bowl's peak (40, 35) stands on the heap");
    List<String> rows = Files.readAllLines(dir.resolve("out.timeseries.csv"));
    int column = List.of(rows.get(0).split(",")).indexOf("dem_error_m");
    assertEquals(7, column, rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      assertEquals(HEIGHT_ERROR_METRES, Double.parseDouble(row.split(",", -1)[column]), 0.05, row);
    }
  }

  @Test
  void withoutTheFitTheHeapPassesForMotion() throws Exception {
    Product target = LocalSbasOpTest.op(stack(true), "margin", 16, "demError", false).getTargetProduct();
    assertNull(target.getBand(BandNames.DEM_ERROR));
    double ringMotion = LocalSbasOpTest.velocity(50 + 12, 35);
    int peak = 35 * W + 40;
    double worst = 0;
    for (int d = 0; d < 12; d++) {
      float[] series = LocalSbasOpTest.read(target, BandNames.displacement(LocalSbasOpTest.START.plusDays(12L * d)));
      double trueD = (LocalSbasOpTest.velocity(40, 35) - ringMotion) * 12 * d / Pair.DAYS_PER_YEAR;
      worst = Math.max(worst, Math.abs(series[peak] - trueD));
    }
    // the dates' baselines reach 111 m from the first's: 60 m of height seem up to 12 mm of motion
    assertTrue(worst > 5, "worst displacement error " + worst + " mm");
    assertEquals("not asked for (demError false)",
        target.getMetadataRoot().getElement(SbasSummary.ELEMENT).getAttributeString("dem_error"));
  }

  /**
   * Pairs that leave the dates in two groups (none across the sixth date) give no pixel whose
   * pairs link every date, which the fit needs: no dem_error band, and the metadata says why; it
   * said "fitted from the series" over a band NaN everywhere.
   */
  @Test
  void pairsInTwoGroupsGetNoFitAndSayWhy() throws Exception {
    List<Pair> apart = SbasInversionTest.network(12, 3).stream()
        .filter(pair -> date(pair.reference()) >= 6 || date(pair.secondary()) < 6).toList();
    Product target = LocalSbasOpTest.op(stack(true, LocalSbasDemErrorTest::rangeTimesSin, apart), "margin", 16)
        .getTargetProduct();

    assertNull(target.getBand(BandNames.DEM_ERROR));
    assertEquals("the pairs leave the dates in 2 groups, and the fit needs every date linked",
        target.getMetadataRoot().getElement(SbasSummary.ELEMENT).getAttributeString("dem_error"));
  }

  @Test
  void aStackWithoutBaselinesGetsNoFitAndSaysWhy() throws Exception {
    Product target = LocalSbasOpTest.op(stack(false), "margin", 16).getTargetProduct();
    assertNull(target.getBand(BandNames.DEM_ERROR));
    assertTrue(target.getMetadataRoot().getElement(SbasSummary.ELEMENT).getAttributeString("dem_error")
        .contains("no Abstracted_Metadata/Baselines"));
    assertTrue(target.getMetadataRoot().getElement(SbasSummary.ELEMENT).getElement("detection.1")
        .getAttribute("dem_error_m") == null);
  }
}
