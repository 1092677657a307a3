package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Dimension;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.WktTexts;
import org.dlinsar.lite.geo.TiePointGrid;
import org.junit.jupiter.api.Test;

class ProductTest {

  private final Product product = new Product("stack", "SLC", 8, 6);

  @Test
  void bandLookupsRefuseANullOrEmptyNameAsSnaps() {
    // SNAP 14 getBand, getBandIndex, containsBand (snap-core Product.java 14.x, lines 1256-1287):
    // Guardian.assertNotNullOrEmpty("name", name); containsRasterDataNode and getRasterDataNode
    // go through them (lines 1297-1315)
    product.addBand("coh", ProductData.TYPE_FLOAT32);
    for (String name : new String[] {null, ""}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> product.getBand(name));
      assertEquals("[name] is " + (name == null ? "null" : "an empty string")
          + ": Product.getBand of 'stack' needs the name of a node", error.getMessage());
      assertThrows(IllegalArgumentException.class, () -> product.getBandIndex(name));
      assertThrows(IllegalArgumentException.class, () -> product.containsBand(name));
      assertThrows(IllegalArgumentException.class, () -> product.containsRasterDataNode(name));
      assertThrows(IllegalArgumentException.class, () -> product.getRasterDataNode(name));
    }
    assertNull(product.getBand("phase"));
    assertEquals(0, product.getBandIndex("COH"));
    // a blank name is still refused as a name, not as a lookup
    Band coh = product.getBand("coh");
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> coh.setName("  "));
    assertTrue(blank.getMessage().contains("is not a valid name"), blank.getMessage());
  }

  @Test
  void addedBandsBelongToTheProductAndHaveTheSceneSize() {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);

    assertSame(product, band.getProduct());
    assertEquals(new Dimension(8, 6), band.getRasterSize());
    assertSame(band, product.getBand("COH"));
    assertSame(band, product.getRasterDataNode("coh"));
    assertEquals(0, product.getBandIndex("coh"));
    assertArrayEquals(new String[] {"coh"}, product.getBandNames());
  }

  @Test
  void expressionBandsAreFloatVirtualBands() {
    Band band = product.addBand("Phase", "atan2(q, i)");

    VirtualBand virtual = assertInstanceOf(VirtualBand.class, band);
    assertEquals("atan2(q, i)", virtual.getExpression());
    assertEquals(ProductData.TYPE_FLOAT32, band.getDataType());
    assertEquals(ProductData.TYPE_INT8, product.addBand("m", "1", ProductData.TYPE_INT8).getDataType());
  }

  @Test
  void rejectsASecondBandOfTheSameNameIgnoringCase() {
    product.addBand("coh", ProductData.TYPE_FLOAT32);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> product.addBand("COH", ProductData.TYPE_FLOAT32));
    assertEquals("The Product 'stack' already contains a band with the name 'COH'.", error.getMessage());
  }

  @Test
  void removedBandsLoseTheirProduct() {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);

    assertTrue(product.removeBand(band));

    assertNull(band.getProduct());
    assertEquals(0, product.getNumBands());
    assertFalse(product.containsBand("coh"));
  }

  @Test
  void metadataRootIsNamedMetadataAndBelongsToTheProduct() {
    MetadataElement root = product.getMetadataRoot();

    assertEquals(Product.METADATA_ROOT_NAME, root.getName());
    assertSame(product, root.getProduct());
  }

  @Test
  void preferredTileSizeIsNullUntilSetAndCopied() {
    assertNull(product.getPreferredTileSize());
    Dimension size = new Dimension(256, 128);

    product.setPreferredTileSize(size);
    size.width = 1;

    assertEquals(new Dimension(256, 128), product.getPreferredTileSize());
  }

  @Test
  void productWithoutSizeTakesThatOfItsLargestBand() {
    Product multi = new Product("multi", "X");
    multi.addBand(new Band("small", ProductData.TYPE_FLOAT32, 2, 2));
    multi.addBand(new Band("large", ProductData.TYPE_FLOAT32, 10, 4));

    assertEquals(new Dimension(10, 4), multi.getSceneRasterSize());
    assertTrue(multi.isMultiSize());
    assertFalse(product.isMultiSize());
  }

  @Test
  void tiePointGridsAreThoseOfTheSceneGeoCoding() {
    assertEquals(0, product.getNumTiePointGrids());
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {1, 1, 0, 0}, false);
    TiePointGrid lon = new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {0, 1, 0, 1}, true);

    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, lon), "latitude", "longitude", 8, 6));

    assertArrayEquals(new String[] {"latitude", "longitude"}, product.getTiePointGridNames());
    assertEquals(2, product.getNumTiePointGrids());
  }

  /**
   * SNAP's getTiePointGrid: the node named (in any case) owned by the product, its raster the
   * scene's, each pixel's value at its centre (x + 0.5, y + 0.5), SNAP's {@code incident_angle}
   * over a near range on the right falling across the columns; null for a grid not held.
   */
  @Test
  void aTiePointGridIsAnsweredAsSnapsNode() throws Exception {
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {1, 1, 0, 0}, false);
    TiePointGrid lon = new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {0, 1, 0, 1}, true);
    TiePointGrid incidence = new TiePointGrid("incident_angle", "deg", "incidence", 2, 2, 0.5, 0.5, 7, 5,
        new float[] {45, 31, 45, 31}, false);
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, lon, incidence), "latitude", "longitude", 8, 6));

    org.esa.snap.core.datamodel.TiePointGrid node = product.getTiePointGrid("Incident_Angle");

    assertEquals("incident_angle", node.getName());
    assertSame(product, node.getProduct());
    assertEquals(new Dimension(8, 6), node.getRasterSize());
    assertEquals("deg", node.getUnit());
    assertEquals(45, node.getPixelDouble(0, 0), 1e-9);
    assertEquals(31, node.getPixelDouble(7, 3), 1e-9);
    assertEquals(43, node.getPixelDouble(1.5, 2.0), 1e-9);
    assertArrayEquals(new float[] {45, 43, 41}, node.getPixels(0, 1, 3, 1, null), 1e-6f);
    assertArrayEquals(new double[] {45, 43}, node.readPixels(0, 5, 2, 1, (double[]) null, ProgressMonitor.NULL), 1e-9);
    assertEquals(org.esa.snap.core.datamodel.TiePointGrid.DISCONT_AT_180,
        product.getTiePointGrid("longitude").getDiscontinuity());
    assertNull(product.getTiePointGrid("slant_range_time"));
    assertThrows(IllegalArgumentException.class, () -> product.getTiePointGrid(""));
  }

  /**
   * A map grid's geocoding carries the product's tie-point grids beside it, as SNAP keeps grid
   * nodes beside a CRS geocoding (an imported lon/lat stack's latitude and longitude).
   */
  @Test
  void tiePointGridsBesideAMapGridAreTheProducts() {
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {1, 1, 0, 0}, false);
    TiePointGrid lon = new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 7, 5, new float[] {0, 1, 0, 1}, true);
    CrsGeoCoding map = new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.125, 0, 0, -0.2, 0, 1}, 8, 6);

    product.setSceneGeoCoding(map.withTiePointGrids(List.of(lat, lon)));

    assertArrayEquals(new String[] {"latitude", "longitude"}, product.getTiePointGridNames());
    assertEquals(2, product.getNumTiePointGrids());
    assertThrows(IllegalArgumentException.class, () -> map.withTiePointGrids(List.of(lat, lat)));
  }

  @Test
  void compatibleProductsHaveTheSameSizeAndLocation() {
    Product same = new Product("other", "SLC", 8, 6);
    Product smaller = new Product("small", "SLC", 4, 6);

    assertTrue(product.isCompatibleProduct(same, 1e-4f));
    assertFalse(product.isCompatibleProduct(smaller, 1e-4f));
  }

  @Test
  void compatibilityComparesGeoPositions() {
    TiePointGrid lat = new TiePointGrid("lat", 2, 2, 0.5, 0.5, 7, 5, new float[] {1, 1, 0, 0}, false);
    TiePointGrid lon = new TiePointGrid("lon", 2, 2, 0.5, 0.5, 7, 5, new float[] {0, 1, 0, 1}, true);
    TiePointGrid shifted = new TiePointGrid("lon", 2, 2, 0.5, 0.5, 7, 5, new float[] {1, 2, 1, 2}, true);
    Product a = new Product("a", "SLC", 8, 6);
    Product b = new Product("b", "SLC", 8, 6);
    a.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, lon), "lat", "lon", 8, 6));
    b.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, shifted), "lat", "lon", 8, 6));

    assertFalse(a.isCompatibleProduct(b, 0.5f));
    assertTrue(a.isCompatibleProduct(a, 0.0f));
  }

  @Test
  void closeDisposesTheBands() throws Exception {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);
    band.ensureRasterData();

    product.close();

    assertFalse(band.hasRasterData());
    assertEquals(0, product.getNumBands());
  }

  @Test
  void modificationOfABandMarksTheProduct() {
    Band band = product.addBand("coh", ProductData.TYPE_FLOAT32);
    product.setModified(false);
    assertFalse(band.isModified());

    band.setUnit("coherence");

    assertTrue(product.isModified());
  }
}
