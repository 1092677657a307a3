package org.dlinsar.ifg;

import static org.dlinsar.ifg.StackFixtures.addFlatInterferogram;
import static org.dlinsar.ifg.StackFixtures.addFloatBand;
import static org.dlinsar.ifg.StackFixtures.filled;
import static org.dlinsar.ifg.StackFixtures.product;
import static org.dlinsar.ifg.StackFixtures.setRadarFrequency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

class InterferogramStackTest {

  private static final double C = 299_792_458.0;

  @Test
  void findsSnap14InterferogramsWithTagsSortedByPair() {
    Product p = product("stack", 8, 6);
    addFlatInterferogram(p, "IW1_VV_27Jan2020_08Feb2020", 0.5f);
    addFlatInterferogram(p, "IW1_VV_15Jan2020_27Jan2020", 0.5f);
    addFloatBand(p, "Phase_ifg_IW1_VV_15Jan2020_27Jan2020", "phase", filled(48, 0f));
    addFloatBand(p, "Intensity_IW1_VV_15Jan2020", "intensity", filled(48, 1f));
    addFloatBand(p, "elevation", "meters", filled(48, 100f));

    InterferogramStack stack = InterferogramStack.of(p);

    assertEquals(2, stack.size());
    Interferogram first = stack.interferograms().get(0);
    assertEquals("IW1_VV_15Jan2020_27Jan2020", first.suffix());
    assertEquals("IW1_VV", first.tag());
    assertEquals(LocalDate.of(2020, 1, 15), first.pair().reference());
    assertEquals(LocalDate.of(2020, 1, 27), first.pair().secondary());
    assertSame(p.getBand("i_ifg_IW1_VV_15Jan2020_27Jan2020"), first.real());
    assertSame(p.getBand("q_ifg_IW1_VV_15Jan2020_27Jan2020"), first.imaginary());
    assertSame(p.getBand("coh_IW1_VV_15Jan2020_27Jan2020"), first.coherence());
    assertEquals(0, first.productIndex());
    assertEquals("IW1_VV_27Jan2020_08Feb2020", stack.interferograms().get(1).suffix());
    assertEquals(8, stack.width());
    assertEquals(6, stack.height());
  }

  @Test
  void sortsInterferogramsOfOnePairByTag() {
    Product p = product("stack", 4, 4);
    addFlatInterferogram(p, "IW2_VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(p, "IW1_VV_15Jan2020_27Jan2020", 0.5f);
    List<Interferogram> ifgs = InterferogramStack.of(p).interferograms();
    assertEquals("IW1_VV", ifgs.get(0).tag());
    assertEquals("IW2_VV", ifgs.get(1).tag());
  }

  @Test
  void acceptsOldStyleNamesWithoutTagAndWithMarkers() {
    Product p = product("old", 4, 4);
    addFlatInterferogram(p, "15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(p, "VV_mst_27Jan2020_slv1_08Feb2020", 0.5f);
    addFlatInterferogram(p, "VV_ref_08Feb2020_sec2_20Feb2020", 0.5f);

    List<Interferogram> ifgs = InterferogramStack.of(p).interferograms();

    assertEquals(3, ifgs.size());
    assertEquals("", ifgs.get(0).tag());
    assertEquals("VV", ifgs.get(1).tag());
    assertEquals(LocalDate.of(2020, 2, 8), ifgs.get(1).pair().secondary());
    assertEquals("VV_ref_08Feb2020_sec2_20Feb2020", ifgs.get(2).suffix());
    assertEquals("mask_ifg_VV_ref_08Feb2020_sec2_20Feb2020", ifgs.get(2).maskBandName());
  }

  @Test
  void acceptsAnInterferogramWithoutCoherence() {
    Product p = product("nocoh", 4, 4);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", filled(16, 1f), filled(16, 0f),
        null);
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
    assertFalse(ifg.hasCoherence());
    assertNull(ifg.coherence());
  }

  @Test
  void poolsSeveralProductsRememberingWhichHoldsEach() {
    Product a = product("a", 5, 5);
    Product b = product("b", 5, 5);
    addFlatInterferogram(a, "VV_27Jan2020_08Feb2020", 0.5f);
    addFlatInterferogram(b, "VV_15Jan2020_27Jan2020", 0.5f);

    InterferogramStack stack = InterferogramStack.of(a, b);

    assertEquals(List.of(a, b), stack.products());
    Interferogram first = stack.interferograms().get(0);
    assertEquals("VV_15Jan2020_27Jan2020", first.suffix());
    assertEquals(1, first.productIndex());
    assertSame(b, stack.productOf(first));
    assertEquals(List.of(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 27),
        LocalDate.of(2020, 2, 8)), stack.acquisitionDates());
    assertSame(first, stack.get("VV_15Jan2020_27Jan2020"));
    assertTrue(stack.find("VV_01Jan2020_02Jan2020").isEmpty());
  }

