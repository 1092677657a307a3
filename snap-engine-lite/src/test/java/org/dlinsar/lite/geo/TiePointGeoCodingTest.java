package org.dlinsar.lite.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.junit.jupiter.api.Test;

class TiePointGeoCodingTest {

  private static final int WIDTH = 100;
  private static final int HEIGHT = 80;

  /** lat = 45 - 0.01 * y, lon = 10 + 0.02 * x + 0.005 * y, exact on a 5 x 5 grid every 25 / 20 pixels. */
  private static TiePointGeoCoding linearGeoCoding() {
    float[] lat = new float[25];
    float[] lon = new float[25];
    for (int j = 0; j < 5; j++) {
      for (int i = 0; i < 5; i++) {
        double x = 0.5 + 25 * i;
        double y = 0.5 + 20 * j;
        lat[j * 5 + i] = (float) (45 - 0.01 * y);
        lon[j * 5 + i] = (float) (10 + 0.02 * x + 0.005 * y);
      }
    }
    TiePointGrid latGrid = new TiePointGrid("latitude", "deg", null, 5, 5, 0.5, 0.5, 25, 20, lat, false);
    TiePointGrid lonGrid = new TiePointGrid("longitude", "deg", null, 5, 5, 0.5, 0.5, 25, 20, lon, true);
    TiePointGrid incidence = new TiePointGrid("incident_angle", 2, 2, 0.5, 0.5, 100, 80, new float[] {30, 45, 30, 45},
        false);
    return new TiePointGeoCoding(List.of(latGrid, lonGrid, incidence), "latitude", "longitude", WIDTH, HEIGHT);
  }

  @Test
  void pixelToGeoIsExactOnALinearGrid() {
    GeoPos pos = linearGeoCoding().getGeoPos(new PixelPos(37.25, 61.5), null);

    assertEquals(45 - 0.01 * 61.5, pos.lat, 1e-5);
    assertEquals(10 + 0.02 * 37.25 + 0.005 * 61.5, pos.lon, 1e-5);
  }

  /**
   * SNAP's TiePointGeoCoding.getGeoPos (snap-core TiePointGeoCoding.java 14.x, lines 355-368)
   * interpolates only within [0, width] x [0, height] of the grid's raster, the product's scene,
   * borders included, and sets the position invalid outside it, where its grids would extrapolate;
   * pixel (0, 0)'s centre, (0.5, 0.5), is the first tie point of a grid offset by half a pixel.
   */
  @Test
  void pixelToGeoIsInvalidOutsideTheSceneAsSnaps() {
    TiePointGeoCoding geoCoding = linearGeoCoding();

    assertEquals(45 - 0.01 * 0.5, geoCoding.getGeoPos(new PixelPos(0.5, 0.5), null).lat, 1e-5);
    assertEquals(10 + 0.02 * 0.5 + 0.005 * 0.5, geoCoding.getGeoPos(new PixelPos(0.5, 0.5), null).lon, 1e-5);
    assertTrue(geoCoding.getGeoPos(new PixelPos(0, 0), null).isValid());
    assertEquals(45 - 0.01 * HEIGHT, geoCoding.getGeoPos(new PixelPos(WIDTH, HEIGHT), null).lat, 1e-5);
    for (double[] outside : new double[][] {{-0.01, 5}, {5, -0.01}, {WIDTH + 0.01, 5}, {5, HEIGHT + 0.5}}) {
      GeoPos pos = geoCoding.getGeoPos(new PixelPos(outside[0], outside[1]), new GeoPos(1, 2));
      assertTrue(Double.isNaN(pos.lat) && Double.isNaN(pos.lon), outside[0] + ", " + outside[1] + ": " + pos);
    }
    assertEquals(45 - 0.01 * -0.01, linearGeoCoding().getTiePointGrid("latitude").getPixelDouble(5, -0.01), 1e-5,
        "the grid itself still extrapolates, as SNAP's");
  }

