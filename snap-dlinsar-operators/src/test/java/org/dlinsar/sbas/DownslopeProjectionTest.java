package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.ifg.GroundSpacing;
import org.dlinsar.ifg.SlantRangePlanes;
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

  /**
   * On a radar-geometry product's slant-range grid the heights are foreshortened (column k images
   * the ground x_k, k dr = x_k (sin i - s cos i) on a plane of slope s along range): C is sin(i - b)
   * facing the satellite and -sin(i + b) facing away all the same, with its uncertainty 0 on the
   * plane. Taken as on a ground grid of the mean spacing (at 35 degrees of incidence), a 30 degree
   * slope facing the satellite gave C = -0.62 where it is 0.09 (kept at the least sensitivity 0.3,
   * with the wrong sign), and 20 degrees facing away -0.75 where it is -0.82.
   */
  @Test
  void onASlantRangeGridTheForeshortenedHeightsGiveTheTrueC() {
    GroundSpacing slant = slantGrid();
    for (double degrees : new double[] {30, 20, -20, -30}) {
      double s = Math.tan(Math.toRadians(degrees));
      float[] h = SlantRangePlanes.heights(slant, REGION.width(), REGION.height(), 500, s, 0);
      double b = Math.toRadians(Math.abs(degrees));
      double truth = degrees > 0 ? Math.sin(INCIDENCE - b) : -Math.sin(INCIDENCE + b);
      DownslopeProjection.Sensitivity c = new DownslopeProjection(3, 5).sensitivityWithError(h, REGION,
          PixelBox.of(8, 8, 1, 1), slant, (column, row) -> LOOK);
      assertEquals(truth, c.c()[0], 1e-4, degrees + " deg");
      assertEquals(0, c.std()[0], 1e-4, degrees + " deg");
      if (degrees == 30) {
        assertEquals(-0.62, at(h, 8, 8, 5), 0.01, "taken as on a ground grid");
      } else if (degrees == -20) {
        assertEquals(-0.75, at(h, 8, 8, 5), 0.01, "taken as on a ground grid");
      }
    }
  }

  /**
   * Along azimuth a slant-range grid's column keeps its slant range, not its ground position: where
   * the ground rises along range the column slides across it, and the heights step by b / (1 + g cos
   * i) of the ground's b a row (g the rise per slant metre). Planes sloping along both axes: taken
   * without it, a 30 degree slope facing the satellite (a = 0.5, b = 0.3) gave C = -0.32 where it is
   * +0.06, so a motion down it was written moving up it, its uncertainty 0.
   */
  @Test
  void onASlantRangeGridAnObliquePlaneGivesTheTrueC() {
    GroundSpacing slant = slantGrid();
    for (double[] ab : new double[][] {{0.5, 0.3}, {0.4, 0.4}, {0.3, 0.5}, {-0.5, 0.5}, {-0.3, -0.3}}) {
      double a = ab[0];
      double b = ab[1];
      float[] h = SlantRangePlanes.heights(slant, REGION.width(), REGION.height(), 500, a, b);
      // the unit vector down the plane's steepest descent, seen along the line of sight
      double s = Math.hypot(a, b);
      double[] down = {-a / s, -b / s, -s};
      double truth = (down[0] * LOOK[0] + down[1] * LOOK[1] + down[2] * LOOK[2]) / Math.sqrt(1 + s * s);
      DownslopeProjection.Sensitivity c = new DownslopeProjection(3, 5).sensitivityWithError(h, REGION,
          PixelBox.of(8, 8, 1, 1), slant, (column, row) -> LOOK);
      assertEquals(truth, c.c()[0], 2e-4, a + ", " + b);
      assertEquals(0, c.std()[0], 2e-4, a + ", " + b);
    }
  }

  /** The slant-range grid whose mean ground spacing along x is DX, at the one incidence. */
  private static GroundSpacing slantGrid() {
    return SlantRangePlanes.grid(DX * Math.sin(INCIDENCE), DY, Math.toDegrees(INCIDENCE), REGION.width());
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

  /**
   * On a plane C is certain: nothing scatters about the plane, and C is the same at every pixel
   * around. The downslope velocity's uncertainty is then the LOS velocity's over |C|.
   */
  @Test
  void onAPlaneCIsCertain() {
    DownslopeProjection.Sensitivity error = new DownslopeProjection(3, 10).sensitivityWithError(plane(-0.4, 0.2),
        REGION, PixelBox.of(6, 6, 4, 3), DX, DY, (column, row) -> LOOK);

    for (float std : error.std()) {
      assertEquals(0, std, 1e-4);
    }
    assertEquals(5, DownslopeProjection.downslopeStd(-20f, 2f, -0.4f, 0f, 0.3), 1e-5);
  }

  /**
   * Heights scattering about a plane move C from one DEM to the next: the scatter part of C's
   * uncertainty, read from each noisy DEM alone, is the spread of C over 2000 such DEMs.
   */
  @Test
  void theDemsScatterGivesCsSpreadOverNoisyDems() {
    float[] plane = plane(-0.4, 0.2);
    java.util.Random random = new java.util.Random(7);
    DownslopeProjection projection = new DownslopeProjection(3, 10);
    PixelBox at = PixelBox.of(8, 8, 1, 1);
    double sum = 0;
    double squares = 0;
    java.util.List<Double> scatter = new java.util.ArrayList<>();
    int n = 2000;
    for (int k = 0; k < n; k++) {
      float[] noisy = plane.clone();
      for (int i = 0; i < noisy.length; i++) {
        noisy[i] += (float) (3 * random.nextGaussian());
      }
      double c = projection.sensitivity(noisy, REGION, at, DX, DY, (column, row) -> LOOK)[0];
      sum += c;
      squares += c * c;
      scatter.add((double) projection.sensitivityWithError(noisy, REGION, at, DX, DY, (column, row) -> LOOK)
          .demScatter()[0]);
    }
    double spread = Math.sqrt((squares - sum * sum / n) / (n - 1));
    double median = PatchSbasTruthTest.median(scatter);
    // the residual's sigma from 25 heights less 3 parameters: its median a little under the mean
    assertEquals(spread, median, 0.1 * spread, "scatter " + median + " against C's spread " + spread);
  }

  /** Where the slope changes across the square, C's turning is its spread there; C's error adds through v / C. */
  @Test
  void aTurningSlopeMakesCUncertain() {
    // the slope steepens by 0.1 a pixel across the range: from 0.2 to 0.6 over the square
    float[] bent = plane(-0.4, 0);
    for (int i = 0; i < bent.length; i++) {
      int x = i % REGION.width();
      bent[i] += (float) (-0.05 * (x - 8) * (x - 8) * DX);
    }
    DownslopeProjection.Sensitivity error = new DownslopeProjection(3, 10).sensitivityWithError(bent, REGION,
        PixelBox.of(8, 8, 1, 1), DX, DY, (column, row) -> LOOK);

    assertTrue(error.slopeTurning()[0] > 0.01, "turning " + error.slopeTurning()[0]);
    float c = at(bent, 8, 8, 10);
    float cStd = error.std()[0];
    double expected = Math.hypot(2, (-20 / c) * cStd) / Math.abs(c);
    assertEquals(expected, DownslopeProjection.downslopeStd(-20f, 2f, c, cStd, 0.3), 1e-4);
    assertTrue(Float.isNaN(DownslopeProjection.downslopeStd(-20f, 2f, 0.29f, 0.01f, 0.3)), "no velocity, no std");
  }
}
