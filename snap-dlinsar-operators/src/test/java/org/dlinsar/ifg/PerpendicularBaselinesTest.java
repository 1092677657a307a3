package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

/** Reading what CreateStack and Back-Geocoding write (microwave-toolbox 14.x, CreateStackOp.getBaselines). */
class PerpendicularBaselinesTest {

  private static final LocalDate A = LocalDate.of(2021, 1, 4);
  private static final LocalDate B = LocalDate.of(2021, 1, 16);
  private static final LocalDate C = LocalDate.of(2021, 1, 28);

  /** A radar-geometry product whose Baselines hold one Ref_ per image, each with {@code secondaries}. */
  private static Product product(List<LocalDate> refs, List<LocalDate> secondaries, double[] perp) {
    Product product = new Product("stack", "SLC", 100, 50);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeDouble("slant_range_to_first_pixel", 800_000);
    abs.setAttributeDouble("range_spacing", 10);
    abs.setAttributeDouble("incidence_near", 30);
    abs.setAttributeDouble("incidence_far", 40);
    MetadataElement baselines = new MetadataElement("Baselines");
    for (LocalDate ref : refs) {
      MetadataElement r = new MetadataElement("Ref_" + BandNames.formatDate(ref));
      for (int k = 0; k < secondaries.size(); k++) {
        MetadataElement s = new MetadataElement("Secondary_" + BandNames.formatDate(secondaries.get(k)));
        s.setAttributeDouble("Perp Baseline", perp[k] - (ref.equals(A) ? 0 : 7));
        s.setAttributeDouble("Temp Baseline", 0);
        r.addElement(s);
      }
      baselines.addElement(r);
    }
    abs.addElement(baselines);
    product.getMetadataRoot().addElement(abs);
    return product;
  }

