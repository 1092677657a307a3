package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Set;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.datamodel.VirtualBand;
import org.junit.jupiter.api.Test;

class TargetProductsTest {

  @Test
  void carriesEveryBandAndTheMetadataOfTheSources() throws Exception {
    Product a = StackFixtures.product("a", 3, 2);
    Product b = StackFixtures.product("b", 3, 2);
    StackFixtures.addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    StackFixtures.addFlatInterferogram(b, "VV_27Jan2020_08Feb2020", 0.5f);
    StackFixtures.addFloatBand(a, "elevation", "meters", new float[] {1, 2, 3, 4, 5, 6});
    StackFixtures.addFloatBand(b, "elevation", "meters", new float[6]);
    StackFixtures.setRadarFrequency(a, RadarWavelength.SENTINEL1_FREQUENCY_MHZ);

    Product t = TargetProducts.carryingSources(InterferogramStack.of(a, b), "_x", Set.of());

    assertEquals("a_x", t.getName());
    assertTrue(t.containsBand("i_ifg_VV_15Jan2020_27Jan2020"));
    assertTrue(t.containsBand("coh_VV_27Jan2020_08Feb2020"));
    assertNotNull(t.getMetadataRoot().getElement("Abstracted_Metadata"));
    ProductData elevation = ProductData.createInstance(new float[6]);
    t.getBand("elevation").readRasterData(0, 0, 3, 2, elevation);
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, (float[]) elevation.getElems());
  }

  @Test
  void carriesTheMasksOverTheCarriedBandsOfEverySource() throws Exception {
    Product a = StackFixtures.product("a", 3, 2);
    Product b = StackFixtures.product("b", 3, 2);
    StackFixtures.addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    StackFixtures.addFlatInterferogram(b, "VV_27Jan2020_08Feb2020", 0.2f);
    a.addMask("water", "coh_VV_15Jan2020_27Jan2020 < 0.3", "water body", Color.BLUE, 0.5);
    b.addMask("decorrelated", "coh_VV_27Jan2020_08Feb2020 < 0.3", null, Color.RED, 0.5);

    Product t = TargetProducts.carryingSources(InterferogramStack.of(a, b), "_x", Set.of());

    assertArrayEquals(new String[] {"water", "decorrelated"}, t.getMaskGroup().getNodeNames());
    Mask decorrelated = t.getMaskGroup().get("decorrelated");
    ProductData pixels = decorrelated.createCompatibleRasterData(3, 2);
    decorrelated.readRasterData(0, 0, 3, 2, pixels);
    assertEquals(255, pixels.getElemIntAt(4), "coherence 0.2 of the second source is below 0.3");
  }

  /**
   * A virtual band is carried with the properties a carried band keeps (its valid-pixel
   * expression, scaling), the same in SNAP as here: SNAP's copyVirtualBand copies only the
   * expression, unit, description and no-data value.
   */
  @Test
  void carriesAVirtualBandWithItsValidPixelExpressionAndScaling() {
    Product a = StackFixtures.product("a", 2, 2);
    StackFixtures.addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    VirtualBand phase = (VirtualBand) a.addBand("Phase_ifg_VV_15Jan2020_27Jan2020",
        "atan2(q_ifg_VV_15Jan2020_27Jan2020, i_ifg_VV_15Jan2020_27Jan2020)");
    phase.setValidPixelExpression("coh_VV_15Jan2020_27Jan2020 > 0.3");
    phase.setScalingFactor(0.5);

    Band carried = TargetProducts.carryingSources(InterferogramStack.of(a), "_x", Set.of())
        .getBand("Phase_ifg_VV_15Jan2020_27Jan2020");

    assertInstanceOf(VirtualBand.class, carried);
    assertEquals("coh_VV_15Jan2020_27Jan2020 > 0.3", carried.getValidPixelExpression());
    assertEquals(0.5, carried.getScalingFactor());
  }

  @Test
  void leavesOutBandsTheOperatorReplaces() {
    Product a = StackFixtures.product("a", 2, 2);
    StackFixtures.addFlatInterferogram(a, "VV_15Jan2020_27Jan2020", 0.5f);
    StackFixtures.addByteBand(a, "mask_ifg_VV_15Jan2020_27Jan2020", new byte[4]);

    Product t = TargetProducts.carryingSources(InterferogramStack.of(a), "_m",
        Set.of("mask_ifg_VV_15Jan2020_27Jan2020"));

    assertFalse(t.containsBand("mask_ifg_VV_15Jan2020_27Jan2020"));
  }
}
