package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.TiePointGrids;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.lite.geo.WktTexts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.util.ProductUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOpTest {

  private static Product read(Map<String, Object> parameters) {
    return GPF.createProduct("Read", parameters);
  }

  @Test
  void readsEveryBandWithItsPixels(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file));

    assertArrayEquals(new String[] {"phase", "count"}, product.getBandNames());
    float[] pixels = product.getBand("phase").readPixels(0, 0, TestProducts.WIDTH, TestProducts.HEIGHT,
        new float[TestProducts.WIDTH * TestProducts.HEIGHT]);
    assertArrayEquals(TestProducts.pixels(file, "phase"), pixels, 0f);
    assertEquals(2 + 100 * 3 + 0.25f, pixels[3 * TestProducts.WIDTH + 2], 0f);
    product.dispose();
  }

  @Test
  void keepsOnlySourceBandsGivenAsCommaList(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file.getPath(), "sourceBands", "count"));

    assertArrayEquals(new String[] {"count"}, product.getBandNames());
    product.dispose();
  }

  /** The test product with masks over each band and one over both masks. */
  private static File writeMasked(File file) throws Exception {
    TestProducts.write(file);
    Product product = ProductIO.readProduct(file);
    product.addMask("high_phase", "phase > 300", null, Color.RED, 0.5);
    product.addMask("low_count", "count < 3", null, Color.BLUE, 0.5);
    product.addMask("either", "high_phase || low_count", null, Color.GREEN, 0.5);
    File masked = new File(file.getParentFile(), "masked.dim");
    ProductIO.writeProduct(product, masked, "BEAM-DIMAP", false);
    product.dispose();
    return masked;
  }

  @Test
  void keepsTheMasksAsSnapsReadDoes(@TempDir File dir) throws Exception {
    File file = writeMasked(new File(dir, "in.dim"));

    Product all = read(Map.of("file", file));
    Product onlyCount = read(Map.of("file", file, "sourceBands", "count"));
    Product either = read(Map.of("file", file, "sourceMasks", "either"));
    Product named = read(Map.of("file", file, "sourceMasks", "low_count"));

    assertArrayEquals(new String[] {"high_phase", "low_count", "either"}, all.getMaskGroup().getNodeNames());
    assertArrayEquals(new String[] {"low_count"}, onlyCount.getMaskGroup().getNodeNames(),
        "a mask over a band left out goes with it");
    assertArrayEquals(new String[] {"high_phase", "low_count", "either"}, either.getMaskGroup().getNodeNames(),
        "a named mask keeps the masks it names");
    assertArrayEquals(new String[] {"low_count"}, named.getMaskGroup().getNodeNames());
    for (Product product : List.of(all, onlyCount, either, named)) {
      product.dispose();
    }
  }

  @Test
  void aPixelRegionKeepsTheMasksOverItsPixels(@TempDir File dir) throws Exception {
    File file = writeMasked(new File(dir, "in.dim"));
    Product whole = read(Map.of("file", file));
    Product region = read(Map.of("file", file, "pixelRegion", "1,2,3,2", "useAdvancedOptions", "true"));

    ProductData expected = whole.getMaskGroup().get("either").createCompatibleRasterData(3, 2);
    whole.getMaskGroup().get("either").readRasterData(1, 2, 3, 2, expected);
    ProductData actual = region.getMaskGroup().get("either").createCompatibleRasterData(3, 2);
    region.getMaskGroup().get("either").readRasterData(0, 0, 3, 2, actual);

    assertArrayEquals((byte[]) expected.getElems(), (byte[]) actual.getElems());
    assertEquals(3, region.getMaskGroup().get("either").getRasterWidth());
    whole.dispose();
    region.dispose();
  }

  @Test
  void rejectsASourceMaskItCannotKeepNamingIt(@TempDir File dir) throws Exception {
    File file = writeMasked(new File(dir, "in.dim"));

    OperatorException missing = assertThrows(OperatorException.class,
        () -> read(Map.of("file", file, "sourceMasks", "water")));
    OperatorException bandLeftOut = assertThrows(OperatorException.class,
        () -> read(Map.of("file", file, "sourceBands", "count", "sourceMasks", "high_phase")));

    assertEquals("Parameter 'sourceMasks' of Read names mask 'water', which product " + file
        + " does not have; its masks are [high_phase, low_count, either]", missing.getMessage());
    assertEquals("Parameter 'sourceMasks' of Read names mask 'high_phase', which needs bands that parameter"
        + " 'sourceBands' leaves out", bandLeftOut.getMessage());
  }

  @Test
  void rejectsSourceBandTheProductLacksNamingBandAndFile(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    OperatorException e = assertThrows(OperatorException.class,
        () -> read(Map.of("file", file, "sourceBands", new String[] {"phase", "coherence"})));

    assertTrue(e.getMessage().contains("'coherence'") && e.getMessage().contains(file.getPath()), e.getMessage());
  }

  @Test
  void dropsMetadataWhenCopyMetadataIsFalse(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product kept = read(Map.of("file", file));
    Product dropped = read(Map.of("file", file, "copyMetadata", "false"));

    assertNotNull(kept.getMetadataRoot().getElement("Abstracted_Metadata"));
    assertNull(dropped.getMetadataRoot().getElement("Abstracted_Metadata"));
    kept.dispose();
    dropped.dispose();
  }

  @Test
  void reportsMissingFileNamingIt(@TempDir File dir) {
    File missing = new File(dir, "missing.dim");

    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", missing)));

    assertTrue(e.getMessage().contains(missing.getPath()), e.getMessage());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void reportsFileThatIsNoProductNamingIt(@TempDir File dir) throws Exception {
    File notAProduct = new File(dir, "notes.dim");
    Files.writeString(notAProduct.toPath(), "these are notes, not a product");

    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", notAProduct)));

    assertTrue(e.getMessage().contains(notAProduct.getPath()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void reportsUnsetGraphVariableNamingIt() {
    OperatorException e = assertThrows(OperatorException.class, () -> read(Map.of("file", "${input}")));

    assertTrue(e.getMessage().contains("-Pinput="), e.getMessage());
  }

  @Test
  void requiresTheFileParameter() {
    assertThrows(OperatorException.class, () -> read(new HashMap<>()));
  }

  @Test
  void acceptsGraphBuilderRegionParametersCoveringTheWholeScene(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));
    String whole = "0,0," + TestProducts.WIDTH + "," + TestProducts.HEIGHT;

    Product product = read(Map.of("file", file, "pixelRegion", whole, "geometryRegion", "",
        "useAdvancedOptions", "false", "sourceMasks", ""));

    assertEquals(TestProducts.WIDTH, product.getSceneRasterWidth());
    product.dispose();
  }

  @Test
  void readsThePixelRegionWithAdvancedOptions(@TempDir File dir) throws Exception {
    File file = writeGeocodedScene(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file, "pixelRegion", "5,3,10,7", "useAdvancedOptions", "true"));

    assertEquals(10, product.getSceneRasterWidth());
    assertEquals(7, product.getSceneRasterHeight());
    float[] pixels = product.getBand("phase").readPixels(0, 0, 10, 7, new float[70]);
    assertEquals(5 + 100 * 3 + 0.25f, pixels[0], 0f);
    assertEquals(14 + 100 * 9 + 0.25f, pixels[69], 0f);
    float[] counts = product.getBand("count").readPixels(2, 1, 1, 1, new float[1]);
    assertEquals(7 - 4, counts[0], 0f);
    Product whole = read(Map.of("file", file));
    GeoPos expected = whole.getSceneGeoCoding().getGeoPos(new PixelPos(5.5 + 2, 3.5 + 4), null);
    GeoPos actual = product.getSceneGeoCoding().getGeoPos(new PixelPos(2.5, 4.5), null);
    assertEquals(expected.getLat(), actual.getLat(), 1e-9, "a pixel keeps its latitude");
    assertEquals(expected.getLon(), actual.getLon(), 1e-9, "a pixel keeps its longitude");
    assertEquals(ProductUtils.getScanLineTime(whole, 3).format(), product.getStartTime().format());
    assertEquals(ProductUtils.getScanLineTime(whole, 9).format(), product.getEndTime().format());
    assertNotNull(product.getMetadataRoot().getElement("Abstracted_Metadata"));
    product.dispose();
    whole.dispose();
  }

  @Test
  void aPixelRegionMovesAMapGridWithIt(@TempDir File dir) throws Exception {
    File file = new File(dir, "map.dim");
    Product product = ProductIO.readProduct(TestProducts.write(new File(dir, "plain.dim")));
    product.setSceneGeoCoding(new CrsGeoCoding(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000},
        TestProducts.WIDTH, TestProducts.HEIGHT));
    ProductIO.writeProduct(product, file, "BEAM-DIMAP", false);
    product.dispose();

    Product region = read(Map.of("file", file, "pixelRegion", "5,3,10,7", "useAdvancedOptions", "true"));
    Product whole = read(Map.of("file", file));
    GeoPos expected = whole.getSceneGeoCoding().getGeoPos(new PixelPos(5.5 + 2, 3.5 + 4), null);
    GeoPos actual = region.getSceneGeoCoding().getGeoPos(new PixelPos(2.5, 4.5), null);
    assertEquals(expected.getLat(), actual.getLat(), 1e-12, "a pixel keeps its latitude");
    assertEquals(expected.getLon(), actual.getLon(), 1e-12, "a pixel keeps its longitude");
    region.dispose();
    whole.dispose();
  }

  /** Tie-point grids beside a map grid (an imported lon/lat stack's) move with the region as well. */
  @Test
  void aPixelRegionMovesTheTiePointGridsBesideAMapGrid(@TempDir File dir) throws Exception {
    File file = new File(dir, "map.dim");
    Product product = ProductIO.readProduct(TestProducts.write(new File(dir, "plain.dim")));
    float[] lat = new float[4 * 3];
    for (int k = 0; k < lat.length; k++) {
      lat[k] = (float) (50 - 0.25 * (0.5 + 8 * (k / 4)));
    }
    product.setSceneGeoCoding(new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.5, 0, 0, -0.25, 10, 50},
        TestProducts.WIDTH, TestProducts.HEIGHT).withTiePointGrids(
        List.of(new TiePointGrid("latitude", 4, 3, 0.5, 0.5, 8, 8, lat, false))));
    ProductIO.writeProduct(product, file, "BEAM-DIMAP", false);
    product.dispose();

    Product region = read(Map.of("file", file, "pixelRegion", "5,3,10,7", "useAdvancedOptions", "true"));
    Product whole = read(Map.of("file", file));
    assertInstanceOf(CrsGeoCoding.class, region.getSceneGeoCoding());
    TiePointGrid wholeLat = TiePointGrids.named(whole.getSceneGeoCoding(), "latitude");
    TiePointGrid regionLat = TiePointGrids.named(region.getSceneGeoCoding(), "latitude");
    assertEquals(wholeLat.getPixelDouble(5.5 + 2, 3.5 + 4), regionLat.getPixelDouble(2.5, 4.5), 1e-9);
    assertEquals(region.getSceneGeoCoding().getGeoPos(new PixelPos(2.5, 4.5), null).getLat(),
        regionLat.getPixelDouble(2.5, 4.5), 1e-5);
    region.dispose();
    whole.dispose();
  }

  /** As SNAP's ProductSubsetBuilder.updateMetadata: what a SAR step after the subset reads. */
  @Test
  void aPixelRegionUpdatesTheAbstractedMetadataAsSnapsSubsetDoes(@TempDir File dir) throws Exception {
    File file = writeGeocodedScene(new File(dir, "in.dim"));
    Product withMetadata = ProductIO.readProduct(file);
    MetadataElement abs = withMetadata.getMetadataRoot().getElement("Abstracted_Metadata");
    abs.setAttributeDouble("radar_frequency", 5405.0);
    abs.setAttributeInt("num_output_lines", TestProducts.HEIGHT);
    abs.setAttributeInt("num_samples_per_line", TestProducts.WIDTH);
    abs.setAttributeInt("subset_offset_x", 0);
    abs.setAttributeInt("subset_offset_y", 0);
    abs.setAttributeUTC("first_line_time", ProductData.UTC.parse("15-JAN-2020 05:43:21.000000"));
    abs.setAttributeUTC("last_line_time", ProductData.UTC.parse("15-JAN-2020 05:43:23.200000"));
    for (String corner : new String[] {"first_near", "first_far", "last_near", "last_far"}) {
      abs.setAttributeDouble(corner + "_lat", 0);
      abs.setAttributeDouble(corner + "_long", 0);
    }
    File sar = new File(dir, "sar.dim");
    ProductIO.writeProduct(withMetadata, sar, "BEAM-DIMAP", false);
    withMetadata.dispose();

    Product region = read(Map.of("file", sar, "pixelRegion", "5,3,10,7", "useAdvancedOptions", "true"));

    MetadataElement subset = region.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(7, subset.getAttributeInt("num_output_lines"));
    assertEquals(10, subset.getAttributeInt("num_samples_per_line"));
    assertEquals(5, subset.getAttributeInt("subset_offset_x"));
    assertEquals(3, subset.getAttributeInt("subset_offset_y"));
    // 22 lines in 2.2 s: line 3 at 0.3 s, line 9 at 0.9 s
    assertEquals("15-JAN-2020 05:43:21.300000", subset.getAttributeUTC("first_line_time").format());
    assertEquals("15-JAN-2020 05:43:21.900000", subset.getAttributeUTC("last_line_time").format());
    GeoPos lastFar = region.getSceneGeoCoding().getGeoPos(new PixelPos(9.5, 6.5), null);
    assertEquals(lastFar.getLat(), subset.getAttributeDouble("last_far_lat"), 1e-12);
    assertEquals(lastFar.getLon(), subset.getAttributeDouble("last_far_long"), 1e-12);
    GeoPos firstNear = region.getSceneGeoCoding().getGeoPos(new PixelPos(0.5, 0.5), null);
    assertEquals(firstNear.getLat(), subset.getAttributeDouble("first_near_lat"), 1e-12);
    assertEquals("ASCENDING", subset.getAttributeString("PASS"), "the rest is kept");
    region.dispose();
  }

  /** SNAP's own names, under which its Graph Builder saves every Read node (aliases sourceBands, sourceMasks). */
  @Test
  void takesSnapsParameterNamesBandNamesAndMaskNamesAsWellAsTheirAliases(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));
    Product byName = read(Map.of("file", file, "bandNames", new String[] {"phase"}, "maskNames", new String[0]));
    Product byAlias = read(Map.of("file", file, "sourceBands", new String[] {"phase"}));
    assertArrayEquals(new String[] {"phase"}, byName.getBandNames());
    assertArrayEquals(new String[] {"phase"}, byAlias.getBandNames());
  }

  /** As SNAP, where it cannot locate (a CRS it cannot read), the subset keeps the frame's corners. */
  @Test
  void aPixelRegionOfAProductItCannotLocateKeepsTheFramesCorners(@TempDir File dir) throws Exception {
    Product product = ProductIO.readProduct(TestProducts.write(new File(dir, "plain.dim")));
    product.setSceneGeoCoding(new CrsGeoCoding("PROJCS[\"foo\", GEOGCS[\"x\"], PROJECTION[\"Nonexistent\"]]",
        new double[] {10, 0, 0, -10, 500000, 4460890}, TestProducts.WIDTH, TestProducts.HEIGHT));
    MetadataElement abs = product.getMetadataRoot().getElement("Abstracted_Metadata");
    abs.setAttributeDouble("radar_frequency", 5405.0);
    abs.setAttributeDouble("first_near_lat", 40.25);
    File file = new File(dir, "unlocated.dim");
    ProductIO.writeProduct(product, file, "BEAM-DIMAP", false);
    product.dispose();

    Product region = read(Map.of("file", file, "pixelRegion", "5,3,10,7", "useAdvancedOptions", "true"));

    assertEquals(40.25, region.getMetadataRoot().getElement("Abstracted_Metadata").getAttributeDouble("first_near_lat"));
    region.dispose();
  }

  @Test
  void clipsAPixelRegionToTheScene(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file, "pixelRegion", "30,20,50,50", "useAdvancedOptions", "true"));

    assertEquals(TestProducts.WIDTH - 30, product.getSceneRasterWidth());
    assertEquals(TestProducts.HEIGHT - 20, product.getSceneRasterHeight());
    product.dispose();
  }

  @Test
  void ignoresThePixelRegionWithoutAdvancedOptionsAsSnap(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    Product product = read(Map.of("file", file, "pixelRegion", "1,1,2,2"));

    assertEquals(TestProducts.WIDTH, product.getSceneRasterWidth());
    product.dispose();
  }

  @Test
  void rejectsAMalformedOrOutsidePixelRegionNamingIt(@TempDir File dir) throws Exception {
    File file = TestProducts.write(new File(dir, "in.dim"));

    for (String region : new String[] {"1,1,2", "a,b,c,d", "100,100,5,5", "1,1,0,4"}) {
      OperatorException e = assertThrows(OperatorException.class,
          () -> read(Map.of("file", file, "pixelRegion", region, "useAdvancedOptions", "true")));
      assertTrue(e.getMessage().contains("pixelRegion") && e.getMessage().contains(region), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  /** TestProducts' scene with lat/lon tie-point grids (sub-sampling 4) and start and end times. */
  private static File writeGeocodedScene(File file) throws Exception {
    Product product = ProductIO.readProduct(TestProducts.write(new File(file.getParentFile(), "plain.dim")));
    int gw = 11;
    int gh = 7;
    float[] lat = new float[gw * gh];
    float[] lon = new float[gw * gh];
    for (int j = 0; j < gh; j++) {
      for (int i = 0; i < gw; i++) {
        lat[j * gw + i] = 45f - 0.01f * j - 0.002f * i;
        lon[j * gw + i] = 7f + 0.013f * i + 0.001f * j;
      }
    }
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(
        new TiePointGrid("latitude", gw, gh, 0.5, 0.5, 4, 4, lat, false),
        new TiePointGrid("longitude", gw, gh, 0.5, 0.5, 4, 4, lon, true)), "latitude", "longitude",
        TestProducts.WIDTH, TestProducts.HEIGHT));
    product.setStartTime(ProductData.UTC.parse("15-JAN-2020 05:43:21.000000"));
    product.setEndTime(ProductData.UTC.parse("15-JAN-2020 05:43:23.000000"));
    ProductIO.writeProduct(product, file, "BEAM-DIMAP", false);
    product.dispose();
    return file;
  }

  /** SNAP's message (ReadOp.java:135-136), now that an unset notNull parameter reaches initialize(). */
  @Test
  void anUnsetFileIsRefusedWithSnapsMessage() {
    OperatorException e = assertThrows(OperatorException.class, () -> new ReadOp().getTargetProduct());

    assertEquals("The 'file' parameter is not set: expected a .dim file or an interferogram folder",
        e.getMessage());
  }
}
