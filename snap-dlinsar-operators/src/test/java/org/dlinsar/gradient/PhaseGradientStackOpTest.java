package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.dlinsar.ifg.StackFixtures;
import org.dlinsar.ifg.TwoReadsAtOnce;
import org.dlinsar.lite.LogCapture;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseGradientStackOpTest {

  private static final String ALIAS = "Phase-Gradient-Stack";
  private static final Map<String, Object> NO_PARAMS = Map.of();

  @TempDir
  File tempDir;

  /** Phase rate[0] x + rate[1] y (rad/year) times the span, per interferogram. */
  private static Product rampStack(int w, int h, double rangeRate, double azimuthRate) {
    Product p = StackFixtures.product("ramp", w, h);
    addRamp(p, "VV_15Jan2020_27Jan2020", w, h, rangeRate, azimuthRate, 12 / 365.25);
    addRamp(p, "VV_15Jan2020_08Feb2020", w, h, rangeRate, azimuthRate, 24 / 365.25);
    return p;
  }

  private static void addRamp(Product p, String suffix, int w, int h, double rangeRate,
      double azimuthRate, double spanYears) {
    float[] phase = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        phase[y * w + x] = (float) ((rangeRate * x + azimuthRate * y) * spanYears);
      }
    }
    StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(w * h, 0.9f));
  }

  /** Three noisy interferograms with holes, random coherence and one mask band. */
  private static Product noisyStack(int w, int h) {
    Random random = new Random(42);
    Product p = StackFixtures.product("noisy", w, h);
    String[] suffixes = {"IW1_VV_03Jan2020_15Jan2020", "IW1_VV_15Jan2020_27Jan2020",
        "IW1_VV_03Jan2020_27Jan2020"};
    for (String suffix : suffixes) {
      float[] phase = new float[w * h];
      float[] coherence = new float[w * h];
      for (int i = 0; i < phase.length; i++) {
        phase[i] = (float) (0.3 * (i % w) + random.nextGaussian());
        coherence[i] = random.nextFloat();
      }
      StackFixtures.addPhaseInterferogram(p, suffix, phase, coherence);
      p.getBand("i_ifg_" + suffix).getRasterData().setElemFloatAt(random.nextInt(w * h),
          Float.NaN);
    }
    byte[] mask = new byte[w * h];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = (byte) (random.nextFloat() < 0.8 ? 1 : 0);
    }
    StackFixtures.addByteBand(p, "mask_ifg_" + suffixes[1], mask);
    return p;
  }

  private static float[] readFloats(Product target, String band) throws Exception {
    int w = target.getSceneRasterWidth();
    int h = target.getSceneRasterHeight();
    ProductData data = ProductData.createInstance(ProductData.TYPE_FLOAT32, w * h);
    target.getBand(band).readRasterData(0, 0, w, h, data);
    return (float[]) data.getElems();
  }

  private static int[] readInts(Product target, String band) throws Exception {
    int w = target.getSceneRasterWidth();
    int h = target.getSceneRasterHeight();
    ProductData data = ProductData.createInstance(ProductData.TYPE_INT32, w * h);
    target.getBand(band).readRasterData(0, 0, w, h, data);
    return (int[]) data.getElems();
  }

  private static void assertSameGradients(Product expected, Product actual) throws Exception {
    assertArrayEquals(readFloats(expected, "grad_az"), readFloats(actual, "grad_az"));
    assertArrayEquals(readFloats(expected, "grad_rg"), readFloats(actual, "grad_rg"));
    assertArrayEquals(readInts(expected, "grad_count"), readInts(actual, "grad_count"));
    assertArrayEquals(readFloats(expected, "grad_stderr"), readFloats(actual, "grad_stderr"));
  }

  @Test
  void aFrameOfOneTileReadsItsInterferogramsSeveralAtOnce() throws Exception {
    assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1, "no common pool worker to read beside the tile's thread");
    Product stack = noisyStack(40, 30);
    // one tile of the frame, two engine threads: one would idle while the tile reads in turn
    TwoReadsAtOnce.withEngineThreads(2, () -> assertSameGradients(
        GPF.createProduct(ALIAS, NO_PARAMS, stack),
        GPF.createProduct(ALIAS, NO_PARAMS, TwoReadsAtOnce.of(stack))));
  }

  @Test
  void constantRateRampGivesThatRateInRadPerPixelPerYear() throws Exception {
    int w = 20;
    int h = 15;
    Product target = GPF.createProduct(ALIAS, NO_PARAMS, rampStack(w, h, 3.0, -4.0));
    float[] az = readFloats(target, "grad_az");
    float[] rg = readFloats(target, "grad_rg");
    int[] count = readInts(target, "grad_count");
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        assertEquals(-4.0f, az[i], 1e-3f, "azimuth at " + x + "," + y);
        assertEquals(3.0f, rg[i], 1e-3f, "range at " + x + "," + y);
        assertEquals(2, count[i]);
      }
    }
    assertTrue(Float.isNaN(az[0]) && Float.isNaN(rg[w * h - 1]), "border is no-data");
    assertEquals(0, count[0]);
  }

  /**
   * A 12-day pair acquired at 23:59:50 and 00:00:05 twelve days later is named 13 days apart:
   * its rate read 12/13 of the true one. The stack's first_line_times give the true span.
   */
  @Test
  void aPairAcrossMidnightIsStackedOverItsTrueSpan() throws Exception {
    int w = 20;
    int h = 15;
    Product p = StackFixtures.product("midnight", w, h);
    addRamp(p, "VV_01Jan2020_14Jan2020", w, h, 3.0, -4.0, 12 / 365.25);
    org.esa.snap.core.datamodel.MetadataElement abs =
        new org.esa.snap.core.datamodel.MetadataElement("Abstracted_Metadata");
    abs.setAttributeUTC("first_line_time", ProductData.UTC.parse("01-JAN-2020 23:59:50.000000"));
    p.getMetadataRoot().addElement(abs);
    org.esa.snap.core.datamodel.MetadataElement secondaries =
        new org.esa.snap.core.datamodel.MetadataElement("Slave_Metadata");
    org.esa.snap.core.datamodel.MetadataElement secondary =
        new org.esa.snap.core.datamodel.MetadataElement("midnight_14Jan2020");
    secondary.setAttributeUTC("first_line_time", ProductData.UTC.parse("14-JAN-2020 00:00:05.000000"));
    secondaries.addElement(secondary);
    p.getMetadataRoot().addElement(secondaries);

    Product target = GPF.createProduct(ALIAS, NO_PARAMS, p);

    float[] rg = readFloats(target, "grad_rg");
    float[] az = readFloats(target, "grad_az");
    assertEquals(3.0f, rg[7 * w + 9], 1e-3f); // 2.77 over the names' 13 days
    assertEquals(-4.0f, az[7 * w + 9], 1e-3f);
  }

  @Test
  void aStackWhoseInterferogramsAllLackDataIsNamedInOneWarning() throws Exception {
    int w = 40;
    int h = 30;
    Product p = StackFixtures.product("empty", w, h);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", new float[w * h], new float[w * h],
        StackFixtures.filled(w * h, 0.9f));
    StackFixtures.addInterferogram(p, "VV_15Jan2020_08Feb2020", StackFixtures.filled(w * h, Float.NaN),
        StackFixtures.filled(w * h, Float.NaN), null);
    RenderingHints tiles16 = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct(ALIAS, NO_PARAMS, new Product[] {p}, tiles16);
      assertArrayEquals(new int[w * h], readInts(target, "grad_count"));
      assertEquals(List.of("Phase-Gradient-Stack: product 'empty': 1 of 2 interferograms have no coherence band"
          + " (coh_VV_15Jan2020_08Feb2020 missing), so every pixel of theirs counts as fully coherent: the window's"
          + " sums and the stack weigh their samples alike, a decorrelated one as a coherent one",
          "Phase-Gradient-Stack: product 'empty': every interferogram of the stack is without data"
          + " (all NaN or 0): i_ifg_VV_15Jan2020_27Jan2020, q_ifg_VV_15Jan2020_27Jan2020,"
          + " i_ifg_VV_15Jan2020_08Feb2020, q_ifg_VV_15Jan2020_08Feb2020;"
          + " grad_az and grad_rg are NaN everywhere"), log.messages());
    }
  }

  @Test
  void anInterferogramWithAllZeroCoherenceIsNamedWhileTheOthersStack() throws Exception {
    int w = 20;
    int h = 15;
    Product p = rampStack(w, h, 3.0, -4.0);
    float[] phase = new float[w * h];
    StackFixtures.addPhaseInterferogram(p, "VV_27Jan2020_08Feb2020", phase, new float[w * h]);
    try (LogCapture log = LogCapture.warnings()) {
      Product target = GPF.createProduct(ALIAS, NO_PARAMS, p);
      assertEquals(2, readInts(target, "grad_count")[w + 1], "the two ramps");
      assertEquals(List.of("Phase-Gradient-Stack: product 'ramp': 1 of 3 interferograms without data (all NaN or 0):"
          + " coh_VV_27Jan2020_08Feb2020; those interferograms add nothing to the gradients"),
          log.messages());
    }
  }

  @Test
  void warnsOfAcquisitionDatesOutsideTheSarEraNamingThem() throws Exception {
    int w = 12;
    int h = 10;
    Product p = StackFixtures.product("old", w, h);
    StackFixtures.addFlatInterferogram(p, "VV_15Jan1900_27Jan2020", 0.9f);
    StackFixtures.addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.9f);
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct(ALIAS, NO_PARAMS, p);
      assertEquals(List.of("Phase-Gradient-Stack: product 'old': acquisition date 15Jan1900 lies outside 1991-2100"
          + " (ERS-1 onward); the gradient rates divide by the pairs' spans in years, so a wrong date"
          + " scales every rate"), log.messages());
    }
  }

  @Test
  void staysQuietAboutDatesOfTheSarEra() {
    try (LogCapture log = LogCapture.warnings()) {
      GPF.createProduct(ALIAS, NO_PARAMS, rampStack(12, 10, 1, 1));
      assertEquals(List.of(), log.messages());
    }
  }

  @Test
  void asksForTilesOfAbout64KPixelsWithTheSourceTileWidth() {
    Product source = rampStack(2048, 600, 1.0, 1.0);
    source.setPreferredTileSize(512, 512);

    Product target = GPF.createProduct(ALIAS, NO_PARAMS, source);

    assertEquals(new Dimension(512, 128), target.getPreferredTileSize());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5, 7, 15})
  void tiledAndWholeReadsAgreeBitForBit(int window) throws Exception {
    int w = 45;
    int h = 38;
    Map<String, Object> params = Map.of("window", window);
    Product whole = GPF.createProduct(ALIAS, params, noisyStack(w, h));
    RenderingHints tiles16 = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));
    Product tiled =
        GPF.createProduct(ALIAS, params, new Product[] {noisyStack(w, h)}, tiles16);

    assertSameGradients(whole, tiled);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7})
  void wideTilesStackedStripByStripLeaveNoSeams(int window) throws Exception {
    int w = 2400; // a 2400-pixel-wide tile is stacked in strips of about a dozen rows
    int h = 40;
    Map<String, Object> params = Map.of("window", window);
    RenderingHints wholeRows = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(w, h));
    Product strips =
        GPF.createProduct(ALIAS, params, new Product[] {noisyStack(w, h)}, wholeRows);
    RenderingHints tiles16 = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));
    Product tiled =
        GPF.createProduct(ALIAS, params, new Product[] {noisyStack(w, h)}, tiles16);

    assertSameGradients(tiled, strips);
  }

  /**
   * Whole-number interferograms (int16, or float32 quantised) hold parts of exactly 0 beside a
   * valid other part, and SNAP's readers and the imports declare no-data 0 on i and q: only 0 +
   * 0i is no data. Each band's own valid mask made 0 + 17i no data where a tile's samples were
   * copied and kept it where they were served raw, so grad_count changed with the tiles (-16 % on
   * 16 x 16 tiles) and an int16 stack lost such pixels in every tile.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 7})
  void partsOfZeroUnderNoDataZeroAreDataInEveryTileAndType(int window) throws Exception {
    int w = 45;
    int h = 38;
    Map<String, Object> params = Map.of("window", window);
    Product plain = GPF.createProduct(ALIAS, params, wholeNumberStack(w, h, ProductData.TYPE_FLOAT32, false));
    int[] counts = readInts(plain, "grad_count");
    assertTrue(Arrays.stream(counts).sum() > 0);
    RenderingHints tiles16 = new RenderingHints(GPF.KEY_TILE_SIZE, new Dimension(16, 16));
    for (int type : new int[] {ProductData.TYPE_FLOAT32, ProductData.TYPE_INT16}) {
      assertSameGradients(plain, GPF.createProduct(ALIAS, params, wholeNumberStack(w, h, type, true)));
      assertSameGradients(plain,
          GPF.createProduct(ALIAS, params, new Product[] {wholeNumberStack(w, h, type, true)}, tiles16));
    }
  }

  /**
   * Three interferograms of whole-number parts (amplitude 4 to 12: about one part in eight is
   * exactly 0), a few pixels 0 + 0i; of {@code type}, with no-data 0 declared on i and q or not.
   */
  private static Product wholeNumberStack(int w, int h, int type, boolean noDataZero) {
    Random random = new Random(7);
    Product p = StackFixtures.product("whole", w, h);
    for (String suffix : new String[] {"VV_03Jan2020_15Jan2020", "VV_15Jan2020_27Jan2020", "VV_03Jan2020_27Jan2020"}) {
      ProductData re = ProductData.createInstance(type, w * h);
      ProductData im = ProductData.createInstance(type, w * h);
      for (int i = 0; i < w * h; i++) {
        double phase = 0.3 * (i % w) + random.nextGaussian();
        double amplitude = random.nextFloat() < 0.02 ? 0 : 4 + 8 * random.nextFloat();
        re.setElemDoubleAt(i, Math.rint(amplitude * Math.cos(phase)));
        im.setElemDoubleAt(i, Math.rint(amplitude * Math.sin(phase)));
      }
      for (String part : new String[] {"i_ifg_", "q_ifg_"}) {
        Band band = p.addBand(part + suffix, type);
        band.setRasterData(part.equals("i_ifg_") ? re : im);
        band.setNoDataValue(0);
        band.setNoDataValueUsed(noDataZero);
      }
      StackFixtures.addFloatBand(p, "coh_" + suffix, null, StackFixtures.filled(w * h, 0.8f));
    }
    return p;
  }

  @Test
  void sourceTileSizeAlsoGivesTheSameResult() throws Exception {
    int w = 45;
    int h = 38;
    Product source = noisyStack(w, h);
    source.setPreferredTileSize(16, 16);
    Product tiled = GPF.createProduct(ALIAS, NO_PARAMS, source);
    Product whole = GPF.createProduct(ALIAS, NO_PARAMS, noisyStack(w, h));
    assertArrayEquals(readFloats(whole, "grad_rg"), readFloats(tiled, "grad_rg"));
  }

  @Test
  void maskBandsRemovePixelsFromTheStackAndTheCount() throws Exception {
    int w = 12;
    int h = 10;
    Product p = rampStack(w, h, 1.0, 1.0);
    byte[] mask = new byte[w * h];
    java.util.Arrays.fill(mask, (byte) 1);
    int maskedPixel = 5 * w + 6;
    mask[maskedPixel] = 0;
    StackFixtures.addByteBand(p, "mask_ifg_VV_15Jan2020_27Jan2020", mask);

    int[] count = readInts(GPF.createProduct(ALIAS, Map.of("window", 1), p), "grad_count");

    assertEquals(1, count[maskedPixel], "the masked pixel itself");
    assertEquals(1, count[maskedPixel + 1], "its range neighbour");
    assertEquals(1, count[maskedPixel - w], "its azimuth neighbour");
    assertEquals(2, count[maskedPixel + 1 + w], "a diagonal pixel does not use it");
  }

  /** DL-Mask's masks written alone (graphs/mask.xml) mask the stack they are given with, as if in it. */
  @Test
  void masksOfAProductOfTheirOwnRemoveTheSamePixels() throws Exception {
    int w = 12;
    int h = 10;
    byte[] mask = new byte[w * h];
    java.util.Arrays.fill(mask, (byte) 1);
    mask[5 * w + 6] = 0;
    Product within = rampStack(w, h, 1.0, 1.0);
    StackFixtures.addByteBand(within, "mask_ifg_VV_15Jan2020_27Jan2020", mask);
    Product masks = StackFixtures.product("ramp_mask", w, h);
    StackFixtures.addByteBand(masks, "mask_ifg_VV_15Jan2020_27Jan2020", mask);

    Product beside = GPF.createProduct(ALIAS, Map.of(), rampStack(w, h, 1.0, 1.0), masks);

    assertSameGradients(GPF.createProduct(ALIAS, Map.of(), within), beside);
    assertTrue(beside.containsBand("mask_ifg_VV_15Jan2020_27Jan2020"), "carried as the stack's bands are");
  }

  @Test
  void targetHasTheContractBandsAndCarriesTheSources() {
    Product target = GPF.createProduct(ALIAS, NO_PARAMS, noisyStack(20, 20));
    Band az = target.getBand("grad_az");
    assertEquals(ProductData.TYPE_FLOAT32, az.getDataType());
    assertEquals("rad/pixel/year", az.getUnit());
    assertTrue(az.isNoDataValueUsed() && Double.isNaN(az.getNoDataValue()));
    assertEquals("rad/pixel/year", target.getBand("grad_rg").getUnit());
    assertEquals(ProductData.TYPE_INT32, target.getBand("grad_count").getDataType());
    assertNotNull(target.getBand("i_ifg_IW1_VV_03Jan2020_15Jan2020"));
    assertNotNull(target.getBand("mask_ifg_IW1_VV_15Jan2020_27Jan2020"));
  }

  @Test
  void poolsInterferogramsOfSeveralProducts() throws Exception {
    int w = 10;
    int h = 8;
    Product a = StackFixtures.product("a", w, h);
    Product b = StackFixtures.product("b", w, h);
    addRamp(a, "VV_15Jan2020_27Jan2020", w, h, 2.0, 0.0, 12 / 365.25);
    addRamp(b, "VV_27Jan2020_08Feb2020", w, h, 2.0, 0.0, 12 / 365.25);
    Product target = GPF.createProduct(ALIAS, NO_PARAMS, a, b);
    assertEquals(2, readInts(target, "grad_count")[w + 1]);
    assertEquals(2.0f, readFloats(target, "grad_rg")[w + 1], 1e-3f);
  }

  @Test
  void stackRoundTripsThroughBeamDimap() throws Exception {
    Product target = GPF.createProduct(ALIAS, NO_PARAMS, noisyStack(30, 20));
    float[] az = readFloats(target, "grad_az");
    int[] count = readInts(target, "grad_count");
    File file = new File(tempDir, "grad.dim");
    ProductIO.writeProduct(target, file, "BEAM-DIMAP", false);
    Product back = ProductIO.readProduct(file);
    assertArrayEquals(az, readFloats(back, "grad_az"));
    assertArrayEquals(count, readInts(back, "grad_count"));
    assertEquals("rad/pixel/year", back.getBand("grad_rg").getUnit());
  }

  @Test
  void aFrameTooThinForAnyGradientIsRefusedNamingItsSize() throws Exception {
    // a region of one row (gpt's -PpixelRegion=0,0,96,1) was written NaN everywhere, exit 0
    for (int[] size : new int[][] {{96, 1}, {1, 96}, {2, 2}}) {
      Product thin = rampStack(size[0], size[1], 2.0, 1.0);
      OperatorException e =
          assertThrows(OperatorException.class, () -> GPF.createProduct(ALIAS, NO_PARAMS, thin));
      assertTrue(e.getMessage().contains("the stack is " + size[0] + " x " + size[1] + " pixels")
          && e.getMessage().contains("at least 3 x 3"), e.getMessage());
    }
    Product smallest = rampStack(3, 3, 2.0, 1.0);
    float[] az = readFloats(GPF.createProduct(ALIAS, NO_PARAMS, smallest), "grad_az");
    assertTrue(Float.isFinite(az[4]), "the middle pixel of 3 x 3 has a gradient: " + az[4]);
  }

  @Test
  void rejectsAProductWithoutInterferogramsNamingIt() {
    Product p = StackFixtures.product("dem", 4, 4);
    StackFixtures.addFloatBand(p, "elevation", "meters", new float[16]);
    OperatorException e =
        assertThrows(OperatorException.class, () -> GPF.createProduct(ALIAS, NO_PARAMS, p));
    assertTrue(e.getMessage().contains("'dem'"), e.getMessage());
    assertTrue(e.getMessage().contains("i_ifg_"), e.getMessage());
  }

  @Test
  void rejectsACoherenceBandSmallerThanTheSceneNamingItAndBothSizes() {
    Product p = StackFixtures.product("multi", 8, 8);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", new float[64], new float[64], null);
    Band coh = new Band("coh_VV_15Jan2020_27Jan2020",
        ProductData.TYPE_FLOAT32, 4, 4);
    coh.setRasterData(ProductData.createInstance(new float[16]));
    p.addBand(coh);

    OperatorException e =
        assertThrows(OperatorException.class, () -> GPF.createProduct(ALIAS, NO_PARAMS, p));

    String m = e.getMessage();
    assertTrue(m.startsWith("Phase-Gradient-Stack: band 'coh_VV_15Jan2020_27Jan2020' of product 'multi'"), m);
    assertTrue(m.contains("4 x 4") && m.contains("8 x 8"), m);
  }
}
