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
    TiePointGrid lon = new TiePointGrid("lon", 2, 1, 0.5, 0.5, 10, 10, new float[] {179f, -179f}, true);

    assertEquals(180.0, Math.abs(lon.getPixelDouble(5.5, 0.5)), 1e-9);
    assertEquals(179.5, lon.getPixelDouble(3.0, 0.5), 1e-9);
    assertEquals(-179.5, lon.getPixelDouble(8.0, 0.5), 1e-9);
  }

  @Test
  void singleTiePointGridsAreConstant() {
    TiePointGrid constant = new TiePointGrid("c", 1, 1, 0.5, 0.5, 1, 1, new float[] {3f}, false);

    assertEquals(3.0, constant.getPixelDouble(100, -7), 0.0);
  }

  @Test
  void keepsItsOwnCopyOfTheTiePoints() {
    float[] points = {1f, 2f};
    TiePointGrid grid = new TiePointGrid("g", 2, 1, 0, 0, 1, 1, points, false);
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
