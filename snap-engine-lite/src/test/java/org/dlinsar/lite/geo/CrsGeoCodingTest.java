package org.dlinsar.lite.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.cs.AxisDirection;

class CrsGeoCodingTest {

  private static GeoPos geo(CrsGeoCoding coding, double x, double y) {
    return coding.getGeoPos(new PixelPos(x, y), null);
  }

  @Test
  void aPixelsCornerIsTheTransformsOriginAndItsCentreHalfAStepOn() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.001, 0, 0, -0.001, 10, 50}, 200, 100);
    assertTrue(coding.canGetGeoPos() && coding.canGetPixelPos());
    assertEquals(10.0, geo(coding, 0, 0).lon, 1e-12);
    assertEquals(50.0, geo(coding, 0, 0).lat, 1e-12);
    assertEquals(10.0005, geo(coding, 0.5, 0.5).lon, 1e-12);
    assertEquals(49.9995, geo(coding, 0.5, 0.5).lat, 1e-12);
    PixelPos back = coding.getPixelPos(new GeoPos(49.9, 10.15), null);
    assertEquals(150.0, back.x, 1e-9);
    assertEquals(100.0, back.y, 1e-9);
  }

  @Test
  void followsTheAxisOrderTheTextDeclares() {
    // latitude first: map x is latitude, so x' = -0.001 row + 50 and y' = 0.001 column + 10
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.LATITUDE_FIRST, new double[] {0, 0.001, -0.001, 0, 50, 10}, 200, 100);
    assertEquals(10.0005, geo(coding, 0.5, 0.5).lon, 1e-12);
    assertEquals(49.9995, geo(coding, 0.5, 0.5).lat, 1e-12);
  }

  /**
   * On the central meridian a transverse Mercator grid's 10 m steps are 10 / 0.9996 m on the
   * ground (its scale factor), north and east alike.
   */
  @Test
  void projectsAUtmGridOntoTheEllipsoid() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000}, 1000, 1000);
    GeoPos onMeridian = geo(coding, 500, 0);
    assertEquals(15.0, onMeridian.lon, 1e-9, "false easting lies on the central meridian");
    GeoPos east = geo(coding, 600, 0);
    GeoPos south = geo(coding, 500, 100);
    double latRad = Math.toRadians(onMeridian.lat);
    double e2 = 6.69437999014e-3;
    double w = 1 - e2 * Math.sin(latRad) * Math.sin(latRad);
    double metresPerDegreeLat = Math.toRadians(6378137.0 * (1 - e2) / (w * Math.sqrt(w)));
    double metresPerDegreeLon = Math.toRadians(6378137.0 / Math.sqrt(w) * Math.cos(latRad));
    assertEquals(1000 / 0.9996, (onMeridian.lat - south.lat) * metresPerDegreeLat, 0.05);
    assertEquals(1000 / 0.9996, (east.lon - onMeridian.lon) * metresPerDegreeLon, 0.05);
    PixelPos back = coding.getPixelPos(east, null);
    assertEquals(600.0, back.x, 1e-6);
    assertEquals(0.0, back.y, 1e-6);
  }

  /**
   * SNAP's CrsGeoCoding answers the transform's longitude as it is (snap-core CrsGeoCoding.java
   * 14.x, lines 216-228), past 180 here, and says the scene crosses 180 when its pixel centres'
   * longitudes reach beyond -180..180 (lines 359-371).
   */
  @Test
  void aGridRunningPast180DegreesLocatesEitherSide() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.01, 0, 0, -0.01, 179.5, -16}, 100, 50);
    assertTrue(coding.isCrossingMeridianAt180());
    assertEquals(180.005, geo(coding, 50.5, 0).lon, 1e-9);
    for (double lon : new double[] {180.005, -179.995}) {
      PixelPos back = coding.getPixelPos(new GeoPos(-16.005, lon), null);
      assertEquals(50.5, back.x, 1e-9);
      assertEquals(0.5, back.y, 1e-9);
    }
    assertFalse(new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.01, 0, 0, -0.01, 10, 50}, 100, 50)
        .isCrossingMeridianAt180());
  }

  @Test
  void aZeroTo360GridAnswersItsOwnLongitudesAsSnaps() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.01, 0, 0, -0.01, 200, -16}, 100, 50);

    assertEquals(200.005, geo(coding, 0.5, 0.5).lon, 1e-9);
    assertTrue(coding.isCrossingMeridianAt180(), "its centres lie beyond 180, as SNAP's envelope test finds");
    // the last centre of a grid ending on 180 is inside
    assertFalse(new CrsGeoCoding(WktTexts.WGS84_DD, new double[] {0.01, 0, 0, -0.01, 179, -16}, 100, 50)
        .isCrossingMeridianAt180());
  }

  /**
   * As SNAP's CrsGeoCoding (snap-core 12.x to 14.x: its geographic CRS is made of the map CRS's
   * datum, and no datum is shifted), a British National Grid pixel is located in OSGB 1936, not
   * WGS84, which lies about 100 m off there.
   */
  @Test
  void aMapGridOnAnotherDatumLocatesOnThatDatumAsSnapDoes() {
    // pixel (100, 100)'s corner on Ordnance Survey's worked example (A guide to coordinate systems
    // in Great Britain, annex C): E 651409.903, N 313177.270 is 52 39 27.2531 N, 1 43 4.5177 E
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.BRITISH_NATIONAL_GRID,
        new double[] {10, 0, 0, -10, 650409.903, 314177.270}, 200, 200);
    GeoPos p = geo(coding, 100, 100);
    assertEquals(52 + 39 / 60.0 + 27.2531 / 3600, p.lat, 2e-7);
    assertEquals(1 + 43 / 60.0 + 4.5177 / 3600, p.lon, 2e-7);
    GeographicCRS geoCrs = assertInstanceOf(GeographicCRS.class, coding.getGeoCRS());
    assertEquals("OSGB_1936", geoCrs.getDatum().getName().getCode());
    assertEquals(6377563.396, geoCrs.getDatum().getEllipsoid().getSemiMajorAxis());
    assertEquals(AxisDirection.EAST, geoCrs.getCoordinateSystem().getAxis(0).getDirection());
    PixelPos back = coding.getPixelPos(p, null);
    assertEquals(100.0, back.x, 1e-6);
    assertEquals(100.0, back.y, 1e-6);
  }

  @Test
  void aWgs84GridsGeographicCrsIsWgs84LongitudeFirst() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.LATITUDE_FIRST, new double[] {0, 0.001, -0.001, 0, 50, 10}, 200, 100);
    GeographicCRS geoCrs = assertInstanceOf(GeographicCRS.class, coding.getGeoCRS());
    assertEquals(6378137.0, geoCrs.getDatum().getEllipsoid().getSemiMajorAxis());
    assertEquals(AxisDirection.EAST, geoCrs.getCoordinateSystem().getAxis(0).getDirection());
  }

  @Test
  void aSubsetKeepsEachPixelsPosition() {
    CrsGeoCoding coding = new CrsGeoCoding(WktTexts.UTM_33N, new double[] {10, 0, 0, -10, 495000, 5000000}, 1000, 1000);
    CrsGeoCoding subset = coding.subset(40, 20, 100, 60);
    assertEquals(100, subset.getSceneWidth());
    assertEquals(geo(coding, 42.5, 23.5).lat, geo(subset, 2.5, 3.5).lat, 1e-12);
    assertEquals(geo(coding, 42.5, 23.5).lon, geo(subset, 2.5, 3.5).lon, 1e-12);
  }

  @Test
  void aTextItCannotReadLocatesNothingAndSaysWhy() {
    CrsGeoCoding coding = new CrsGeoCoding("LOCAL_CS[\"somewhere\"", new double[] {1, 0, 0, 1, 0, 0}, 10, 10);
    assertFalse(coding.canGetGeoPos());
    assertNotNull(coding.getProblem());
    assertTrue(Double.isNaN(geo(coding, 1, 1).lat));
    assertEquals("LOCAL_CS[\"somewhere\"", coding.getWkt());
  }
}
