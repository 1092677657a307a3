package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
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

  private static void assertLonLat(double lon, double lat, LonLat actual) {
    assertEquals(lon, actual.lon(), 1e-9, "lon");
    assertEquals(lat, actual.lat(), 1e-9, "lat");
  }
}
