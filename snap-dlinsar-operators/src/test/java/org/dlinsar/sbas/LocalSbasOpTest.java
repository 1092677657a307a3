package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.ifg.TwoReadsAtOnce;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.parts.PartHeap;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local-SBAS as an operator, on a stack with exact phases: a bowl subsiding at a known rate,
 * its interferograms given unwrapped (Unw_Phase_ifg_*) as DL-Unwrap writes them, so the operator's
 * wiring (detections in, bands, CSV, metadata, scope) is checked without an unwrapper.
 */
class LocalSbasOpTest {

  static final int W = 96;
  static final int H = 80;
  static final PixelBox BOWL = new PixelBox(30, 25, 50, 45);
  static final double PEAK_MM_PER_YEAR = -60;
  static final LocalDate START = LocalDate.of(2021, 1, 4);

  @TempDir
  Path dir;

  /** Velocity of the bowl, mm/year: a Gaussian of sigma 4 px at the box's centre. */
  static double velocity(int x, int y) {
    return velocity(x, y, PEAK_MM_PER_YEAR);
  }

  private static double velocity(int x, int y, double peakMmPerYear) {
    double dx = x - 40;
    double dy = y - 35;
    return peakMmPerYear * Math.exp(-(dx * dx + dy * dy) / (2 * 16.0));
  }

  /** 12 dates, each paired with its next 3; wrapped i/q, coherence 0.8 and exact unwrapped phase. */
  static Product bowlStack(boolean withUnwrapped) {
    return bowlStack(SbasInversionTest.network(12, 3), withUnwrapped);
  }

  /** The bowl in the interferograms of {@code pairs}. */
  static Product bowlStack(List<Pair> pairs, boolean withUnwrapped) {
    return bowlStack(pairs, withUnwrapped, PEAK_MM_PER_YEAR);
  }