  @Test
  void findsMaskBandsInTheInterferogramsProduct() {
    Product p = product("masked", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    StackFixtures.addByteBand(p, "mask_ifg_VV_15Jan2020_27Jan2020", new byte[16]);
    InterferogramStack stack = InterferogramStack.of(p);
    assertSame(p.getBand("mask_ifg_VV_15Jan2020_27Jan2020"),
        stack.maskBandOf(stack.interferograms().get(0)));
  }

  /**
   * graphs/mask.xml writes DL-Mask's masks alone; given beside its stack, that product's masks
   * apply to the stack's interferograms (it was refused as a product without interferograms, so
   * a stage run on the stack alone went unmasked). Alone, or with a mask given twice, it is
   * refused naming the products.
   */
  @Test
  void findsMaskBandsInAProductOfMasksPooledWithTheStack() {
    Product stack = product("stack", 4, 4);
    addFlatInterferogram(stack, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(stack, "VV_27Jan2020_08Feb2020", 0.5f);
    Product masks = product("stack_mask", 4, 4);
    StackFixtures.addByteBand(masks, "mask_ifg_VV_15Jan2020_27Jan2020", new byte[16]);

    InterferogramStack pooled = InterferogramStack.of(stack, masks);

    assertEquals(2, pooled.size());
    assertSame(masks.getBand("mask_ifg_VV_15Jan2020_27Jan2020"), pooled.maskBandOf(pooled.interferograms().get(0)));
    assertNull(pooled.maskBandOf(pooled.interferograms().get(1)));
    IllegalArgumentException alone = assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(masks));
    assertTrue(alone.getMessage().startsWith("products 'stack_mask' hold masks but no interferogram bands;"),
        alone.getMessage());
    StackFixtures.addByteBand(stack, "mask_ifg_VV_15Jan2020_27Jan2020", new byte[16]);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> InterferogramStack.of(stack, masks));
    assertEquals("mask band 'mask_ifg_VV_15Jan2020_27Jan2020' is in products 'stack', 'stack_mask'; give each"
        + " interferogram's mask once", twice.getMessage());
  }

  @Test
  void wavelengthComesFromRadarFrequencyInMetadata() {
    Product p = product("s", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    setRadarFrequency(p, 9650.0);
    assertEquals(C / 9.65e9, InterferogramStack.of(p).wavelengthMetres(), 1e-12);
  }

  @Test
  void wavelengthDefaultsToSentinel1WhenFrequencyIsMissingOrNoData() {
    Product missing = product("missing", 4, 4);
    addFlatInterferogram(missing, "VV_15Jan2020_27Jan2020", 0.5f);
    Product noData = product("nodata", 4, 4);
    addFlatInterferogram(noData, "VV_15Jan2020_27Jan2020", 0.5f);
    setRadarFrequency(noData, 99999);
    Product zero = product("zero", 4, 4);
    addFlatInterferogram(zero, "VV_15Jan2020_27Jan2020", 0.5f);
    setRadarFrequency(zero, 0);

    double s1 = C / (RadarWavelength.SENTINEL1_FREQUENCY_MHZ * 1e6);
    assertEquals(s1, InterferogramStack.of(missing).wavelengthMetres(), 1e-12);
    assertEquals(s1, InterferogramStack.of(noData).wavelengthMetres(), 1e-12);
    assertEquals(s1, InterferogramStack.of(zero).wavelengthMetres(), 1e-12);
  }

  @Test
  void spansFollowThePairs() {
    Product p = product("s", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(p, "VV_15Jan2020_15Jan2021", 0.5f);
    List<Interferogram> ifgs = InterferogramStack.of(p).interferograms();
    assertEquals(12 / 365.25, ifgs.get(0).pair().spanYears(), 1e-15);
    assertEquals(366 / 365.25, ifgs.get(1).pair().spanYears(), 1e-15);
  }

  @Test
  void rejectsAProductWithoutInterferogramsNamingItAndTheExpectedBands() {
    Product p = product("dem_only", 4, 4);
    addFloatBand(p, "elevation", "meters", filled(16, 0f));
    addFloatBand(p, "Phase_ifg_VV_15Jan2020_27Jan2020", "phase", filled(16, 0f));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));
    assertTrue(e.getMessage().contains("'dem_only'"), e.getMessage());
    assertTrue(e.getMessage().contains("i_ifg_<tag>_<ref>_<sec>"), e.getMessage());
    assertTrue(e.getMessage().contains("q_ifg_"), e.getMessage());
  }