  @Test
  void geoToPixelInvertsWithinAThousandthOfAPixel() {
    TiePointGeoCoding geoCoding = linearGeoCoding();
    for (double[] pixel : new double[][] {{0.5, 0.5}, {37.25, 61.5}, {99.0, 79.0}, {50.0, 3.7}}) {
      GeoPos geo = geoCoding.getGeoPos(new PixelPos(pixel[0], pixel[1]), null);

      PixelPos back = geoCoding.getPixelPos(geo, new PixelPos());

      assertEquals(pixel[0], back.x, 1e-3);
      assertEquals(pixel[1], back.y, 1e-3);
    }
  }

  @Test
  void geoPositionsOutsideTheSceneGiveAnInvalidPixel() {
    PixelPos pixel = linearGeoCoding().getPixelPos(new GeoPos(60.0, 10.0), null);

    assertFalse(pixel.isValid());
  }

  @Test
  void locatesAcrossTheAntimeridian() {
    float[] lat = {1, 1, 0, 0};
    float[] lon = {179.5f, -179.5f, 179.5f, -179.5f};
    TiePointGeoCoding geoCoding = new TiePointGeoCoding(List.of(
        new TiePointGrid("lat", 2, 2, 0.5, 0.5, 10, 10, lat, false),
        new TiePointGrid("lon", 2, 2, 0.5, 0.5, 10, 10, lon, true)), "lat", "lon", 11, 11);

    GeoPos middle = geoCoding.getGeoPos(new PixelPos(5.5, 5.5), null);
    PixelPos west = geoCoding.getPixelPos(new GeoPos(0.5, 179.9), null);
    PixelPos east = geoCoding.getPixelPos(new GeoPos(0.5, -179.9), null);

    assertEquals(180.0, Math.abs(middle.lon), 1e-9);
    assertEquals(0.5, middle.lat, 1e-9);
    assertEquals(0.5 + 10 * 0.4, west.x, 1e-3);
    assertEquals(0.5 + 10 * 0.6, east.x, 1e-3);
    assertTrue(geoCoding.isCrossingMeridianAt180());
    assertFalse(linearGeoCoding().isCrossingMeridianAt180());
  }

  @Test
  void cannotLocateWithoutBothGrids() {
    TiePointGeoCoding noLon = new TiePointGeoCoding(List.of(new TiePointGrid("lat", 2, 2, 0, 0, 1, 1,
        new float[] {1, 1, 1, 1}, false)), "lat", null, 1, 1);

    assertFalse(noLon.canGetGeoPos());
    assertFalse(noLon.canGetPixelPos());
    assertFalse(noLon.getGeoPos(new PixelPos(0.5, 0.5), null).isValid());
    assertFalse(noLon.getPixelPos(new GeoPos(1, 1), null).isValid());
    assertNull(noLon.getLonGridName());
  }

  @Test
  void holdsEveryGridByName() {
    TiePointGeoCoding geoCoding = linearGeoCoding();

    assertArrayEquals(new String[] {"latitude", "longitude", "incident_angle"}, geoCoding.getTiePointGridNames());
    assertEquals(37.5, geoCoding.getTiePointGrid("incident_angle").getPixelDouble(50.5, 10), 1e-9);
  }

  @Test
  void rejectsANamedGridThatIsMissing() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new TiePointGeoCoding(List.of(), "latitude", null, 1, 1));
    assertEquals("the latitude grid 'latitude' is not among the tie-point grids []", error.getMessage());
  }

  @Test
  void mergingGridsKeepsExistingOnesAndAddsNewNames() {
    TiePointGrid slant = new TiePointGrid("slant_range_time", 2, 2, 0, 0, 1, 1, new float[] {5, 5, 5, 5}, false);
    TiePointGrid otherLat = new TiePointGrid("latitude", 2, 2, 0, 0, 1, 1, new float[] {0, 0, 0, 0}, false);
    TiePointGeoCoding others = new TiePointGeoCoding(List.of(otherLat, slant), null, null, 1, 1);

    TiePointGeoCoding merged = linearGeoCoding().withGrids(others.getTiePointGrids());

    assertArrayEquals(new String[] {"latitude", "longitude", "incident_angle", "slant_range_time"},
        merged.getTiePointGridNames());
    assertEquals(45 - 0.01 * 0.5, merged.getTiePointGrid("latitude").getTiePoint(0, 0), 1e-5);
  }
}