  private static Product bowlStack(List<Pair> pairs, boolean withUnwrapped, double peakMmPerYear) {
    Product p = StackFixtures.product("bowl", W, H);
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    double lambda = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    for (Pair pair : pairs) {
      float[] phase = new float[W * H];
      for (int i = 0; i < phase.length; i++) {
        double mm = velocity(i % W, i / W, peakMmPerYear) * pair.spanYears();
        phase[i] = (float) (-4 * Math.PI / lambda * mm / 1000);
      }
      String suffix = "VV_" + pair;
      StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(W * H, 0.8f));
      if (withUnwrapped) {
        StackFixtures.addFloatBand(p, BandNames.unwrappedPhase(suffix), BandNames.UNIT_ABS_PHASE,
            phase);
      }
    }
    return p;
  }

  static void addDetections(Product p, PixelBox... boxes) {
    MetadataElement e = new MetadataElement("Detections");
    e.setAttributeInt("count", boxes.length);
    for (int k = 0; k < boxes.length; k++) {
      MetadataElement d = new MetadataElement("detection." + (k + 1));
      d.setAttributeInt("id", k + 1);
      d.setAttributeString("class", "subsidence");
      d.setAttributeDouble("score", 0.9);
      d.setAttributeString("bbox_px", boxes[k].x0() + "," + boxes[k].y0() + "," + boxes[k].x1()
          + "," + boxes[k].y1());
      e.addElement(d);
    }
    p.getMetadataRoot().addElement(e);
  }

  /** The operator with its defaults and the given parameters (name, value, ...). */
  static LocalSbasOp op(Product source, Object... params) {
    LocalSbasOp op = new LocalSbasOp();
    op.setParameterDefaultValues();
    op.setSourceProduct(source);
    for (int k = 0; k < params.length; k += 2) {
      op.setParameter((String) params[k], params[k + 1]);
    }
    return op;
  }

  static float[] read(Product target, String band) throws Exception {
    Band b = target.getBand(band);
    assertTrue(b != null, "band " + band);
    return b.readPixels(0, 0, W, H, new float[W * H]);
  }

  @Test
  void givesTheBowlsVelocityAndSeriesInsideItsPatchAndNaNOutside() throws Exception {
    Product source = bowlStack(true);
    for (org.esa.snap.core.datamodel.Band band : source.getBands()) {
      if (band.getName().startsWith("Unw_Phase_ifg_")) {
        band.setDescription("DL-Unwrap DL (model punet-unwrap 1.1.0, checked by CLASSICAL): unwrapped phase");
      }
    }
    addDetections(source, BOWL);
    Path csv = dir.resolve("out.dim");
    Product target = op(source, "margin", 16, "timeSeriesFile", csv.toFile())
        .getTargetProduct();

    float[] v = read(target, "velocity");
    // the ring (8 to 16 px from the box) moves a little too: the truth relative to its median
    double ringMotion = velocity(50 + 12, 35);
    assertEquals(PEAK_MM_PER_YEAR - ringMotion, v[35 * W + 40], 0.5);
    assertEquals("mm/year", target.getBand("velocity").getUnit());
    assertTrue(Float.isNaN(v[2 * W + 2]), "NaN outside the patch");
    float[] last = read(target, BandNames.displacement(START.plusDays(12 * 11)));
    double years = 132 / Pair.DAYS_PER_YEAR;
    assertEquals((PEAK_MM_PER_YEAR - ringMotion) * years, last[35 * W + 40], 0.2);
    assertTrue(read(target, "rms_residual")[35 * W + 40] < 0.1);
    assertEquals(1, read(target, "temporal_coherence")[35 * W + 40], 1e-4);
    assertTrue(Float.isNaN(read(target, "temporal_coherence")[2 * W + 2]), "NaN outside the patch");
    // the series lies on its line (rms_residual < 0.1 mm): the velocity's standard error is near 0
    float[] std = read(target, "velocity_std");
    assertEquals("mm/year", target.getBand("velocity_std").getUnit());
    assertTrue(std[35 * W + 40] >= 0 && std[35 * W + 40] < 0.1, "velocity_std " + std[35 * W + 40]);
    assertTrue(Float.isNaN(std[2 * W + 2]), "NaN outside the patch");
    for (int i = 0; i < W * H; i++) {
      assertEquals(Float.isNaN(v[i]), Float.isNaN(std[i]), "velocity_std NaN where velocity is, pixel " + i);
    }

    List<String> rows = Files.readAllLines(dir.resolve("out.timeseries.csv"));
    assertEquals(TimeSeriesCsv.HEADER, rows.get(0));
    assertEquals(1 + 12, rows.size());
    assertTrue(rows.get(12).startsWith("1,2021-05-16,"), rows.get(12));
    MetadataElement meta = target.getMetadataRoot().getElement("Local_SBAS");
    assertEquals("0", meta.getAttributeString("closure_corrections"));
    assertEquals("40,35", meta.getElement("detection.1").getAttributeString("peak_px"));
    assertEquals(1, meta.getElement("detection.1").getAttributeDouble("temporal_coherence"), 1e-4);
    String[] cells = rows.get(12).split(",", -1);
    assertEquals(10, cells.length, rows.get(12));
    assertEquals("", cells[4] + cells[5], "no geocoding, no peak_lon,peak_lat: " + rows.get(12));
    double peakStd = meta.getElement("detection.1").getAttributeDouble("velocity_std_mm_per_year");
    assertEquals(std[35 * W + 40], peakStd, 1e-6, "the metadata's at the peak");
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", peakStd), cells[6], "the CSV's seventh column");
    assertEquals("NaN", cells[7], "no baselines in this stack, no DEM error fitted");
    assertFalse(meta.getElement("detection.1").containsAttribute("peak_lon"), "no geocoding, no peak_lon");
    assertEquals("DL-Unwrap DL (model punet-unwrap 1.1.0, checked by CLASSICAL)", meta.getAttributeString("unwrapping"),
        "the metadata says how the phases it took were unwrapped");
  }

  /**
   * The series is placed where it was measured, the peak pixel (40, 35), at its centre (40.5, 35.5
   * in SNAP's pixel coordinates), not at the detection's box: on a north-up grid of 0.0005 degrees
   * whose pixel (0, 0) is centred at -99.1, 19.45 that is -99.08, 19.4325 (its corner, 40, 35,
   * would be -99.08025, 19.43275).
   */
  @Test
  void aPatchReadsItsInterferogramsSeveralAtOnce() throws Exception {
    assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1, "no common pool worker to read beside the patch's thread");
    Product source = bowlStack(true);
    addDetections(source, BOWL);
    // the patches of a frame share its upstream tiles: read in turn, their threads take turns
    TwoReadsAtOnce.withEngineThreads(2, () -> assertArrayEquals(
        read(op(source, "margin", 16).getTargetProduct(), "velocity"),
        read(op(TwoReadsAtOnce.of(source), "margin", 16).getTargetProduct(), "velocity")));
  }

  @Test
  void theCsvAndTheMetadataPlaceTheSeriesAtThePeakPixelsCentre() throws Exception {
    Product source = bowlStack(true);
    source.setSceneGeoCoding(new GridGeoCoding(new GeoTiffGrid(W, H, -99.1, 19.45, 0.0005, -0.0005)));
    addDetections(source, BOWL);

    Product target = op(source, "margin", 16, "timeSeriesFile", dir.resolve("out.dim").toFile())
        .getTargetProduct();

    List<String> rows = Files.readAllLines(dir.resolve("out.timeseries.csv"));
    assertEquals("id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,velocity_std_mm_per_year,"
        + "dem_error_m,velocity_downslope_mm_per_year,velocity_downslope_std_mm_per_year", rows.get(0));
    assertEquals(1 + 12, rows.size());
    for (String row : rows.subList(1, rows.size())) {
      assertTrue(row.startsWith("1,") && row.contains(",-99.0800000,19.4325000,"), row);
    }
    MetadataElement d = target.getMetadataRoot().getElement("Local_SBAS").getElement("detection.1");
    assertEquals("40,35", d.getAttributeString("peak_px"));
    assertEquals(-99.08, d.getAttributeDouble("peak_lon"), 1e-9);
    assertEquals(19.4325, d.getAttributeDouble("peak_lat"), 1e-9);
  }

  @Test
  void withoutTimeSeriesFileTheCsvGoesBesideTheProductAsItIsWritten() throws Exception {
    // CONTRACT.md section 4: <target name>.timeseries.csv by default; the writer says where it goes
    Product source = bowlStack(true);
    addDetections(source, BOWL);
    read(op(source, "margin", 16).getTargetProduct(), "velocity");
    try (var nothing = Files.list(dir)) {
      assertEquals(0, nothing.count(), "a product only read (a view) writes no CSV");
    }

    ProductIO.writeProduct(op(source, "margin", 16).getTargetProduct(), dir.resolve("out/sbas.dim").toFile(),
        "BEAM-DIMAP", false);

    List<String> rows = Files.readAllLines(dir.resolve("out/sbas.timeseries.csv"));
    assertEquals(TimeSeriesCsv.HEADER, rows.get(0));
    assertEquals(1 + 12, rows.size(), "a row per date of the one detection");
  }

  /** Beside the product as SNAP's DIMAP writer names it: sbas.DIM is written as sbas.DIM.dim. */
  @Test
  void theCsvGoesBesideTheProductAsSnapsDimapWriterNamesIt() throws Exception {
    Product source = bowlStack(true);
    addDetections(source, BOWL);

    ProductIO.writeProduct(op(source, "margin", 16).getTargetProduct(), dir.resolve("out/sbas.DIM").toFile(),
        "BEAM-DIMAP", false);

    assertTrue(Files.isRegularFile(dir.resolve("out/sbas.DIM.dim")));
    assertEquals(1 + 12, Files.readAllLines(dir.resolve("out/sbas.DIM.timeseries.csv")).size());
    assertFalse(Files.exists(dir.resolve("out/sbas.timeseries.csv")));
  }

  @Test
  void scopeFullGivesTheSameBandsWhateverTheTilesAskedFor() throws Exception {
    // each block of the frame is its own patch: solved per tile, a hint of 128 x 5 moved
    // velocities by up to 407 mm/year on a test product
    Product source = bowlStack(true);
    Map<String, Object> params = Map.of("scope", "FULL");
    Product byDefault = GPF.createProduct("Local-SBAS", params, source);
    for (java.awt.Dimension tile : List.of(new java.awt.Dimension(17, 23), new java.awt.Dimension(W, 5))) {
      Product hinted = GPF.createProduct("Local-SBAS", params, new Product[] {source},
          new java.awt.RenderingHints(GPF.KEY_TILE_SIZE, tile));
      for (String band : List.of("velocity", "velocity_std", "rms_residual", "temporal_coherence")) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(read(byDefault, band), read(hinted, band),
            band + " with tiles of " + tile.width + " x " + tile.height);
      }
    }
    assertTrue(Float.isFinite(read(byDefault, "velocity")[35 * W + 40]), "the bowl is solved");
    assertTrue(Float.isFinite(read(byDefault, "velocity_std")[35 * W + 40]), "with its standard error");
  }

  @Test
  void scopeFullOnAStackWithoutDataSaysSoInOneWarning() throws Exception {
    int w = 40;
    int h = 30;
    Product p = StackFixtures.product("empty", w, h);
    for (String pair : List.of("15Jan2020_27Jan2020", "27Jan2020_08Feb2020", "15Jan2020_08Feb2020")) {
      StackFixtures.addInterferogram(p, "VV_" + pair, StackFixtures.filled(w * h, Float.NaN),
          StackFixtures.filled(w * h, Float.NaN), StackFixtures.filled(w * h, 0.9f));
    }
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct("Local-SBAS", Map.of("scope", "FULL"), p);
      float[] v = target.getBand("velocity").readPixels(0, 0, w, h, new float[w * h]);
      assertTrue(Float.isNaN(v[0]) && Float.isNaN(v[w * h - 1]));
      assertTrue(log.messages().contains("Local-SBAS: product 'empty': every interferogram of the stack is without data (all NaN"
          + " or 0): i_ifg_VV_15Jan2020_27Jan2020, q_ifg_VV_15Jan2020_27Jan2020, i_ifg_VV_15Jan2020_08Feb2020,"
          + " q_ifg_VV_15Jan2020_08Feb2020, i_ifg_VV_27Jan2020_08Feb2020, q_ifg_VV_27Jan2020_08Feb2020;"
          + " every band Local-SBAS adds is NaN"), log.messages().toString());
    }
  }

  @Test
  void samplesOfNaNCoherenceTakeNoPart() throws Exception {
    // CONTRACT.md section 1: a sample whose coherence is NaN has no data; read as full coherence,
    // the wrong phase left under it pulled the bowl's velocity by 3.8 mm/year
    Product clean = bowlStack(true);
    Product spoilt = bowlStack(true);
    String suffix = "VV_" + SbasInversionTest.network(12, 3).get(0);
    float[] coherence = (float[]) spoilt.getBand(BandNames.coherence(suffix)).getRasterData().getElems();
    float[] unwrapped = (float[]) spoilt.getBand(BandNames.unwrappedPhase(suffix)).getRasterData().getElems();
    for (int y = BOWL.y0(); y < BOWL.y1(); y++) {
      for (int x = BOWL.x0(); x < BOWL.x1(); x++) {
        coherence[y * W + x] = Float.NaN;
        unwrapped[y * W + x] += 2f;
      }
    }
    addDetections(clean, BOWL);
    addDetections(spoilt, BOWL);

    float expected = read(op(clean, "margin", 16).getTargetProduct(), "velocity")[35 * W + 40];
    float velocity = read(op(spoilt, "margin", 16).getTargetProduct(), "velocity")[35 * W + 40];

    assertEquals(expected, velocity, 0.05);
  }

  @Test
  void invertsAPixelOnlyWithAtLeastHalfOfThePairsValid() throws Exception {
    // CONTRACT.md section 4, with an odd number of pairs: 3 of 5 are half, 2 of 5 are not
    List<Pair> pairs = SbasInversionTest.network(4, 2);
    assertEquals(5, pairs.size());
    Product source = bowlStack(pairs, true);
    for (int k = 2; k < 5; k++) {
      String suffix = "VV_" + pairs.get(k);
      float[] coherence = (float[]) source.getBand(BandNames.coherence(suffix)).getRasterData().getElems();
      coherence[35 * W + 40] = 0f;
      coherence[35 * W + 41] = k == 2 ? 0.8f : 0f;
    }
    addDetections(source, BOWL);

    float[] velocity = read(op(source, "margin", 16).getTargetProduct(), "velocity");

    assertTrue(Float.isNaN(velocity[35 * W + 40]), "2 of 5 pairs: " + velocity[35 * W + 40]);
    assertFalse(Float.isNaN(velocity[35 * W + 41]), "3 of 5 pairs");
  }

  @Test
  void samplesWithAnInfinitePartTakeNoPart() throws Exception {
    // CONTRACT.md section 1: an infinite part is no data, as DL-Mask and Phase-Gradient-Stack read
    // it; Local-SBAS counted such samples as valid pairs of the pixel
    List<Pair> pairs = SbasInversionTest.network(4, 2);
    Product source = bowlStack(pairs, true);
    for (int k = 2; k < 5; k++) {
      String suffix = "VV_" + pairs.get(k);
      float[] real = (float[]) source.getBand(BandNames.real(suffix)).getRasterData().getElems();
      real[35 * W + 40] = Float.POSITIVE_INFINITY;
    }
    addDetections(source, BOWL);

    float[] velocity = read(op(source, "margin", 16).getTargetProduct(), "velocity");

    assertTrue(Float.isNaN(velocity[35 * W + 40]), "2 of 5 pairs with data: " + velocity[35 * W + 40]);
    assertFalse(Float.isNaN(velocity[35 * W + 41]), "5 of 5");
  }

  @Test
  void saysWhenUnwrappedBandsLeaveTheReferenceRingWithoutData() throws Exception {
    // DL-Unwrap writes NaN beyond its own margin: a wider Local-SBAS margin puts the ring there
    Product source = bowlStack(false);
    addDetections(source, BOWL);
    Product unwrapped = GPF.createProduct("DL-Unwrap",
        Map.of("method", "CLASSICAL", "margin", 8), source);

    try (LogCapture log = LogCapture.warnings()) {
      float[] velocity = read(op(unwrapped, "margin", 32).getTargetProduct(), "velocity");

      assertTrue(Float.isNaN(velocity[35 * W + 40]));
      assertEquals(List.of("Local-SBAS: product 'bowl_unw': detection 1: all of 30 interferograms left out, their"
          + " reference ring (16 to 32 px around the box) without data; the Unw_Phase_ifg_* bands"
          + " are NaN there: unwrap with a margin of at least 32"), log.messages());
    }
  }

  @Test
  void anInterferogramWithoutDataIsNotBlamedOnTheUnwrappingMargin() throws Exception {
    // its Unw_Phase_ifg_ band is NaN because it has no data, not for DL-Unwrap's margin, which is
    // Local-SBAS's: the advice to unwrap with a margin of at least 32 would change nothing
    List<Pair> pairs = SbasInversionTest.network(12, 3);
    Product source = bowlStack(pairs, false);
    String empty = "VV_" + pairs.get(4);
    Arrays.fill((float[]) source.getBand(BandNames.real(empty)).getRasterData().getElems(), 0f);
    Arrays.fill((float[]) source.getBand(BandNames.imaginary(empty)).getRasterData().getElems(), 0f);
    addDetections(source, BOWL);
    Product unwrapped = GPF.createProduct("DL-Unwrap",
        Map.of("method", "CLASSICAL", "margin", 32), source);

    try (LogCapture log = LogCapture.warnings()) {
      read(op(unwrapped, "margin", 32).getTargetProduct(), "velocity");

      assertEquals(List.of("Local-SBAS: product 'bowl_unw': 1 of 30 interferograms without data (all NaN or 0) in the patches around"
          + " the detections: " + empty + "; they are left out of every detection's time series"),
          log.messages().stream().filter(m -> m.startsWith("Local-SBAS: ")).toList());
    }
  }

  /**
   * Interferograms without data all over (a stack with empty pairs) are named once for every
   * detection, not in the same line per detection; one left out around one detection only is
   * named in that detection's line. Before, each detection said "2 of 30 interferograms left
   * out" without naming them.
   */
  @Test
  void interferogramsWithoutDataEverywhereAreNamedOnceAndOthersInTheirDetectionsLine() throws Exception {
    List<Pair> pairs = SbasInversionTest.network(12, 3);
    Product source = bowlStack(pairs, true);
    String first = "VV_" + pairs.get(4);
    String second = "VV_" + pairs.get(9);
    String aroundOne = "VV_" + pairs.get(7);
    for (String empty : List.of(first, second)) {
      Arrays.fill((float[]) source.getBand(BandNames.real(empty)).getRasterData().getElems(), 0f);
      Arrays.fill((float[]) source.getBand(BandNames.imaginary(empty)).getRasterData().getElems(), 0f);
    }
    // no data right of x 62 and below y 40: all of the second detection's patch, none of the others'
    for (String part : List.of(BandNames.real(aroundOne), BandNames.imaginary(aroundOne))) {
      float[] samples = (float[]) source.getBand(part).getRasterData().getElems();
      for (int i = 0; i < samples.length; i++) {
        samples[i] = i % W >= 62 && i / W >= 40 ? 0f : samples[i];
      }
    }
    addDetections(source, BOWL, new PixelBox(78, 58, 88, 68), new PixelBox(8, 8, 18, 18));

    try (LogCapture log = LogCapture.warnings()) {
      read(op(source, "margin", 8).getTargetProduct(), "velocity");

      assertEquals(List.of("Local-SBAS: product 'bowl': 2 of 30 interferograms without data (all NaN or 0) in the patches around"
          + " the detections: " + first + ", " + second + "; they are left out of every detection's time series",
          "Local-SBAS: product 'bowl': detection 2: 1 of 30 interferograms left out (" + aroundOne + "), their reference ring"
          + " (4 to 8 px around the box) without data"), log.messages());
    }
  }

  @Test
  void saysWhenTheReferenceRingLiesOutsideTheFrame() throws Exception {
    // 16 to 32 px around a box 14 px from every edge: no pixel of the ring is in the frame, so
    // unwrapping with a wider margin (the other warning's advice) cannot help
    Product source = bowlStack(true);
    addDetections(source, new PixelBox(14, 14, W - 14, H - 14));

    try (LogCapture log = LogCapture.warnings()) {
      float[] velocity = read(op(source, "margin", 32).getTargetProduct(), "velocity");

      assertTrue(Float.isNaN(velocity[35 * W + 40]));
      assertEquals(List.of("Local-SBAS: product 'bowl': detection 1: all of 30 interferograms left out, their"
          + " reference ring (16 to 32 px around the box) without data; the ring lies outside the"
          + " 96 x 80 frame (0 of its pixels inside, a reference needs 10)"), log.messages());
    }
  }

  /**
   * A ring where one interferogram's coherence is under 0.5 everywhere (a summer pair over forest)
   * is referenced to all its pixels: said per detection, naming the pair; it went into the series
   * at full weight without a word, while README said such pairs were left out.
   */
  @Test
  void aRingWithoutStableGroundInAnInterferogramIsNamed() throws Exception {
    Product source = bowlStack(true);
    Band weak = source.getBand("coh_VV_" + SbasInversionTest.network(12, 3).get(4));
    float[] coherence = (float[]) weak.getRasterData().getElems();
    for (int i = 0; i < coherence.length; i++) {
      coherence[i] = Math.min(coherence[i], 0.3f);
    }
    addDetections(source, BOWL);

    try (LogCapture log = LogCapture.warnings()) {
      read(op(source, "margin", 16).getTargetProduct(), "velocity");

      assertEquals(List.of("Local-SBAS: product 'bowl': detection 1: 1 of 30 interferograms referenced to ring"
          + " pixels of any coherence (VV_" + SbasInversionTest.network(12, 3).get(4) + "), fewer than 10 of"
          + " the ring (8 to 16 px around the box) reaching coherence 0.5: their offsets are noisy; a wider"
          + " margin, or DL-Mask before, may find stable ground"), log.messages());
    }
  }

  @Test
  void saysWhenNoPixelOfADetectionsBoxCouldBeInverted() throws Exception {
    // the ring is referenced, but the box has no data (masked, decorrelated): its velocity, series
    // and CSV rows were NaN and the run said nothing, exit 0; the other detection is measured
    PixelBox other = new PixelBox(70, 50, 80, 60);
    Product source = bowlStack(true);
    for (Band band : source.getBands()) {
      if (band.getName().startsWith("coh_")) {
        float[] coherence = (float[]) band.getRasterData().getElems();
        for (int y = BOWL.y0(); y < BOWL.y1(); y++) {
          Arrays.fill(coherence, y * W + BOWL.x0(), y * W + BOWL.x1(), 0f);
        }
      }
    }
    addDetections(source, BOWL, other);

    try (LogCapture log = LogCapture.warnings()) {
      float[] velocity = read(op(source, "margin", 16).getTargetProduct(), "velocity");

      assertTrue(Float.isNaN(velocity[35 * W + 40]));
      assertFalse(Float.isNaN(velocity[55 * W + 75]), "detection 2 measured");
      assertEquals(List.of("Local-SBAS: product 'bowl': detection 1: no pixel of its box (x 30-49, y 25-44) has data in at"
          + " least 15 of the 30 interferograms, which a pixel needs to be inverted (a sample NaN, of"
          + " coherence 0 or masked has none), so its velocity and time series are NaN"), log.messages());
    }
  }

  @Test
  void aBoxWithoutInvertedPixelsNamesTheInterferogramsItsRingLeftOutAsPartOfTheCause() {
    assertEquals("Local-SBAS: product 's': detection 3: no pixel of its box (x 30-49, y 25-44) has data in at"
        + " least 15 of the 30 interferograms, which a pixel needs to be inverted (12 of them left out for want"
        + " of a reference (above), and a sample NaN, of coherence 0 or masked having none), so its velocity"
        + " and time series are NaN",
        PatchWarnings.noPixelInverted("Local-SBAS: product 's'", 3, new PixelBox(30, 25, 50, 45), 15, 30, 12));
  }

  @Test
  void warnsOfAcquisitionDatesOutsideTheSarEra() {
    Product p = StackFixtures.product("old", 12, 10);
    StackFixtures.addFlatInterferogram(p, "VV_15Jan1900_27Jan2020", 0.9f);
    StackFixtures.addFlatInterferogram(p, "VV_27Jan2020_08Feb2020", 0.9f);
    List<String> warnings = warningsOfAFullRun(p);
    assertTrue(warnings.contains("Local-SBAS: product 'old': acquisition date 15Jan1900 lies outside 1991-2100 (ERS-1"
        + " onward); velocities are per year of the dates and disp_<date> bands are named by them, so a wrong"
        + " date skews both"), warnings.toString());
  }

  @Test
  void warnsWhenNoPairLinksTheDatesAcrossAGap() {
    Product p = StackFixtures.product("seasons", 12, 10);
    StackFixtures.addFlatInterferogram(p, "VV_04Jan2021_16Jan2021", 0.9f);
    StackFixtures.addFlatInterferogram(p, "VV_16Jan2021_28Jan2021", 0.9f);
    StackFixtures.addFlatInterferogram(p, "VV_01Jul2021_13Jul2021", 0.9f);
    List<String> warnings = warningsOfAFullRun(p);
    assertTrue(warnings.contains("Local-SBAS: product 'seasons': no pair links the dates across 1 gap, so the pairs measure"
        + " 2 groups apart: 2021-01-04 to 2021-01-28 (3 dates); 2021-07-01 to 2021-07-13 (2 dates). disp_<date>"
        + " holds still across a gap (not measured) and velocities are fitted within each group; pairs across"
        + " the gaps would measure it"), warnings.toString());
  }

  /** The warnings Local-SBAS logs while it initialises over the whole of {@code stack}. */
  private static List<String> warningsOfAFullRun(Product stack) {
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct("Local-SBAS", Map.of("scope", "FULL"), stack);
      return log.messages();
    }
  }

  @Test
  void readsTheDetectionsFromTheGeoJsonFile() throws Exception {
    Path geojson = dir.resolve("det.detections.geojson");
    Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"id\":7,\"geometry\":null,\"properties\":{\"id\":7,\"class\":\"subsidence\","
        + "\"score\":0.8,\"bbox_px\":[30,25,50,45]}}]}");
    Product target = op(bowlStack(true), "detectionsFile", dir.resolve("det.dim").toFile())
        .getTargetProduct();
    assertFalse(Float.isNaN(read(target, "velocity")[35 * W + 40]));
    assertEquals("7", target.getMetadataRoot().getElement("Local_SBAS")
        .getElement("detection.7").getAttributeString("id"));
  }

  @Test
  void aBoxOutsideTheRasterFailsNamingTheFileAndWritesNoCsv() throws Exception {
    // wholly outside the 96 x 80 frame: one over its edge is clipped (DetectionsAtTheFrameEdgeTest)
    Path geojson = dir.resolve("bad.geojson");
    Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"properties\":{\"id\":1,\"bbox_px\":[100,60,120,70]}}]}");
    OperatorException e = assertThrows(OperatorException.class, () -> op(bowlStack(true),
        "detectionsFile", geojson.toFile(), "timeSeriesFile", dir.resolve("t.csv").toFile())
        .getTargetProduct());
    assertTrue(e.getMessage().contains("bad.geojson") && e.getMessage().contains("detection 1"),
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("t.csv")));
  }

  @Test
  void aProductNameTooLongForTheTimeSeriesFileIsRefusedBeforeAnyWork() {
    // 241 bytes and .timeseries.csv: 256; a stack without detections is not what is reported
    Path header = dir.resolve("a".repeat(241) + ".dim");
    OperatorException e = assertThrows(OperatorException.class,
        () -> op(bowlStack(true), "timeSeriesFile", header.toFile()).getTargetProduct());

    assertTrue(e.getMessage().contains("cannot write time-series file " + dir.resolve("a".repeat(241)
        + ".timeseries.csv") + ": its name is 256 bytes, more than the 255 a file name may have; give a"
        + " product name of at most 240 bytes, or a shorter .csv file as timeSeriesFile"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertEquals(0, dir.toFile().list().length, "nothing written");
  }

  /**
   * The bowl's patch, 52 x 52 pixels of 30 interferograms and 12 dates (0.8 MB), over a quarter of
   * a 2 MiB heap: refused before any patch is computed (no CSV), in one line naming the detection,
   * the patch and the -Xmx to give, as scope FULL refuses a block; a 4 MiB heap holds it.
   */
  @Test
  void aPatchOverAQuarterOfTheHeapIsRefusedBeforeAnyIsComputed() throws Exception {
    Product source = bowlStack(true);
    addDetections(source, BOWL);
    Path csv = dir.resolve("t.csv");
    LocalSbasOp small = op(source, "margin", 16, "timeSeriesFile", csv.toFile());
    small.useHeapBytes(2 << 20);
    OperatorException e = assertThrows(OperatorException.class, small::getTargetProduct);

    assertEquals("Local-SBAS scope=PATCHES: the patch of detection 1 (52 x 52 pixels, its box and a"
        + " margin of 16) holds 1 MiB while it is solved (30 interferograms, 12 dates), more than a"
        + " quarter of the 2 MiB Java heap; give Java at least -Xmx128m (bin/dlinsar:"
        + " JAVA_OPTS=-Xmx128m)", e.getMessage());
    assertFalse(Files.exists(csv), "nothing computed, no CSV");

    Product again = bowlStack(true);
    addDetections(again, BOWL);
    LocalSbasOp enough = op(again, "margin", 16, "timeSeriesFile", csv.toFile());
    enough.useHeapBytes(4 << 20);
    assertFalse(Float.isNaN(read(enough.getTargetProduct(), "velocity")[35 * W + 40]));
  }

  /**
   * Given a runner that computes its patches elsewhere (Spark), whose heap of 4 MiB solves two at
   * once: a quarter of it holds one of the bowl's 0.8 MB patches, which one machine's 4 MiB runs
   * one at a time, so the patches are refused before the runner computes any, in one line naming
   * the patch, what the heap holds and the runner's remedy; no CSV.
   */
  @Test
  void patchesARunnerSolvesAtOnceOverAQuarterOfItsHeapAreRefusedBeforeItComputesAny() throws Exception {
    Product source = bowlStack(true);
    addDetections(source, BOWL);
    Path csv = dir.resolve("t.csv");
    LocalSbasOp sbas = op(source, "margin", 16, "timeSeriesFile", csv.toFile());
    List<Integer> computed = new ArrayList<>();
    sbas.setPartRunner(new PartRunner() {
      @Override
      public <P extends Serializable> List<P> run(Parts<P> parts) {
        parts.checkFits(new PartHeap("a worker (a part each)", 4 << 20, 2,
            (all, one, fitting) -> "give it " + all + ", or " + one + " for one at once"));
        computed.add(parts.count());
        return parts.computeHere();
      }
    });
    OperatorException e = assertThrows(OperatorException.class, sbas::getTargetProduct);

    assertEquals("Local-SBAS scope=PATCHES: the patch of detection 1 (52 x 52 pixels, its box and a"
        + " margin of 16) holds 1 MiB while it is solved (30 interferograms, 12 dates); a worker (a"
        + " part each) solves 2 at once, of which a quarter of its 4 MiB Java heap holds 1; give it"
        + " 128m, or 128m for one at once", e.getMessage());
    assertEquals(List.of(), computed, "no patch handed out");
    assertFalse(Files.exists(csv), "no CSV");
  }

  @Test
  void withoutDetectionsItSaysWhereTheyShouldComeFrom() {
    OperatorException e = assertThrows(OperatorException.class,
        () -> op(bowlStack(true)).getTargetProduct());
    assertTrue(e.getMessage().contains("detectionsFile"), e.getMessage());
  }

  @Test
  void scopeFullInvertsEveryPixelTileByTile() throws Exception {
    Product target = op(bowlStack(true), "scope", "FULL").getTargetProduct();
    float[] v = read(target, "velocity");
    for (float value : v) {
      assertFalse(Float.isNaN(value));
    }
    // a tile is referenced to its own median: the bowl still stands out by its peak
    assertTrue(v[35 * W + 40] - v[2 * W + 2] < PEAK_MM_PER_YEAR * 0.8, "" + v[35 * W + 40]);
  }

  @Test
  void unwrapsWrappedInterferogramsWithTheGivenUnwrapper() throws Exception {
    Product source = bowlStack(false);
    addDetections(source, BOWL);
    LocalSbasOp op = op(source, "margin", 16);
    op.useUnwrapper(new RowColumnUnwrapper());
    float[] v = read(op.getTargetProduct(), "velocity");
    assertEquals(PEAK_MM_PER_YEAR - velocity(62, 35), v[35 * W + 40], 0.5);
    assertEquals("Local-SBAS, DL-Unwrap's CLASSICAL unwrapper",
        op.getTargetProduct().getMetadataRoot().getElement("Local_SBAS").getAttributeString("unwrapping"));
  }

  @Test
  void unwrapsAcrossMaskedPixelsAsDlUnwrapDoes() throws Exception {
    unwrapsAcrossMaskedPixels(false);
  }

  /**
   * A float mask (band maths) with NaN where masked: DL-Unwrap and Phase-Gradient-Stack took NaN
   * as masked, Local-SBAS unwrapping for itself as coherent (NaN != 0), so the two unwrapped
   * different pixels.
   */
  @Test
  void aFloatMasksNaNMasksAsDlUnwrapsDoes() throws Exception {
    unwrapsAcrossMaskedPixels(true);
  }

  private void unwrapsAcrossMaskedPixels(boolean floatMaskOfNaN) throws Exception {
    // a bowl of dense fringes (11 rad in 12 days, up to 1.7 rad/px) ringed by masked pixels 5 to
    // 7 px from its centre: read as no data (phase 0 to the unwrapper) the ring broke the fringes
    // and the core came out cycles off (-656 for -1500 mm/year); pairs of consecutive dates only,
    // so that no triplet's closure mends a cycle
    double peak = -1500;
    Product source = bowlStack(SbasInversionTest.network(12, 1), false, peak);
    byte[] mask = new byte[W * H];
    float[] floatMask = new float[W * H];
    for (int i = 0; i < mask.length; i++) {
      double r = Math.hypot(i % W - 40, i / W - 35);
      mask[i] = (byte) (r >= 5 && r < 7 ? 0 : 1);
      floatMask[i] = r >= 5 && r < 7 ? Float.NaN : 1f;
    }
    for (String name : source.getBandNames()) {
      if (name.startsWith("i_ifg_")) {
        String maskName = "mask_ifg_" + name.substring("i_ifg_".length());
        if (floatMaskOfNaN) {
          StackFixtures.addFloatBand(source, maskName, null, floatMask);
        } else {
          StackFixtures.addByteBand(source, maskName, mask);
        }
      }
    }
    addDetections(source, BOWL);
    float[] v = read(op(source, "margin", 16).getTargetProduct(), "velocity");
    double ringMotion = velocity(62, 35, peak);
    for (int x : new int[] {40, 43, 48}) {
      assertEquals(velocity(x, 35, peak) - ringMotion, v[35 * W + x], 1.0, "x " + x);
    }
    assertTrue(Float.isNaN(v[35 * W + 46]), "masked pixels have no velocity");
  }

  /**
   * The bowl in the interferograms of {@code tags} (one per pair each), every other pair named later
   * date first as SNAP names a stack whose reference image lies mid-series: such an interferogram
   * holds the conjugate, and its unwrapped band the date-ordered phase negated. The unwrapped
   * bands hold the phase times {@code scale} and are named by {@code unwrappedName} from the
   * interferogram's suffix and its dates as named; one band of a name is added.
   */
  private static Product namedStack(List<String> tags, float scale,
      java.util.function.BinaryOperator<String> unwrappedName) {
    Product p = StackFixtures.product("named", W, H);
    StackFixtures.setRadarFrequency(p, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    double lambda = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    List<Pair> pairs = SbasInversionTest.network(12, 3);
    for (int k = 0; k < pairs.size(); k++) {
      Pair pair = pairs.get(k);
      boolean laterFirst = k % 2 == 1;
      String dates = laterFirst
          ? BandNames.formatDate(pair.secondary()) + "_" + BandNames.formatDate(pair.reference())
          : pair.toString();
      float[] phase = new float[W * H];
      float[] unwrapped = new float[W * H];
      for (int i = 0; i < phase.length; i++) {
        double mm = velocity(i % W, i / W) * pair.spanYears();
        phase[i] = (float) ((laterFirst ? 4 : -4) * Math.PI / lambda * mm / 1000);
        unwrapped[i] = scale * phase[i];
      }
      for (String tag : tags) {
        String suffix = tag + "_" + dates;
        StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(W * H, 0.8f));
        String name = unwrappedName.apply(suffix, dates);
        if (!p.containsBand(name)) {
          StackFixtures.addFloatBand(p, name, BandNames.UNIT_ABS_PHASE, unwrapped);
        }
      }
    }
    return p;
  }

  @Test
  void takesTheUnwrappedPhaseNamedAsSnaphuImportNamesIt() throws Exception {
    // SNAP's SnaphuImport names the band Unw_Phase_ifg_<ref>_<sec>, without the interferogram's
    // polarisation: such bands were passed over and the wrapped phase unwrapped again, unsaid.
    // Twice the phase in them gives twice the velocity, whichever date the pair names first.
    Product snaphu = namedStack(List.of("VV"), 2f, (suffix, dates) -> "Unw_Phase_ifg_" + dates);
    Product dlUnwrap = namedStack(List.of("VV"), 2f, (suffix, dates) -> BandNames.unwrappedPhase(suffix));
    addDetections(snaphu, BOWL);
    addDetections(dlUnwrap, BOWL);

    try (LogCapture log = LogCapture.warnings()) {
      Product target = op(snaphu, "margin", 16).getTargetProduct();
      float v = read(target, "velocity")[35 * W + 40];

      assertEquals(2 * (PEAK_MM_PER_YEAR - velocity(62, 35)), v, 1.0);
      assertEquals(read(op(dlUnwrap, "margin", 16).getTargetProduct(), "velocity")[35 * W + 40], v);
      assertEquals("Unw_Phase_ifg_04Jan2021_16Jan2021 bands",
          target.getMetadataRoot().getElement("Local_SBAS").getAttributeString("unwrapping"));
      assertEquals(List.of(), log.messages());
    }
  }

  @Test
  void saysSoWhenABandWithoutPolarisationCouldBeEitherInterferogramOfItsDates() {
    // VV and VH of every pair, unwrapped phases named by the dates alone: which is which is not
    // guessed, the interferograms are unwrapped again and one line says why
    Product both = namedStack(List.of("VV", "VH"), 1f, (suffix, dates) -> "Unw_Phase_ifg_" + dates);

    List<String> warnings = warningsOfAFullRun(both);

    assertTrue(warnings.contains("Local-SBAS: Unw_Phase_ifg_04Jan2021_16Jan2021 names no polarisation or"
        + " swath and 2 interferograms have those dates (VH_04Jan2021_16Jan2021, VV_04Jan2021_16Jan2021),"
        + " so it is taken for none (nor 29 more such bands); name it as DL-Unwrap does,"
        + " Unw_Phase_ifg_<suffix> (e.g. Unw_Phase_ifg_VH_04Jan2021_16Jan2021); every interferogram is"
        + " unwrapped again with DL-Unwrap's CLASSICAL unwrapper"), warnings.toString());
  }

  @Test
  void warnsWhenTheUnwrappedBandsMatchNoInterferogram() {
    // named for another swath: read as none, they were passed over without a word
    Product source = bowlStack(SbasInversionTest.network(4, 2), true);
    for (Band band : source.getBands()) {
      if (band.getName().startsWith("Unw_Phase_ifg_VV_")) {
        band.setName(band.getName().replace("_VV_", "_IW1_VV_"));
      }
    }
    assertEquals(List.of("Local-SBAS: Unw_Phase_ifg_ bands give 0 of 5 interferograms their unwrapped"
        + " phase; found, matching none: Unw_Phase_ifg_IW1_VV_04Jan2021_16Jan2021,"
        + " Unw_Phase_ifg_IW1_VV_04Jan2021_28Jan2021, Unw_Phase_ifg_IW1_VV_16Jan2021_28Jan2021 and 2 more;"
        + " expected for each Unw_Phase_ifg_<suffix> (DL-Unwrap) or Unw_Phase_ifg_<ref>_<sec>"
        + " (SnaphuImport), e.g. Unw_Phase_ifg_VV_04Jan2021_16Jan2021 or Unw_Phase_ifg_04Jan2021_16Jan2021,"
        + " missing for 5; every interferogram is unwrapped again with DL-Unwrap's CLASSICAL unwrapper"),
        warningsOfAFullRun(source));

    Product oneShort = bowlStack(SbasInversionTest.network(4, 2), true);
    oneShort.removeBand(oneShort.getBand("Unw_Phase_ifg_VV_16Jan2021_28Jan2021"));
    assertEquals(List.of("Local-SBAS: Unw_Phase_ifg_ bands give 4 of 5 interferograms their unwrapped"
        + " phase; expected for each Unw_Phase_ifg_<suffix> (DL-Unwrap) or Unw_Phase_ifg_<ref>_<sec>"
        + " (SnaphuImport), e.g. Unw_Phase_ifg_VV_16Jan2021_28Jan2021 or Unw_Phase_ifg_16Jan2021_28Jan2021,"
        + " missing for 1; every interferogram is unwrapped again with DL-Unwrap's CLASSICAL unwrapper"),
        warningsOfAFullRun(oneShort));
  }
}