  @Test
  void rejectsProductsOfDifferentSizesNamingBothAndBothSizes() {
    Product a = product("big", 8, 6);
    Product b = product("small", 4, 3);
    addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(b, "VV_27Jan2020_08Feb2020", 0.5f);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(a, b));
    String m = e.getMessage();
    assertTrue(m.contains("'big'") && m.contains("8 x 6"), m);
    assertTrue(m.contains("'small'") && m.contains("4 x 3"), m);
  }

  @Test
  void rejectsARealBandWithoutImaginaryNamingIt() {
    Product p = product("half", 4, 4);
    addFloatBand(p, "i_ifg_VV_15Jan2020_27Jan2020", "real", filled(16, 1f));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));
    assertTrue(e.getMessage().contains("'i_ifg_VV_15Jan2020_27Jan2020'"), e.getMessage());
    assertTrue(e.getMessage().contains("'q_ifg_VV_15Jan2020_27Jan2020'"), e.getMessage());
  }

  @Test
  void rejectsAnImaginaryBandWithoutRealNamingIt() {
    Product p = product("half", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    addFloatBand(p, "q_ifg_VV_27Jan2020_08Feb2020", "imaginary", filled(16, 1f));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));
    assertTrue(e.getMessage().contains("'q_ifg_VV_27Jan2020_08Feb2020'"), e.getMessage());
    assertTrue(e.getMessage().contains("'i_ifg_VV_27Jan2020_08Feb2020'"), e.getMessage());
  }

  @Test
  void rejectsABadDateTokenNamingTheBand() {
    Product p = product("baddate", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_32Jan2020", 0.5f);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));
    assertTrue(e.getMessage().contains("'i_ifg_VV_15Jan2020_32Jan2020'"), e.getMessage());
    assertTrue(e.getMessage().contains("32Jan2020"), e.getMessage());
  }

  @Test
  void rejectsOneInterferogramInTwoProductsNamingBoth() {
    Product a = product("first", 4, 4);
    Product b = product("second", 4, 4);
    addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(b, "VV_15Jan2020_27Jan2020", 0.5f);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(a, b));
    String m = e.getMessage();
    assertTrue(m.contains("'first'") && m.contains("'second'"), m);
    assertTrue(m.contains("VV_15Jan2020_27Jan2020"), m);
  }

  @Test
  void rejectsOnePairNamedInBothDateOrdersNamingBothBands() {
    // one product, and two products pooled: the conjugate naming is the same interferogram
    Product p = product("stack", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(p, "VV_27Jan2020_15Jan2020", 0.5f);
    String m = assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p))
        .getMessage();
    assertTrue(m.contains("'i_ifg_VV_15Jan2020_27Jan2020'")
        && m.contains("'i_ifg_VV_27Jan2020_15Jan2020'") && m.contains("'stack'"), m);
    assertTrue(m.contains("give each interferogram once"), m);

    Product a = product("first", 4, 4);
    Product b = product("second", 4, 4);
    addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(b, "VV_27Jan2020_15Jan2020", 0.5f);
    m = assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(a, b))
        .getMessage();
    assertTrue(m.contains("'first'") && m.contains("'second'"), m);
    assertTrue(m.contains("VV_27Jan2020_15Jan2020"), m);
  }

  @Test
  void keepsOnePairOfTwoPolarisations() {
    Product p = product("stack", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(p, "VH_27Jan2020_15Jan2020", 0.5f);
    assertEquals(2, InterferogramStack.of(p).size());
  }

  @Test
  void rejectsProductsOfDifferentRadarFrequencies() {
    Product a = product("cband", 4, 4);
    Product b = product("xband", 4, 4);
    addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    addFlatInterferogram(b, "VV_27Jan2020_08Feb2020", 0.5f);
    setRadarFrequency(a, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    setRadarFrequency(b, 9650.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(a, b));
    assertTrue(e.getMessage().contains("'cband'") && e.getMessage().contains("'xband'"),
        e.getMessage());
  }

  @Test
  void rejectsAnUnknownSuffixNamingIt() {
    Product p = product("s", 4, 4);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InterferogramStack.of(p).get("VV_01Jan2020_02Jan2020"));
    assertTrue(e.getMessage().contains("VV_01Jan2020_02Jan2020"), e.getMessage());
  }

  /** Adds a float32 band of {@code width} x {@code height}, smaller than the scene. */
  private static void addSmallBand(Product p, String name, int width, int height) {
    org.esa.snap.core.datamodel.Band band = new org.esa.snap.core.datamodel.Band(name,
        org.esa.snap.core.datamodel.ProductData.TYPE_FLOAT32, width, height);
    band.setRasterData(org.esa.snap.core.datamodel.ProductData.createInstance(filled(width * height, 0.5f)));
    p.addBand(band);
  }

  @Test
  void rejectsACoherenceBandSmallerThanTheSceneNamingItTheProductAndBothSizes() {
    Product p = product("multi", 8, 6);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", filled(48, 1f), filled(48, 0f), null);
    addSmallBand(p, "coh_VV_15Jan2020_27Jan2020", 4, 3);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));

    String m = e.getMessage();
    assertTrue(m.contains("'coh_VV_15Jan2020_27Jan2020'") && m.contains("'multi'"), m);
    assertTrue(m.contains("4 x 3") && m.contains("8 x 6"), m);
  }

  @Test
  void rejectsAMaskBandSmallerThanTheSceneNamingIt() {
    Product p = product("multi", 8, 6);
    addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    addSmallBand(p, "mask_ifg_VV_15Jan2020_27Jan2020", 8, 5);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterferogramStack.of(p));

    String m = e.getMessage();
    assertTrue(m.contains("'mask_ifg_VV_15Jan2020_27Jan2020'") && m.contains("8 x 5") && m.contains("8 x 6"), m);
  }
}
