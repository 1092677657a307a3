package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

class LineOfSightTest {

  /** Radar geometry: the satellite toward near range (-x), the incidence from near to far. */
  @Test
  void inRadarGeometryTheSatelliteLiesTowardNearRange() {
    Product p = new Product("radar", "IFG_STACK", 101, 80);
    p.getMetadataRoot().addElement(metadata(0, 30, 46));

    LineOfSight los = LineOfSight.of(p);

    assertTrue(los.known(), los.missing());
    assertEquals("radar geometry", los.geometry());
    double near = Math.toRadians(30);
    assertArrayEquals(new double[] {-Math.sin(near), 0, Math.cos(near)}, los.at(0), 1e-12);
    assertEquals(38, los.incidenceDeg(50), 1e-12);
    double far = Math.toRadians(46);
    assertArrayEquals(new double[] {-Math.sin(far), 0, Math.cos(far)}, los.at(100), 1e-12);
  }

  /**
   * With the slant ranges of the columns (Sentinel-1 IW's, Mexico City's GAMMA file) each column's
   * incidence follows its range between the ends: 39.70 degrees mid-swath, not the straight line's 38.45.
   */
  @Test
  void inRadarGeometryWithSlantRangesTheIncidenceFollowsTheRange() {
    Product p = new Product("radar", "IFG_STACK", IncidenceAcrossSwathTest.WIDTH, 10);
    MetadataElement abs = metadata(0, 0, 0);
    IncidenceAcrossSwathTest.describeSwath(abs);
    p.getMetadataRoot().addElement(abs);

    LineOfSight los = LineOfSight.of(p);

    assertEquals("radar geometry, each column's incidence from its slant range", los.geometry());
    assertEquals(39.70, los.incidenceDeg(4256), 0.01);
    double mid = Math.toRadians(los.incidenceDeg(4256));
    assertArrayEquals(new double[] {-Math.sin(mid), 0, Math.cos(mid)}, los.at(4256), 1e-12);
  }

  /**
   * A descending pass (heading 190 degrees) looking right sees the ground from the east, a little
   * north: the satellite at bearing 100 degrees. On a north-up lon/lat grid +x is east and +y south.
   */
  @Test
  void onANorthUpMapGridARightLookingDescendingPassLooksFromTheEast() {
    Product p = mapGrid("right");

    double[] l = LineOfSight.of(p).at(150);

    double sin = Math.sin(Math.toRadians(39));
    double bearing = Math.toRadians(100);
    assertEquals(sin * Math.sin(bearing), l[0], 1e-3);
    assertEquals(-sin * Math.cos(bearing), l[1], 1e-3);
    assertEquals(Math.cos(Math.toRadians(39)), l[2], 1e-12);
    assertTrue(l[0] > 0.6 && l[1] > 0.1, "east and a little north, +y being south");
  }

  @Test
  void aLeftLookingPassLooksFromTheOtherSide() {
    double[] right = LineOfSight.of(mapGrid("right")).at(0);
    double[] left = LineOfSight.of(mapGrid("left")).at(0);

    assertEquals(-right[0], left[0], 1e-9);
    assertEquals(-right[1], left[1], 1e-9);
    assertEquals(right[2], left[2], 1e-12);
  }

  @Test
  void aMapGridWithoutHeadingSaysSo() {
    Product p = mapGrid("right");
    p.getMetadataRoot().getElement("Abstracted_Metadata").setAttributeDouble("centre_heading", 99999);

    LineOfSight los = LineOfSight.of(p);

    assertFalse(los.known());
    assertTrue(los.missing().contains("Abstracted_Metadata/centre_heading is 99999"), los.missing());
  }

  @Test
  void withoutIncidenceTheLineOfSightIsUnknown() {
    Product p = new Product("radar", "IFG_STACK", 10, 10);
    MetadataElement abs = metadata(0, 30, 46);
    abs.setAttributeDouble("incidence_far", 99999);
    p.getMetadataRoot().addElement(abs);

    LineOfSight los = LineOfSight.of(p);

    assertFalse(los.known());
    assertTrue(los.missing().contains("incidence_far"), los.missing());
  }

  /**
   * SNAP's per-pixel incidence band gives the incidence where the metadata give none (a map grid
   * of Terrain-Correction's or the import's), and is what a pixel is seen at; a pixel without one
   * (NaN, or 0 outside the swath) has no line of sight.
   */
  @Test
  void anIncidenceBandStandsInForTheMetadatasIncidence() {
    Product p = mapGrid("right");
    MetadataElement abs = p.getMetadataRoot().getElement("Abstracted_Metadata");
    abs.removeAttribute(abs.getAttribute("incidence_near"));
    abs.removeAttribute(abs.getAttribute("incidence_far"));
    assertFalse(LineOfSight.of(p).known(), "neither the metadata nor a band give the incidence");
    p.addBand(LineOfSight.INCIDENCE_BAND, ProductData.TYPE_FLOAT32);

    LineOfSight los = LineOfSight.of(p);

    assertTrue(los.known(), los.missing());
    assertEquals(p.getBand(LineOfSight.INCIDENCE_BAND), los.incidenceBand());
    assertTrue(los.geometry().endsWith(", each pixel at its incidenceAngleFromEllipsoid"), los.geometry());
    double sin = Math.sin(Math.toRadians(44));
    double bearing = Math.toRadians(100);
    assertArrayEquals(new double[] {sin * Math.sin(bearing), -sin * Math.cos(bearing), Math.cos(Math.toRadians(44))},
        los.at(7, 44), 1e-3);
    assertTrue(Double.isNaN(los.at(7, Double.NaN)[2]));
    assertTrue(Double.isNaN(los.at(7, 0)[0]), "0: outside the swath");

    Product halved = mapGrid("right");
    halved.addBand(new org.esa.snap.core.datamodel.Band(LineOfSight.INCIDENCE_BAND, ProductData.TYPE_FLOAT32, 150, 100));
    LineOfSight refused = LineOfSight.of(halved);
    assertFalse(refused.known(), "a band of another size is no pixel's incidence");
    assertTrue(refused.missing().startsWith("band 'incidenceAngleFromEllipsoid' of product 'map' is 150 x 100"),
        refused.missing());
  }

  private static Product mapGrid(String pointing) {
    Product p = new Product("map", "IFG_STACK", 300, 200);
    MetadataElement abs = metadata(1, 36, 42);
    abs.setAttributeDouble("centre_heading", 190);
    abs.setAttributeString("antenna_pointing", pointing);
    p.getMetadataRoot().addElement(abs);
    p.setSceneGeoCoding(new GridGeoCoding(new GeoTiffGrid(300, 200, 10, 45.02, 0.0002, -0.0002)));
    return p;
  }

  private static MetadataElement metadata(int terrainCorrected, double near, double far) {
    MetadataElement abs = new MetadataElement("Abstracted_Metadata");
    abs.setAttributeDouble("range_spacing", 2.329);
    abs.setAttributeDouble("azimuth_spacing", 13.9);
    abs.setAttributeDouble("incidence_near", near);
    abs.setAttributeDouble("incidence_far", far);
    abs.setAttributeInt("is_terrain_corrected", terrainCorrected);
    return abs;
  }
}