  @Test
  void eachDatesBaselineComesFromTheFirstRefHoldingEveryDate() {
    // the first Ref_ lacks C (a stack subset after CreateStack, say): the second holds all three
    Product first = product(List.of(B), List.of(A, B), new double[] {1, 2});
    MetadataElement baselines = first.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA)
        .getElement("Baselines");
    Product all = product(List.of(A), List.of(C, A, B), new double[] {-40, 0, 25});
    baselines.addElement(all.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA)
        .getElement("Baselines").getElements()[0]);
    PerpendicularBaselines found = PerpendicularBaselines.of(List.of(first), List.of(A, B, C), 100);
    assertTrue(found.known(), found.missing());
    assertNull(found.missing());
    assertArrayEquals(new double[] {0, 25, -40}, found.metres(), 0);
  }

  @Test
  void theGeometryIsTheSlantRangeAndIncidenceAtTheColumn() {
    PerpendicularBaselines found = PerpendicularBaselines.of(
        List.of(product(List.of(A), List.of(A, B), new double[] {0, 30})), List.of(A, B), 100);
    assertEquals(800_000 * Math.sin(Math.toRadians(30)), found.rangeTimesSinIncidence(0), 1e-6);
    assertEquals(800_990 * Math.sin(Math.toRadians(40)), found.rangeTimesSinIncidence(99), 1e-6);
  }

  /**
   * With the near range on the right (SNAP's incident_angle grid falling across the columns)
   * slant_range_to_first_pixel is the last column's, each column seen at the grid's incidence.
   */
  @Test
  void withTheNearRangeOnTheRightTheRangeGrowsTowardTheFirstColumn() {
    Product product = product(List.of(A), List.of(A, B), new double[] {0, 30});
    product.setSceneGeoCoding(new TiePointGeoCoding(List.of(new TiePointGrid(IncidenceAcrossSwath.INCIDENCE_GRID,
        2, 2, 0.5, 0.5, 99, 49, new float[] {40, 30, 40, 30}, false)), null, null, 100, 50));

    PerpendicularBaselines found = PerpendicularBaselines.of(List.of(product), List.of(A, B), 100);

    assertEquals(800_000 * Math.sin(Math.toRadians(30)), found.rangeTimesSinIncidence(99), 1e-6);
    assertEquals(800_990 * Math.sin(Math.toRadians(40)), found.rangeTimesSinIncidence(0), 1e-6);
  }

  /** Over a Sentinel-1 IW swath (Mexico City's GAMMA geometry) each column's incidence follows its slant range. */
  @Test
  void theIncidenceFollowsTheSlantRangeAcrossAWideSwath() {
    Product product = product(List.of(A), List.of(A, B), new double[] {0, 30});
    MetadataElement abs = product.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    IncidenceAcrossSwathTest.describeSwath(abs);

    PerpendicularBaselines found = PerpendicularBaselines.of(List.of(product), List.of(A, B),
        IncidenceAcrossSwathTest.WIDTH);

    double range = IncidenceAcrossSwathTest.NEAR_RANGE + 4256 * IncidenceAcrossSwathTest.SPACING;
    assertEquals(range * Math.sin(Math.toRadians(IncidenceAcrossSwathTest.onGammasSphere(range))),
        found.rangeTimesSinIncidence(4256), 1e-3);
  }

  /**
   * A terrain-corrected product knows R sin(incidence) at its centre alone (the Height of
   * Ambiguity); each pixel's own incidence scales it, 1 where a pixel is seen as the centre is. A
   * product whose columns give the geometry keeps the columns'.
   */
  @Test
  void eachPixelsIncidenceScalesTheCentresOnATerrainCorrectedProduct() {
    Product product = product(List.of(A), List.of(A, B), new double[] {0, 30});
    MetadataElement abs = product.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeInt("is_terrain_corrected", 1);
    abs.getElement("Baselines").getElements()[0].getElement("Secondary_" + BandNames.formatDate(B))
        .setAttributeDouble("Height of Ambiguity", -0.0555 * 500_000 / (2 * 30));
    PerpendicularBaselines centreOnly = PerpendicularBaselines.of(List.of(product), List.of(A, B), 100);
    double centre = centreOnly.rangeTimesSinIncidence(0);
    PixelBox box = PixelBox.of(10, 5, 3, 2);

    double[] seenAsTheCentre = centreOnly.withIncidence(b -> filled(b, 38), PixelBox.of(48, 23, 4, 4))
        .rangeTimesSinIncidence(box);
    double[] fartherOut = centreOnly.withIncidence(b -> filled(b, b.x0() == 48 ? 38 : 46), PixelBox.of(48, 23, 4, 4))
        .rangeTimesSinIncidence(box);

    for (int i = 0; i < box.width() * box.height(); i++) {
      assertEquals(centre, seenAsTheCentre[i], 1e-6);
      assertEquals(1.29, fartherOut[i] / centre, 0.01, "R sin(i) at 46 degrees over that at 38");
    }
    PerpendicularBaselines columns = PerpendicularBaselines.of(
        List.of(product(List.of(A), List.of(A, B), new double[] {0, 30})), List.of(A, B), 100);
    assertEquals(columns.rangeTimesSinIncidence(11), columns.withIncidence(b -> filled(b, 46), box)
        .rangeTimesSinIncidence(box)[1], 1e-9, "the columns' geometry");
  }

  private static float[] filled(PixelBox box, float degrees) {
    float[] values = new float[box.width() * box.height()];
    java.util.Arrays.fill(values, degrees);
    return values;
  }

  @Test
  void whatTheMetadataLackIsNamed() {
    Product missingDate = product(List.of(A), List.of(A, B), new double[] {0, 30});
    PerpendicularBaselines found = PerpendicularBaselines.of(List.of(missingDate), List.of(A, B, C), 100);
    assertFalse(found.known());
    assertNull(found.metres());
    assertTrue(found.missing().contains("Baselines/Ref_04Jan2021 gives no Perp Baseline for 28Jan2021"),
        found.missing());

    Product none = new Product("bare", "SLC", 10, 10);
    none.getMetadataRoot().addElement(new MetadataElement(RadarWavelength.ABSTRACTED_METADATA));
    assertTrue(PerpendicularBaselines.of(List.of(none), List.of(A, B), 10).missing()
        .contains("no Abstracted_Metadata/Baselines"));

    Product noRange = product(List.of(A), List.of(A, B), new double[] {0, 30});
    noRange.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA)
        .setAttributeDouble("slant_range_to_first_pixel", 99999);
    assertTrue(PerpendicularBaselines.of(List.of(noRange), List.of(A, B), 100).missing()
        .contains("slant_range_to_first_pixel is 99999"), "SNAP's value for none");

    Product mapped = product(List.of(A), List.of(A, B), new double[] {0, 30});
    mapped.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA)
        .setAttributeInt("is_terrain_corrected", 1);
    assertTrue(PerpendicularBaselines.of(List.of(mapped), List.of(A, B), 100).missing()
        .contains("terrain-corrected"));
  }

  @Test
  void aTerrainCorrectedProductTakesTheSceneCentresGeometryFromTheHeightOfAmbiguity() {
    List<LocalDate> dates = List.of(A, B, C);
    double wavelength = RadarWavelength.metresForFrequencyMHz(RadarWavelength.SENTINEL1_FREQUENCY_MHZ);
    Product mapped = new Product("geocoded", "IFG_STACK", 100, 50);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeInt("is_terrain_corrected", 1);
    abs.addElement(PerpendicularBaselines.element(dates, 0, new double[] {0, 30, -45}, wavelength, 450_000));
    mapped.getMetadataRoot().addElement(abs);

    PerpendicularBaselines found = PerpendicularBaselines.of(List.of(mapped), dates, 100);

    assertTrue(found.known(), found.missing());
    assertArrayEquals(new double[] {0, 30, -45}, found.metres(), 0);
    assertEquals(450_000, found.rangeTimesSinIncidence(0), 1e-6);
    assertEquals(450_000, found.rangeTimesSinIncidence(99), 1e-6);
  }
}
