package org.dlinsar.lite.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TiePointGridTest {

  /** 3 x 2 tie points 10 pixels apart from (0.5, 0.5); value = x + 100 * y at the tie point. */
  private final TiePointGrid linear = new TiePointGrid("v", "m", "plane", 3, 2, 0.5, 0.5, 10, 10,
      new float[] {50.5f, 60.5f, 70.5f, 1050.5f, 1060.5f, 1070.5f}, false);

  @Test
  void returnsTiePointsAtTheirPositions() {
    assertEquals(50.5, linear.getPixelDouble(0.5, 0.5), 1e-9);
    assertEquals(1070.5, linear.getPixelDouble(20.5, 10.5), 1e-9);
  }

  @Test
  void interpolatesBilinearlyBetweenTiePoints() {
    assertEquals(linearValue(13.0, 4.5), linear.getPixelDouble(13.0, 4.5), 1e-4);
  }

  @Test
  void extrapolatesLinearlyOutsideTheGrid() {
    assertEquals(linearValue(-5.0, 20.0), linear.getPixelDouble(-5.0, 20.0), 1e-4);
    assertEquals(linearValue(30.0, -3.0), linear.getPixelDouble(30.0, -3.0), 1e-4);
  }

  @Test
  void interpolatesCyclicLongitudesAcrossTheAntimeridian() {
    TiePointGrid lon = new TiePointGrid("lon", 2, 2, 0.5, 0.5, 10, 10, new float[] {179f, -179f, 179f, -179f}, true);

    // SNAP interpolates the tie points' sines and cosines: within 1e-4 of the linear angle over 2 degrees
    assertEquals(TiePointGrid.DISCONT_AT_180, lon.getDiscontinuity());
    assertEquals(180.0, Math.abs(lon.getPixelDouble(5.5, 0.5)), 1e-4);
    assertEquals(179.5, lon.getPixelDouble(3.0, 0.5), 1e-4);
    assertEquals(-179.5, lon.getPixelDouble(8.0, 0.5), 1e-4);
  }

  /**
   * SNAP's TiePointGrid (snap-core TiePointGrid.java 14.x, lines 332-338 and 522-535): a grid of
   * angles holding a value above 180 has its discontinuity at 360 and answers in [0, 360).
   */
  @Test
  void longitudesAbove180StayIn0To360AsSnaps() {
    TiePointGrid lon = new TiePointGrid("lon", 2, 2, 0.5, 0.5, 10, 10, new float[] {350f, 355f, 350f, 355f}, true);

    assertEquals(TiePointGrid.DISCONT_AT_360, lon.getDiscontinuity());
    assertEquals(352.5, lon.getPixelDouble(5.5, 0.5), 1e-4);
    assertEquals(350.0, lon.getPixelDouble(0.5, 0.5), 1e-4);
  }

  @Test
  void aZeroTo360GridIsContinuousAcrossTheGreenwichMeridian() {
    TiePointGrid lon = new TiePointGrid("lon", 2, 2, 0.5, 0.5, 10, 10, new float[] {359f, 1f, 359f, 1f}, true);

    assertEquals(TiePointGrid.DISCONT_AT_360, lon.getDiscontinuity());
    assertEquals(359.5, lon.getPixelDouble(3.0, 0.5), 1e-4);
    assertEquals(0.5, lon.getPixelDouble(8.0, 0.5), 1e-4);
    // extrapolated as SNAP's sine and cosine grids, the angle still in [0, 360)
    assertEquals(2.0, lon.getPixelDouble(15.5, 0.5), 1e-2);
  }

  @Test
  void aGridOfValuesHasNoDiscontinuityAndAnAngleGridRefusesAnUnknownOne() {
    assertEquals(TiePointGrid.DISCONT_NONE, linear.getDiscontinuity());
    assertEquals(TiePointGrid.DISCONT_AT_360,
        new TiePointGrid("lon", null, null, 2, 2, 0.5, 0.5, 10, 10, new float[] {10f, 20f, 10f, 20f},
            TiePointGrid.DISCONT_AT_360).getDiscontinuity());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new TiePointGrid("lon", null, null, 2, 2, 0.5, 0.5, 10, 10, new float[] {10f, 20f, 10f, 20f}, 90));
    assertEquals("tie-point grid 'lon' has discontinuity 90, expected 0 (none), -1 (auto), 180 or 360",
        error.getMessage());
  }

  /** SNAP's constructor asserts a grid of at least 2x2 (snap-core TiePointGrid.java 14.x, lines 102-103). */
  @Test
  void aGridOneTiePointWideOrHighIsRefusedAsSnaps() {
    for (int[] size : new int[][] {{1, 1}, {1, 3}, {3, 1}}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> new TiePointGrid("c", size[0], size[1], 0.5, 0.5, 1, 1, new float[size[0] * size[1]], false));
      assertEquals("tie-point grid 'c' needs at least 2x2 tie points, as SNAP's, got " + size[0] + "x" + size[1],
          error.getMessage());
    }
  }

  @Test
  void keepsItsOwnCopyOfTheTiePoints() {
    float[] points = {1f, 2f, 3f, 4f};
    TiePointGrid grid = new TiePointGrid("g", 2, 2, 0, 0, 1, 1, points, false);
    points[0] = 9f;
    grid.getTiePoints()[1] = 9f;

    assertEquals(1f, grid.getTiePoint(0, 0));
    assertEquals(2f, grid.getTiePoint(1, 0));
  }

  @Test
  void rejectsAWrongNumberOfTiePointsNamingTheGrid() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new TiePointGrid("latitude", 2, 2, 0, 0, 1, 1, new float[3], false));
    assertEquals("tie-point grid 'latitude' of 2x2 needs 4 tie points, got 3", error.getMessage());
  }

  private static double linearValue(double x, double y) {
    return (x - 0.5 + 50.5) + 100 * (y - 0.5);
  }
}
