package org.dlinsar.lite.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

/**
 * BandSelect as the SAR toolbox defines it (microwave-toolbox 14.0.0,
 * sar-op-utilities/src/main/java/eu/esa/sar/utilities/gpf/BandSelectOp.java).
 */
class BandSelectOpTest {

  private final Product source = new Product("stack", "IFG", 3, 2);

  BandSelectOpTest() {
    for (String name : new String[] {"i_ifg_VV_a", "q_ifg_VV_a", "coh_VV_a", "grad_az", "grad_count"}) {
      Band band = source.addBand(name, ProductData.TYPE_FLOAT32);
      float[] values = new float[6];
      for (int i = 0; i < 6; i++) {
        values[i] = name.length() * 10 + i;
      }
      band.setRasterData(ProductData.createInstance(values));
    }
    source.addBand(new VirtualBand("Phase_ifg_VV_a", ProductData.TYPE_FLOAT32, 3, 2, "atan2(q_ifg_VV_a, i_ifg_VV_a)"));
    source.setDescription("a stack");
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("radar_frequency", 5405.0);
    abs.addElement(new MetadataElement("Band_IW1_VV"));
    source.getMetadataRoot().addElement(abs);
    TiePointGrid lat = new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 2, 1, new float[] {46, 46, 45, 45}, false);
    TiePointGrid lon = new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 2, 1, new float[] {10, 13, 10, 13}, true);
    source.setSceneGeoCoding(new TiePointGeoCoding(List.of(lat, lon), "latitude", "longitude", 3, 2));
  }

  private Product select(Map<String, Object> parameters) {
    return GPF.createProduct("BandSelect", parameters, source);
  }

  @Test
  void keepsTheNamedBandsWithTheProductNodesAndReadsTheirPixelsFromTheSource() throws IOException {
    Product target = select(Map.of("sourceBands", "grad_count,grad_az"));

    assertEquals("stack_subset", target.getName());
    assertEquals("IFG", target.getProductType());
    assertArrayEquals(new String[] {"grad_count", "grad_az"}, target.getBandNames());
    assertArrayEquals(new String[] {"latitude", "longitude"}, target.getTiePointGridNames());
    assertEquals("a stack", target.getDescription());
    MetadataElement abs = target.getMetadataRoot().getElement("Abstracted_Metadata");
    assertEquals(5405.0, abs.getAttributeDouble("radar_frequency"));
    assertFalse(abs.containsElement("Band_IW1_VV"), "BandSelect drops Band_* elements of non-imagette products");
    float[] pixels = target.getBand("grad_az").readPixels(0, 0, 3, 2, new float[6]);
    assertArrayEquals(source.getBand("grad_az").readPixels(0, 0, 3, 2, new float[6]), pixels);
  }

  @Test
  void keepsTheMasksOverTheSelectedBandsAsSnapsCopyProductNodesDoes() throws IOException {
    source.addMask("steep", "grad_az > 72", "steep azimuth gradient", Color.ORANGE, 0.5);
    source.addMask("low_coherence", "coh_VV_a < 0.3", null, Color.RED, 0.5);

    Product target = select(Map.of("sourceBands", "grad_az"));

    assertArrayEquals(new String[] {"steep"}, target.getMaskGroup().getNodeNames());
    Band steep = target.getMaskGroup().get("steep");
    ProductData pixels = steep.createCompatibleRasterData(3, 2);
    steep.readRasterData(0, 0, 3, 2, pixels);
    for (int i = 0; i < 6; i++) {
      assertEquals(70 + i > 72 ? 255 : 0, pixels.getElemIntAt(i), "grad_az = " + (70 + i));
    }
  }

  @Test
  void withoutSourceBandsKeepsEveryBandVirtualOnesIncluded() {
    Product target = select(Map.of());
    assertArrayEquals(source.getBandNames(), target.getBandNames());
    assertTrue(target.getBand("Phase_ifg_VV_a") instanceof VirtualBand);
  }

  @Test
  void patternAndPolarisationFilterTheCandidates() {
    assertArrayEquals(new String[] {"i_ifg_VV_a", "q_ifg_VV_a"}, select(Map.of("bandNamePattern", "[iq]_ifg_.*"))
        .getBandNames());
    assertArrayEquals(new String[] {"i_ifg_VV_a", "q_ifg_VV_a", "coh_VV_a", "Phase_ifg_VV_a"},
        select(Map.of("selectedPolarisations", "VV")).getBandNames());
  }

  @Test
  void includeReferencesAddsTheBandsOfValidAndVirtualExpressions() {
    source.getBand("grad_az").setValidPixelExpression("grad_count > 0");
    Product target = select(Map.of("sourceBands", "grad_az,Phase_ifg_VV_a"));
    assertArrayEquals(new String[] {"grad_az", "Phase_ifg_VV_a", "grad_count", "q_ifg_VV_a", "i_ifg_VV_a"},
        target.getBandNames());

    Map<String, Object> alone = new HashMap<>(Map.of("sourceBands", "grad_az", "includeReferences", "false"));
    assertArrayEquals(new String[] {"grad_az"}, select(alone).getBandNames());
  }

  /** rasterDataNodeType = Band.class: SNAP gives sourceBands the value set of the source's band names. */
  @Test
  void sourceBandsMustNameBandsOfTheSource() {
    Map<String, Object> params = new HashMap<>(Map.of("sourceBands", "grad_az,nope", "includeReferences", "false"));
    OperatorException e = assertThrows(OperatorException.class, () -> select(params));
    assertTrue(e.getMessage().contains("'sourceBands' has value 'nope', which is no band of product 'stack'"),
        e.getMessage());
  }

  /**
   * A name set before the source escapes GPF's check, as in SNAP; BandSelect's references then
   * refuse it, as the SAR toolbox's collectNotIncludedReferences does.
   */
  @Test
  void aNameGpfDidNotCheckIsRefusedWhereItsReferencesAreCollected() {
    BandSelectOp op = new BandSelectOp();
    op.setParameterDefaultValues();
    op.setParameter("sourceBands", "grad_az,nope");
    op.setSourceProduct(source);
    OperatorException e = assertThrows(OperatorException.class, op::getTargetProduct);
    assertEquals("BandSelect: source product 'stack' does not contain a raster named 'nope'", e.getMessage());
  }

  @Test
  void selectingNothingFailsNamingTheProductAndItsBands() {
    OperatorException e = assertThrows(OperatorException.class, () -> select(Map.of("bandNamePattern", "mask_.*")));
    assertTrue(e.getMessage().contains("no band of product 'stack' is selected") && e.getMessage().contains("grad_az"),
        e.getMessage());
  }

  @Test
  void aPatternThatIsNoRegularExpressionIsOneErrorNamingTheParameter() {
    OperatorException e = assertThrows(OperatorException.class, () -> select(Map.of("bandNamePattern", "[")));
    assertTrue(e.getMessage().contains("'bandNamePattern'") && !e.getMessage().contains("\n"), e.getMessage());
  }
}
