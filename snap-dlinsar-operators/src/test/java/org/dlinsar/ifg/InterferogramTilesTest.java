package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;

class InterferogramTilesTest {

  /** An operator that only gives access to its source's tiles. */
  private static final class Reader extends Operator {
    @Override
    public void initialize() {
      setTargetProduct(new Product("t", "T", getSourceProduct().getSceneRasterWidth(),
          getSourceProduct().getSceneRasterHeight()));
    }
  }

  private static float[] ramp(int n, float offset) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = offset + i;
    }
    return a;
  }

  private static Operator readerOf(Product source) {
    Reader reader = new Reader();
    reader.setSourceProduct(source);
    reader.getTargetProduct();
    return reader;
  }

  @Test
  void servesRealImaginaryAndCoherenceClippedToTheRaster() {
    Product p = StackFixtures.product("p", 4, 3);
    float[] coherence = ramp(12, 0);
    for (int i = 0; i < coherence.length; i++) {
      coherence[i] /= 16;
    }
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", ramp(12, 0), ramp(12, 100),
        coherence);
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);

    InterferogramTile tile =
        InterferogramTiles.read(readerOf(p), ifg, new Rectangle(-1, 1, 3, 5));

    assertEquals(new Rectangle(0, 1, 2, 2), tile.rectangle());
    assertArrayEquals(new float[] {4, 5, 8, 9}, tile.real());
    assertArrayEquals(new float[] {104, 105, 108, 109}, tile.imaginary());
    assertArrayEquals(new float[] {4 / 16f, 5 / 16f, 8 / 16f, 9 / 16f}, tile.coherence());
    // the phasors alone, for consumers of the phase: the coherence band is not read
    InterferogramTile phasors =
        InterferogramTiles.readPhasors(readerOf(p), ifg, new Rectangle(-1, 1, 3, 5));
    assertEquals(tile.rectangle(), phasors.rectangle());
    assertArrayEquals(tile.real(), phasors.real());
    assertArrayEquals(tile.imaginary(), phasors.imaginary());
    assertArrayEquals(new float[] {Float.NaN, Float.NaN, Float.NaN, Float.NaN},
        phasors.coherence());
  }

  /** A valid-pixel expression is part of the valid mask SNAP's getSamplesFloat applies: no raw buffer then. */
  @Test
  void appliesAValidPixelExpression() {
    Product p = StackFixtures.product("p", 2, 2);
    String suffix = "VV_15Jan2020_27Jan2020";
    StackFixtures.addInterferogram(p, suffix, ramp(4, 1), ramp(4, 0), new float[] {0.9f, 0.1f, 0.9f, 0.1f});
    p.getBand(BandNames.real(suffix)).setValidPixelExpression(BandNames.coherence(suffix) + " > 0.5");
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);

    InterferogramTile tile = InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 2, 2));

    assertArrayEquals(new float[] {1, Float.NaN, 3, Float.NaN}, tile.real());
    assertArrayEquals(new float[] {0, 1, 2, 3}, tile.imaginary());
  }

  @Test
  void fillsCoherenceWithNaNWithoutACoherenceBand() {
    Product p = StackFixtures.product("p", 2, 2);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", ramp(4, 0), ramp(4, 0), null);
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);

    InterferogramTile tile = InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 2, 2));

    for (float c : tile.coherence()) {
      assertTrue(Float.isNaN(c));
    }
  }

  @Test
  void appliesScalingAndReplacesANonZeroNoDataValue() {
    Product p = StackFixtures.product("p", 2, 2);
    String suffix = "VV_15Jan2020_27Jan2020";
    StackFixtures.addInterferogram(p, suffix, new float[] {1, -9999, 3, 4}, ramp(4, 0),
        new float[] {0, 0, 0, 0});
    p.getBand(BandNames.real(suffix)).setNoDataValue(-9999);
    p.getBand(BandNames.real(suffix)).setNoDataValueUsed(true);
    p.getBand(BandNames.imaginary(suffix)).setNoDataValue(0);
    p.getBand(BandNames.imaginary(suffix)).setNoDataValueUsed(true);
    p.getBand(BandNames.coherence(suffix)).setScalingFactor(0.5);
    p.getBand(BandNames.coherence(suffix)).setScalingOffset(0.25);
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);

    InterferogramTile tile = InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 2, 2));

    assertArrayEquals(new float[] {1, Float.NaN, 3, 4}, tile.real());
    assertEquals(0f, tile.imaginary()[0], "a no-data value of 0 may stay 0: 0 + 0i is no data");
    assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, tile.coherence());
  }

  /**
   * Coherence of 0..255 (LiCSAR's files unscaled), above 1 or negative is refused, naming band and
   * pixel (every eighth row is looked at: the first here).
   */
  @Test
  void refusesCoherenceOutsideZeroToOneNamingBandValueAndPixel() {
    for (float bad : new float[] {232f, 1.5f, -0.25f}) {
      Product p = StackFixtures.product("p", 3, 2);
      String suffix = "VV_15Jan2020_27Jan2020";
      StackFixtures.addInterferogram(p, suffix, ramp(6, 1), ramp(6, 0),
          new float[] {0.5f, Float.NaN, bad, 0f, 1.0001f, 0.7f});
      Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
      OperatorException e = assertThrows(OperatorException.class,
          () -> InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 3, 2)));
      assertTrue(e.getMessage().contains("'" + BandNames.coherence(suffix) + "' of product 'p'")
          && e.getMessage().contains(String.valueOf(bad)) && e.getMessage().contains("(2, 0)"), e.getMessage());
      assertEquals(bad == 232f, e.getMessage().contains("1/255"), e.getMessage());
    }
  }

  /**
   * The hint fits the band's scale: coherence up to 100 is likelier percent (scaling factor
   * 0.01) than bytes; above 100 it is bytes (1/255). Before, 87 was told to scale by 1/255,
   * which leaves percent coherence at 0..0.39 and masks nearly every pixel.
   */
  @Test
  void theScalingHintIsPercentUpToOneHundredAndBytesAbove() {
    for (float bad : new float[] {87f, 100f, 232f}) {
      Product p = StackFixtures.product("p", 3, 1);
      String suffix = "VV_15Jan2020_27Jan2020";
      StackFixtures.addInterferogram(p, suffix, ramp(3, 1), ramp(3, 0),
          new float[] {0.5f, bad, 0.7f});
      Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
      String m = assertThrows(OperatorException.class,
          () -> InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 3, 1))).getMessage();
      if (bad <= 100f) {
        assertTrue(m.endsWith(" (a band of percent, 0..100, needs a scaling factor of 0.01;"
            + " one of 0..255, of 1/255)"), m);
      } else {
        assertTrue(m.endsWith(" (a band of 0..255 needs a scaling factor of 1/255)"), m);
      }
    }
    // the scale is the rectangle's highest: bytes of low coherence in the row refused
    Product p = StackFixtures.product("p", 3, 2);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", ramp(6, 1), ramp(6, 0),
        new float[] {0.1f, 40f, 0.2f, 230f, 0.5f, 0.7f});
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
    String m = assertThrows(OperatorException.class,
        () -> InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 3, 2))).getMessage();
    assertTrue(m.contains("holds 40.0 at pixel (1, 0)")
        && m.endsWith(" (a band of 0..255 needs a scaling factor of 1/255)"), m);
  }

  /** Resampled or rounded coherence a hair outside 0..1 is coherence, not a band of another scale. */
  @Test
  void takesCoherenceAHairOutsideZeroToOne() {
    Product p = StackFixtures.product("p", 3, 1);
    StackFixtures.addInterferogram(p, "VV_15Jan2020_27Jan2020", ramp(3, 1), ramp(3, 0),
        new float[] {-1e-6f, 1.0000005f, 1f});
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
    assertEquals(-1e-6f, InterferogramTiles.read(readerOf(p), ifg, new Rectangle(0, 0, 3, 1)).coherence()[0]);
  }

  @Test
  void rejectsARectangleOutsideTheRaster() {
    Product p = StackFixtures.product("p", 2, 2);
    StackFixtures.addFlatInterferogram(p, "VV_15Jan2020_27Jan2020", 0.5f);
    Interferogram ifg = InterferogramStack.of(p).interferograms().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InterferogramTiles.read(readerOf(p), ifg, new Rectangle(5, 5, 2, 2)));
    assertTrue(e.getMessage().contains("VV_15Jan2020_27Jan2020"), e.getMessage());
  }

  /**
   * Coherence out of range on one row of the frame is refused whatever rectangle the read comes
   * in, or by none: the rows looked at were every eighth of the rectangle, so a halo one row
   * higher (a gradient's window) looked at other rows of the frame than a tile did.
   */
  @Test
  void theRowsLookedAtAreTheFramesWhateverTheRectangle() {
    Product product = new Product("p", "t", 16, 40);
    Band band = product.addBand("coh_VV_x", ProductData.TYPE_FLOAT32);
    for (int badRow : new int[] {8, 9}) {
      float[] frame = new float[16 * 40];
      java.util.Arrays.fill(frame, badRow * 16, (badRow + 1) * 16, 255f);
      for (int y0 = 0; y0 <= badRow; y0++) {
        Rectangle r = new Rectangle(0, y0, 16, 20);
        float[] samples = java.util.Arrays.copyOfRange(frame, y0 * 16, (y0 + 20) * 16);
        if (badRow % 8 == 0) {
          assertThrows(OperatorException.class, () -> InterferogramTiles.checkCoherence(samples, band, r),
              "row " + badRow + " read from row " + y0);
        } else {
          InterferogramTiles.checkCoherence(samples, band, r);
        }
      }
    }
  }
}
