package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.dlinsar.lite.geo.TiePointGeoCoding;
import org.dlinsar.lite.geo.TiePointGrid;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A box's corners are its outer pixel edges and a pixel's centre is half a pixel in: on a
 * north-up grid of 0.001 degrees whose pixel (0, 0) is centred at 10.0, 46.0.
 */
class DetectionCornersTest {

  private static final GridGeoCoding NORTH_UP =
      new GridGeoCoding(new GeoTiffGrid(100, 80, 10.0, 46.0, 0.001, -0.001));

  @Test
  void theCornersAreTheBoxsOuterPixelEdgesInRingOrder() {
    List<LonLat> corners = DetectionCorners.of(NORTH_UP, Wgs84Positions.WGS84, new PixelBox(10, 20, 30, 40));

    // (x0, y0) first_near, (x1, y0) first_far, (x1, y1) last_far, (x0, y1) last_near: north-up,
    // first_near is the north-west corner, half a pixel beyond the centre of pixel (10, 20)
    assertEquals(4, corners.size());
    assertLonLat(10.0095, 45.9805, corners.get(0));
    assertLonLat(10.0295, 45.9805, corners.get(1));
    assertLonLat(10.0295, 45.9605, corners.get(2));
    assertLonLat(10.0095, 45.9605, corners.get(3));
  }

  @Test
  void aPixelsCentreIsHalfAPixelIn() {
    assertLonLat(10.010, 45.980, DetectionCorners.position(NORTH_UP, Wgs84Positions.WGS84, 10.5, 20.5));
  }

  @Test
  void withoutGeocodingThereIsNoPosition() {
    assertEquals(List.of(), DetectionCorners.of(null, Wgs84Positions.WGS84, new PixelBox(10, 20, 30, 40)));
    assertNull(DetectionCorners.position(null, Wgs84Positions.WGS84, 10.5, 20.5));
    // a geocoding beyond the poles has no position there
    GridGeoCoding pastThePole = new GridGeoCoding(new GeoTiffGrid(100, 80, 10.0, 89.99, 0.001, 0.001));
    assertNull(DetectionCorners.position(pastThePole, Wgs84Positions.WGS84, 10.5, 20.5));
    assertEquals(List.of(), DetectionCorners.of(pastThePole, Wgs84Positions.WGS84, new PixelBox(10, 0, 30, 40)));
  }

  /**
   * SNAP's TiePointGeoCoding has no position beyond the scene's border (snap-core
   * TiePointGeoCoding.java 14.x, lines 355-368): a one-pixel box on the last column or row is
   * still checked against its corners, its derivatives taken inside the box.
   */
  @Test
  void aOnePixelBoxOnTheLastColumnOrRowHasItsShiftOnTiePoints() {
    float[] lat = {46.0f, 46.0f, 45.92f, 45.92f};
    float[] lon = {10.0f, 10.1f, 10.0f, 10.1f};
    TiePointGeoCoding tiePoints = new TiePointGeoCoding(List.of(
        new TiePointGrid("latitude", 2, 2, 0.5, 0.5, 99, 79, lat, false),
        new TiePointGrid("longitude", 2, 2, 0.5, 0.5, 99, 79, lon, true)), "latitude", "longitude", 100, 80);
    for (PixelBox box : List.of(new PixelBox(99, 10, 100, 11), new PixelBox(10, 79, 11, 80),
        new PixelBox(99, 79, 100, 80))) {
      List<LonLat> corners = DetectionCorners.of(tiePoints, Wgs84Positions.WGS84, box);
      double[] shift = DetectionCorners.shiftInPixels(tiePoints, Wgs84Positions.WGS84, box, corners);
      assertNotNull(shift, box.toString());
      assertEquals(0, shift[0], 1e-6, box.toString());
      assertEquals(0, shift[1], 1e-6, box.toString());
      List<LonLat> eastward = corners.stream().map(c -> new LonLat(c.lon() + 10 * 0.1 / 99, c.lat())).toList();
      assertEquals(10, DetectionCorners.shiftInPixels(tiePoints, Wgs84Positions.WGS84, box, eastward)[0], 1e-2);
    }
  }

  /**
   * SNAP's geocodings answer longitudes as their grids hold them: a map grid's transform gives 200
   * on a 0..360 grid (snap-core CrsGeoCoding.java 14.x, lines 216-228), a longitude grid above 180
   * answers in 0..360 (TiePointGrid.java 14.x, lines 529-532). The corners (CSV, metadata) and
   * Local-SBAS's peak_lon are users' longitudes, in -180..180.
   */
  @Test
  void longitudesOfAZeroTo360GridAreWrittenWithin180() {
    GridGeoCoding beyond180 = new GridGeoCoding(new GeoTiffGrid(100, 80, 200.0, 46.0, 0.001, -0.001));

    assertLonLat(-159.990, 45.980, DetectionCorners.position(beyond180, Wgs84Positions.WGS84, 10.5, 20.5));
    List<LonLat> corners = DetectionCorners.of(beyond180, Wgs84Positions.WGS84, new PixelBox(10, 20, 30, 40));
    assertLonLat(-159.9905, 45.9805, corners.get(0));
    assertLonLat(-159.9705, 45.9605, corners.get(2));
  }

  @Test
  void longitudesOfAGridAcrossTheAntimeridianAreWrittenWithin180OnEachSide() {
    // pixel centres from 179.99 E eastwards: columns 10 and beyond lie past 180 as the grid runs
    GridGeoCoding across = new GridGeoCoding(new GeoTiffGrid(100, 80, 179.99, 46.0, 0.001, -0.001));

    assertLonLat(179.995, 45.980, DetectionCorners.position(across, Wgs84Positions.WGS84, 5.5, 20.5));
    assertLonLat(-179.995, 45.980, DetectionCorners.position(across, Wgs84Positions.WGS84, 15.5, 20.5));
    List<LonLat> corners = DetectionCorners.of(across, Wgs84Positions.WGS84, new PixelBox(5, 20, 15, 40));
    assertLonLat(179.9945, 45.9805, corners.get(0));
    assertLonLat(-179.9955, 45.9805, corners.get(1));
    // the box stays whole for the shift check, its corners unwrapped round the centre
    double[] shift = DetectionCorners.shiftInPixels(across, Wgs84Positions.WGS84, new PixelBox(5, 20, 15, 40),
        corners);
    assertEquals(0, shift[0], 1e-6);
    assertEquals(0, shift[1], 1e-6);
  }

  private static void assertLonLat(double lon, double lat, LonLat actual) {
    assertEquals(lon, actual.lon(), 1e-9, "lon");
    assertEquals(lat, actual.lat(), 1e-9, "lat");
  }
}
