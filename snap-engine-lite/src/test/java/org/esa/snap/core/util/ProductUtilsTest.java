package org.esa.snap.core.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.WktTexts;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.FlagCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.IndexCoding;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.junit.jupiter.api.Test;

class ProductUtilsTest {

  private final Product source = new Product("source", "SLC", 4, 3);
  private final Product target = new Product("target", "IFG", 4, 3);

  ProductUtilsTest() throws ParseException {
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("radar_frequency", 5405.0);
    MetadataElement baselines = new MetadataElement("Baselines");
    baselines.setAttributeDouble("Perp Baseline", 42.0);
    abs.addElement(baselines);
    source.getMetadataRoot().addElement(abs);
    source.getMetadataRoot().setAttributeString("origin", "test");
    source.setStartTime(ProductData.UTC.parse("15-JAN-2020 05:43:21.000000"));
    source.setEndTime(ProductData.UTC.parse("15-JAN-2020 05:43:23.000000"));
    source.setQuicklookBandName("coh");
    source.setPreferredTileSize(2, 2);
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 3, 2, new float[] {46, 46, 45, 45}, false);
    TiePointGrid lon = new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 3, 2, new float[] {10, 13, 10, 13}, true);
    source.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, lon), "latitude", "longitude", 4, 3));
  }

  @Test
  void copyProductNodesCopiesEverythingButBands() {
    source.setDescription("an interferogram stack");
    target.addBand("coh", ProductData.TYPE_FLOAT32);
    ProductUtils.copyProductNodes(source, target);

    MetadataElement copied = target.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(5405.0, copied.getAttributeDouble("radar_frequency"));
    assertEquals(42.0, copied.getElement("Baselines").getAttributeDouble("Perp Baseline"));
    assertEquals("test", target.getMetadataRoot().getAttributeString("origin"));
    assertNotSame(source.getMetadataRoot().getElement("Abstracted_Metadata"), copied);
    assertSame(target, copied.getProduct());
    assertEquals("15-JAN-2020 05:43:21.000000", target.getStartTime().format());
    assertEquals("15-JAN-2020 05:43:23.000000", target.getEndTime().format());
    assertEquals("coh", target.getQuicklookBandName());
    assertEquals("an interferogram stack", target.getDescription());
    assertNull(target.getPreferredTileSize(), "SNAP's copyProductNodes leaves the tile size to GPF");
    assertArrayEquals(new String[] {"latitude", "longitude"}, target.getTiePointGridNames());
    assertTrue(target.getSceneGeoCoding().canGetGeoPos());
    assertArrayEquals(new String[] {"coh"}, target.getBandNames());
  }

  /**
   * SNAP's copyProductNodes copies the flag codings and flag bands (with their coding), the index
   * codings (not the index bands) and the band grouping.
   */
  @Test
  void copyProductNodesCopiesCodingsFlagBandsAndGrouping() throws IOException {
    FlagCoding flags = new FlagCoding("quality");
    flags.addFlag("water", 0x03, 0x01, "open water");
    source.getFlagCodingGroup().add(flags);
    Band quality = source.addBand("quality", ProductData.TYPE_UINT8);
    quality.setSampleCoding(flags);
    quality.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8,
        new byte[] {0, 1, 2, 3, 1, 1, 0, 0, 3, 3, 2, 1}));
    IndexCoding classes = new IndexCoding("land_cover");
    classes.addIndex("forest", 3, null);
    source.getIndexCodingGroup().add(classes);
    source.addBand("cover", ProductData.TYPE_INT16).setSampleCoding(classes);
    source.setAutoGrouping("i_ifg:q_ifg:coh");

    ProductUtils.copyProductNodes(source, target);

    assertArrayEquals(new String[] {"quality"}, target.getBandNames(), "flag bands are copied, index bands not");
    Band copied = target.getBand("quality");
    assertSame(target.getFlagCodingGroup().get("quality"), copied.getFlagCoding());
    assertNotSame(flags, copied.getFlagCoding());
    assertEquals(0x03, copied.getFlagCoding().getFlagMask("water"));
    assertEquals("open water", copied.getFlagCoding().getFlag("water").getDescription());
    assertEquals(3, target.getIndexCodingGroup().get("land_cover").getIndexValue("forest"));
    assertEquals(source.getAutoGrouping(), target.getAutoGrouping());
    ProductData pixels = copied.createCompatibleRasterData(4, 3);
    copied.readRasterData(0, 0, 4, 3, pixels);
    assertEquals(3, pixels.getElemIntAt(3), "the flag band serves the source's pixels");
  }

  /**
   * SNAP's copyProductNodes (snap-engine 14.x, snap-core ProductUtils) has no copyPreferredTileSize
   * call, and copyQuicklookBandName sets the name only when the target has that band.
   */
  @Test
  void copyProductNodesLeavesTileSizeAndAQuicklookBandTheTargetLacks() {
    ProductUtils.copyProductNodes(source, target);

    assertNull(target.getPreferredTileSize());
    assertNull(target.getQuicklookBandName());
  }

  @Test
  void copyPreferredTileSizeClipsItToTheTargetsSceneAsSnap() {
    // SNAP 14 (snap-core ProductUtils.java 14.x, lines 1862-1869): the tile intersected with the
    // target's scene rectangle
    source.setPreferredTileSize(512, 2);
    Product small = new Product("small", "IFG", 300, 200);

    ProductUtils.copyPreferredTileSize(source, target);
    ProductUtils.copyPreferredTileSize(source, small);

    assertEquals(new Dimension(4, 2), target.getPreferredTileSize());
    assertEquals(new Dimension(300, 2), small.getPreferredTileSize());
    Product none = new Product("none", "IFG", 4, 3);
    ProductUtils.copyPreferredTileSize(none, small);
    assertEquals(new Dimension(300, 2), small.getPreferredTileSize());
  }

  @Test
  void copiedMetadataIsIndependentOfTheSource() {
    ProductUtils.copyMetadata(source, target);
    source.getMetadataRoot().getElement("Abstracted_Metadata").setAttributeDouble("radar_frequency", 1.0);

    assertEquals(5405.0, target.getMetadataRoot().getElement("Abstracted_Metadata")
        .getAttributeDouble("radar_frequency"));
  }

  @Test
  void copyBandCopiesPropertiesAndServesTheSourcePixels() throws IOException {
    Band coh = source.addBand("coh", ProductData.TYPE_INT16);
    coh.setUnit("coherence");
    coh.setDescription("coherence of the pair");
    coh.setScalingFactor(0.001);
    coh.setNoDataValue(-1);
    coh.setNoDataValueUsed(true);
    coh.setValidPixelExpression("coh >= 0");
    coh.setSpectralWavelength(55465.8f);
    coh.setSpectralBandwidth(9.937f);
    coh.setSolarFlux(1665.3435f);
    coh.setRasterData(ProductData.createInstance(new short[] {0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
        -1}));

    Band copy = ProductUtils.copyBand("coh", source, target, true);

    assertSame(copy, target.getBand("coh"));
    assertEquals(ProductData.TYPE_INT16, copy.getDataType());
    assertEquals("coherence", copy.getUnit());
    assertEquals("coherence of the pair", copy.getDescription());
    assertEquals(0.001, copy.getScalingFactor());
    assertEquals(-1.0, copy.getNoDataValue());
    assertTrue(copy.isNoDataValueUsed());
    assertEquals("coh >= 0", copy.getValidPixelExpression());
    assertEquals(55465.8f, copy.getSpectralWavelength());
    assertEquals(9.937f, copy.getSpectralBandwidth());
    assertEquals(1665.3435f, copy.getSolarFlux());
    assertTrue(copy.isSourceImageSet());
    assertArrayEquals(new float[] {0.5f, 0.6f}, copy.readPixels(1, 1, 2, 1, (float[]) null), 1e-6f);
  }

  @Test
  void anUnsetNoDataValueIsCopiedAsZeroOverTheTargetsAsSnapCopiesIt() {
    // SNAP 14 copyRasterDataNodeProperties (snap-core ProductUtils.java 14.x, lines 941-942)
    // copies getNoDataValue, 0 when unset, without asking isNoDataValueSet
    Band coh = source.addBand("coh", ProductData.TYPE_FLOAT32);
    Band copy = new Band("coh", ProductData.TYPE_FLOAT32, 4, 3);
    copy.setNoDataValue(Double.NaN);
    copy.setNoDataValueUsed(true);

    ProductUtils.copyRasterDataNodeProperties(coh, copy);

    assertTrue(copy.isNoDataValueSet());
    assertEquals(0.0, copy.getNoDataValue());
    assertFalse(copy.isNoDataValueUsed());
  }

  @Test
  void copyBandWithoutSourceImageCopiesNoPixels() {
    source.addBand("coh", ProductData.TYPE_FLOAT32);

    Band copy = ProductUtils.copyBand("coh", source, "coh_copy", target, false);

    assertEquals("coh_copy", copy.getName());
    assertFalse(copy.isSourceImageSet());
  }

  @Test
  void copyBandOfAMissingBandReturnsNullAsSnap() {
    assertNull(ProductUtils.copyBand("missing", source, target, true));
  }

  /**
   * SNAP's copyVirtualBand copies the expression, unit, description and no-data value, not the
   * scaling or valid-pixel expression (its copyVirtualBandWithStatistics does): the stand-in
   * copied every property, so a product carried through headless kept what SNAP's dropped.
   */
  @Test
  void copyVirtualBandCopiesTheExpressionUnitDescriptionAndNoDataAsSnap() {
    VirtualBand phase = (VirtualBand) source.addBand("Phase_ifg", "atan2(q_ifg, i_ifg)");
    phase.setUnit("phase");
    phase.setDescription("wrapped phase");
    phase.setNoDataValue(-9);
    phase.setNoDataValueUsed(true);
    phase.setValidPixelExpression("coh > 0.3");
    phase.setScalingFactor(2);

    VirtualBand copy = ProductUtils.copyVirtualBand(target, phase, "Phase_ifg");

    assertEquals("atan2(q_ifg, i_ifg)", copy.getExpression());
    assertEquals("phase", copy.getUnit());
    assertEquals("wrapped phase", copy.getDescription());
    assertEquals(-9, copy.getNoDataValue());
    assertTrue(copy.isNoDataValueUsed());
    assertNull(copy.getValidPixelExpression());
    assertEquals(1, copy.getScalingFactor());
    assertSame(copy, target.getBand("Phase_ifg"));
  }

  @Test
  void copyTiePointGridsAddsOnlyGridsTheTargetLacks() {
    TiePointGrid own = new TiePointGrid("incident_angle", 2, 2, 0, 0, 1, 1, new float[] {30, 30, 30, 30}, false);
    target.setSceneGeoCoding(new TiePointGeoCoding(List.of(own), null, null, 4, 3));

    ProductUtils.copyTiePointGrids(source, target);

    assertArrayEquals(new String[] {"incident_angle", "latitude", "longitude"}, target.getTiePointGridNames());
    assertFalse(target.getSceneGeoCoding().canGetGeoPos(), "the target keeps its own lat/lon grid names");
    ProductUtils.copyGeoCoding(source, target);
    assertTrue(target.getSceneGeoCoding().canGetGeoPos());
    assertArrayEquals(new String[] {"latitude", "longitude", "incident_angle"}, target.getTiePointGridNames());
  }

  /**
   * An operator's target of an imported lon/lat stack keeps both its map geocoding and its
   * latitude and longitude grids, as SNAP's copyProductNodes copies grid nodes and geocoding.
   */
  @Test
  void copyProductNodesCarriesAMapGeocodingAndTheGridsBesideIt() {
    Product stack = new Product("stack", "IFG", 4, 3);
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 3, 2, new float[] {2, 2, 1, 1}, false);
    CrsGeoCoding map = new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {1, 0, 0, -0.5, 0, 2.25}, 4, 3)
        .withTiePointGrids(List.of(lat));
    stack.setSceneGeoCoding(map);

    ProductUtils.copyProductNodes(stack, target);

    CrsGeoCoding copied = assertInstanceOf(CrsGeoCoding.class, target.getSceneGeoCoding());
    assertArrayEquals(map.getImageToMap(), copied.getImageToMap());
    assertArrayEquals(new String[] {"latitude"}, target.getTiePointGridNames());

    // a target with grids of its own keeps them beside the map grid
    Product other = new Product("other", "IFG", 4, 3);
    TiePointGrid incidence = new TiePointGrid("incident_angle", 2, 2, 0, 0, 1, 1, new float[] {30, 30, 30, 30}, false);
    other.setSceneGeoCoding(new TiePointGeoCoding(List.of(incidence), null, null, 4, 3));
    ProductUtils.copyProductNodes(stack, other);
    assertInstanceOf(CrsGeoCoding.class, other.getSceneGeoCoding());
    assertArrayEquals(new String[] {"latitude", "incident_angle"}, other.getTiePointGridNames());
  }

  @Test
  void bandLevelGeoCodingCopies() {
    Band a = source.addBand("a", ProductData.TYPE_FLOAT32);
    Band b = target.addBand("b", ProductData.TYPE_FLOAT32);

    ProductUtils.copyGeoCoding(source, b);

    assertSame(source.getSceneGeoCoding(), b.getGeoCoding());
    Product other = new Product("o", "X", 4, 3);
    ProductUtils.copyGeoCoding(a, other);
    assertSame(source.getSceneGeoCoding(), other.getSceneGeoCoding());
  }

  @Test
  void scanLineTimeInterpolatesFromFirstToLastLine() {
    assertEquals("15-JAN-2020 05:43:21.000000", ProductUtils.getScanLineTime(source, 0).format());
    assertEquals("15-JAN-2020 05:43:22.000000", ProductUtils.getScanLineTime(source, 1).format());
    assertEquals("15-JAN-2020 05:43:23.000000", ProductUtils.getScanLineTime(source, 2).format());
    assertNull(ProductUtils.getScanLineTime(target, 1));
  }

  @Test
  void centerGeoPosIsThatOfTheSceneCentre() {
    GeoPos centre = ProductUtils.getCenterGeoPos(source);

    assertEquals(45.5, centre.lat, 1e-5);
    assertEquals(11.5, centre.lon, 1e-5);
    assertNull(ProductUtils.getCenterGeoPos(target));
  }

  @Test
  void historyElementsGoUnderMetadataHistoryNestingThePreviousOne() {
    MetadataElement first = new MetadataElement("Processing");
    MetadataElement second = new MetadataElement("Processing");

    ProductUtils.addElementToHistory(target, first);
    ProductUtils.addElementToHistory(target, second);

    MetadataElement history = target.getMetadataRoot().getElement(Product.HISTORY_ROOT_NAME);
    assertEquals(1, history.getNumElements());
    assertSame(second, history.getElement("Processing"));
    assertSame(first, second.getElement("Processing"));
  }

  @Test
  void aMaskIsCopiedOnlyOnceTheTargetHasItsRastersAsInSnap() throws IOException {
    Band coherence = source.addBand("coh", ProductData.TYPE_FLOAT32);
    coherence.setRasterData(ProductData.createInstance(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f,
        0.9f, 0.1f, 0.2f, 0.3f}));
    source.addMask("low", "coh < 0.35", "low coherence", Color.BLUE, 0.25);
    Mask range = new Mask("high", 4, 3, Mask.RangeType.INSTANCE);
    Mask.RangeType.setRasterName(range, "coh");
    Mask.RangeType.setMinimum(range, 0.75);
    Mask.RangeType.setMaximum(range, 1.0);
    source.addMask(range);
    source.addMask("low_or_high", "low || high", null, Color.GREEN, 0.5);

    // SNAP's copyProductNodes runs before an operator adds its bands: masks over them stay behind
    ProductUtils.copyProductNodes(source, target);
    assertEquals(0, target.getMaskGroup().getNodeCount());

    ProductUtils.copyBand("coh", source, target, true);
    ProductUtils.copyMasks(source, target);

    assertArrayEquals(new String[] {"low", "high", "low_or_high"}, target.getMaskGroup().getNodeNames());
    Mask low = target.getMaskGroup().get("low");
    assertEquals("coh < 0.35", Mask.BandMathsType.getExpression(low));
    assertEquals("low coherence", low.getDescription());
    assertEquals(Color.BLUE, low.getImageColor());
    assertEquals(0.25, low.getImageTransparency());
    assertEquals(0.75, Mask.RangeType.getMinimum(target.getMaskGroup().get("high")));
    Mask either = target.getMaskGroup().get("low_or_high");
    ProductData pixels = either.createCompatibleRasterData(4, 3);
    either.readRasterData(0, 0, 4, 3, pixels);
    int[] expected = {255, 255, 255, 0, 0, 0, 0, 255, 255, 255, 255, 255};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], pixels.getElemIntAt(i), "pixel " + i);
    }
  }

  @Test
  void aMaskNamingAnotherMaskBringsItAlong() {
    source.addBand("coh", ProductData.TYPE_FLOAT32);
    source.addMask("low", "coh < 0.35", null, Color.BLUE, 0.5);
    source.addMask("not_low", "!low", null, Color.RED, 0.5);
    target.addBand("coh", ProductData.TYPE_FLOAT32);
    Mask notLow = source.getMaskGroup().get("not_low");

    Mask copy = notLow.getImageType().transferMask(notLow, target);

    assertEquals("!low", Mask.BandMathsType.getExpression(copy));
    assertArrayEquals(new String[] {"low", "not_low"}, target.getMaskGroup().getNodeNames());
  }

  @Test
  void flagBandsAreCopiedWithTheirCodingAndTheirMasks() throws IOException {
    FlagCoding coding = new FlagCoding("quality");
    coding.addFlag("LAYOVER", 1, "layover");
    coding.addFlag("SHADOW", 6, 4, "radar shadow: bits 2 and 3 equal 4");
    source.getFlagCodingGroup().add(coding);
    Band quality = source.addBand("quality", ProductData.TYPE_UINT8);
    quality.setSampleCoding(coding);
    quality.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, new byte[] {0, 1, 4, 5, 6, 7, 0, 0, 0, 0,
        0, 0}));
    source.addMask("shadow", "quality.SHADOW", "radar shadow", Color.BLACK, 0.5);

    ProductUtils.copyFlagBands(source, target, true);

    assertTrue(target.getBand("quality").isFlagBand());
    Mask shadow = target.getMaskGroup().get("shadow");
    ProductData pixels = shadow.createCompatibleRasterData(4, 3);
    shadow.readRasterData(0, 0, 4, 3, pixels);
    int[] expected = {0, 0, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], pixels.getElemIntAt(i), "(raw & 6) == 4 at pixel " + i);
    }
  }

  @Test
  void copiedPixelsFollowTheSourceBand() throws IOException {
    Band coh = source.addBand("coh", ProductData.TYPE_FLOAT32);
    Band copy = ProductUtils.copyBand("coh", source, target, true);

    coh.setRasterData(ProductData.createInstance(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

    assertArrayEquals(new float[] {9, 10}, copy.readPixels(1, 2, 2, 1, (float[]) null));
  }
}
