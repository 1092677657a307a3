package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/** The line of sight's share of a motion down planes of known slope and aspect. */
class DownslopeProjectionTest {

  static final double DX = 20;
  static final double DY = 14;
  static final double INCIDENCE = Math.toRadians(35);
  /** Radar geometry: the satellite toward -x. */
  static final double[] LOOK = {-Math.sin(INCIDENCE), 0, Math.cos(INCIDENCE)};
  static final PixelBox REGION = PixelBox.of(0, 0, 20, 16);

  /** Heights of the plane h = a x + b y (x, y in metres). */
  static float[] plane(double a, double b) {
    float[] h = new float[REGION.width() * REGION.height()];
    for (int i = 0; i < h.length; i++) {
      h[i] = (float) (500 + a * (i % REGION.width()) * DX + b * (i / REGION.width()) * DY);
    }
    return h;
  }

  static float at(float[] heights, int x, int y, double minSlope) {
    return new DownslopeProjection(3, minSlope).sensitivity(heights, REGION, PixelBox.of(x, y, 1, 1), DX, DY,
        (column, row) -> LOOK)[0];
  }

  /**
   * A slope facing away from the satellite (heights falling toward far range): moving down it
   * takes the ground away horizontally and down, both away from the satellite, C = -sin(b + i).
   */
  @Test
  void aSlopeFacingAwayTakesMostOfTheMotionAway() {
    double slope = Math.atan(0.4);

    assertEquals(-Math.sin(slope + INCIDENCE), at(plane(-0.4, 0), 8, 8, 10), 1e-5);
  }

  /** Facing the satellite, C = sin(i - b): none at all where the slope is as steep as the incidence. */
  @Test
  void aSlopeFacingTheSatelliteAsSteepAsTheIncidenceHidesItsMotion() {
    double tangent = Math.tan(INCIDENCE);
    double gentle = Math.atan(0.3);

    assertEquals(Math.sin(INCIDENCE - gentle), at(plane(0.3, 0), 8, 8, 10), 1e-5);
    assertEquals(0, at(plane(tangent, 0), 8, 8, 10), 1e-5);
    assertTrue(Float.isNaN(DownslopeProjection.downslope(-20f, at(plane(tangent, 0), 8, 8, 10), 0.3)));
  }

  /** A slope along azimuth moves across the line of sight: only its descent shows, C = -sin(b) cos(i). */
  @Test
  void aSlopeAlongAzimuthShowsOnlyItsDescent() {
    double slope = Math.atan(0.5);

    assertEquals(-Math.sin(slope) * Math.cos(INCIDENCE), at(plane(0, -0.5), 8, 8, 10), 1e-5);
    assertEquals(-Math.sin(slope) * Math.cos(INCIDENCE), at(plane(0, 0.5), 8, 8, 10), 1e-5);
  }

  @Test
  void flatGroundAndMissingHeightsHaveNoDirection() {
    float[] gentle = plane(-0.1, 0); // 5.7 degrees

    assertTrue(Float.isNaN(at(gentle, 8, 8, 10)), "under the least slope");
    assertTrue(at(gentle, 8, 8, 5) < 0, "over a least slope of 5 degrees");
    assertTrue(Float.isNaN(at(plane(0, 0), 8, 8, 0)), "flat: no direction at all");
    float[] holed = plane(-0.4, 0);
    holed[9 * REGION.width() + 9] = Float.NaN;
    assertTrue(Float.isNaN(at(holed, 8, 8, 10)), "a height missing in the window");
    assertTrue(Float.isNaN(at(plane(-0.4, 0), 1, 8, 10)), "the window's reach leaves the region");
    assertTrue(!Float.isNaN(at(plane(-0.4, 0), 2, 8, 10)), "the window's reach inside the region");
  }

  @Test
  void theDownslopeVelocityIsTheLosVelocityOverC() {
    assertEquals(50, DownslopeProjection.downslope(-20f, -0.4f, 0.3), 1e-5);
    assertEquals(-50, DownslopeProjection.downslope(-20f, 0.4f, 0.3), 1e-5);
    assertTrue(Float.isNaN(DownslopeProjection.downslope(-20f, 0.29f, 0.3)));
    assertTrue(Float.isNaN(DownslopeProjection.downslope(Float.NaN, 0.5f, 0.3)));
  }
}
