package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.dlinsar.lite.graph.PixelRegionSubset;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

/**
 * Each column's incidence from SNAP's {@code incident_angle} tie-point grid: right in a crop, whose
 * {@code incidence_near} and {@code incidence_far} SNAP's Subset leaves at the frame's, and on a
 * product whose near range lies on the right.
 */
class IncidenceGridTest {

  private static final Rectangle FAR_CROP = new Rectangle(6000, 10, 400, 20);

  /**
   * A crop far across the IW swath (columns 6000 to 6399 of 8514, seen at 43.2 to 43.5 degrees):
   * SNAP's Subset moves its first slant range and keeps the frame's 30.8 and 46.1 degrees, which
   * read from the metadata gave 30.8 at its first column and 46.1 at its last.
   */
  @Test
  void aCropFarAcrossTheSwathIsSeenAtItsOwnIncidence() {
    Product crop = PixelRegionSubset.of(IwFrame.of(false), FAR_CROP);
    MetadataElement abs = crop.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
    assertEquals(IwFrame.incidenceAt(0, false), abs.getAttributeDouble("incidence_near", 0), 1e-9,
        "SNAP's Subset keeps the frame's");
    assertEquals(IncidenceAcrossSwathTest.NEAR_RANGE + 6000 * IncidenceAcrossSwathTest.SPACING,
        abs.getAttributeDouble("slant_range_to_first_pixel", 0), 1e-3, "and moves the first slant range");

    LineOfSight los = LineOfSight.of(crop);

    assertTrue(los.known(), los.missing());
    assertEquals("radar geometry, each column's incidence from the incident_angle tie-point grid", los.geometry());
    for (int x : new int[] {0, 199, 399}) {
      double truth = IwFrame.incidenceAt(6000 + x, false);
      assertEquals(truth, los.incidenceDeg(x), 0.01, "column " + x);
      assertEquals(-Math.sin(Math.toRadians(truth)), los.at(x)[0], 2e-4);
    }
    GroundSpacing spacing = GroundSpacing.of(crop, new String[1]);
    assertEquals(IncidenceAcrossSwathTest.SPACING / Math.sin(Math.toRadians(IwFrame.incidenceAt(6199.5, false))),
        spacing.xMetres(), 0.01);
  }

  /**
   * The near range on the right (the incidence falling across the columns): the satellite lies
   * toward +x, each column seen at its own incidence.
   */
  @Test
  void withTheNearRangeOnTheRightTheSatelliteLiesTowardPlusX() {
    Product mirrored = IwFrame.of(true);

    LineOfSight los = LineOfSight.of(mirrored);

    assertTrue(los.geometry().startsWith("radar geometry, near range on the right"), los.geometry());
    int last = IncidenceAcrossSwathTest.WIDTH - 1;
    assertEquals(IwFrame.incidenceAt(0, false), los.incidenceDeg(last), 0.01);
    assertEquals(IwFrame.incidenceAt(last, false), los.incidenceDeg(0), 0.01);
    double far = Math.toRadians(los.incidenceDeg(0));
    assertEquals(Math.sin(far), los.at(0)[0], 1e-12);
    assertEquals(Math.cos(far), los.at(0)[2], 1e-12);
  }
}
