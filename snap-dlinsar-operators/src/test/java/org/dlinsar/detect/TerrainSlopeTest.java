package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlinsar.ifg.GroundSpacing;
import org.dlinsar.ifg.IncidenceAcrossSwath;
import org.dlinsar.ifg.SlantRangePlanes;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class TerrainSlopeTest {

  /** The slope at quantile {@code q} over a whole {@code w x h} window. */
  private static double wholeWindow(float[] elevation, int w, int h, double dx, double dy, double q) {
    PixelBox whole = PixelBox.of(0, 0, w, h);
    return TerrainSlope.quantileDegrees(elevation, whole, whole, dx, dy, q);
  }

  @Test
  void measuresThePlaneSlopeWithAnisotropicPixels() {
    int w = 9;
    int h = 7;
    double dx = 15;
    double dy = 14;
    float[] elevation = new float[w * h];
    // rises 1 m per metre eastward: 45 degrees
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        elevation[y * w + x] = (float) (x * dx);
      }
    }
    assertEquals(45, wholeWindow(elevation, w, h, dx, dy, 0.5), 1e-4);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        elevation[y * w + x] = (float) (0.2 * y * dy);
      }
    }
    assertEquals(Math.toDegrees(Math.atan(0.2)), wholeWindow(elevation, w, h, dx, dy, 0.5), 1e-4);
  }

  /**
   * On a radar-geometry product's slant-range grid (Sentinel-1's 2.33 m slant spacing, 39 degrees
   * of incidence) a slope of 12 degrees facing away from the satellite is foreshortened to read
   * 9.56 over the mean ground step, under the slope filter's default 10, and 12 facing the satellite
   * read 16.08: each is its own 12 from the columns' incidence.
   */
  @Test
  void onASlantRangeGridBothSidesOfAValleyReadTheirOwnSlope() {
    int w = 9;
    int h = 7;
    GroundSpacing slant = SlantRangePlanes.grid(2.329, 13.9, 39, w);
    PixelBox whole = PixelBox.of(0, 0, w, h);
    for (double s : new double[] {-Math.tan(Math.toRadians(12)), Math.tan(Math.toRadians(12))}) {
      float[] elevation = SlantRangePlanes.heights(slant, w, h, 300, s, 0);
      assertEquals(12, TerrainSlope.quantileDegrees(elevation, whole, whole, slant, 0.5), 1e-3);
      assertEquals(s < 0 ? 9.56 : 16.08, wholeWindow(elevation, w, h, slant.xMetres(), slant.yMetres(), 0.5), 0.05,
          "over the mean ground step");
    }
  }

  /**
   * A plane sloping along both axes on the slant-range grid: its rise a row is foreshortened too
   * (a column slides across the ground where it rises along range), so the slope filter reads the
   * plane's own 30.2 degrees (slopes 0.5 and 0.3); taking the rise a row over the azimuth spacing
   * alone read 42.9.
   */
  @Test
  void onASlantRangeGridAnObliquePlaneReadsItsOwnSlope() {
    int w = 9;
    int h = 7;
    GroundSpacing slant = SlantRangePlanes.grid(2.329, 13.9, 39, w);
    float[] elevation = SlantRangePlanes.heights(slant, w, h, 300, 0.5, 0.3);
    PixelBox whole = PixelBox.of(0, 0, w, h);

    assertEquals(Math.toDegrees(Math.atan(Math.hypot(0.5, 0.3))),
        TerrainSlope.quantileDegrees(elevation, whole, whole, slant, 0.5), 1e-3);
  }

  /**
   * The same plane imaged with the near range on the right (the image mirrored, the incident_angle
   * grid falling across the columns, as an unflipped RADARSAT-2 product lies): the plane's own 30.2
   * degrees still. With the foreshortening undone as for a near range on the left it read none
   * (NaN: a rise that steep toward the near range is no terrain's).
   */
  @Test
  void withTheNearRangeOnTheRightAnObliquePlaneReadsItsOwnSlope() {
    int w = 9;
    int h = 7;
    float[] elevation = SlantRangePlanes.mirrored(
        SlantRangePlanes.heights(SlantRangePlanes.grid(2.329, 13.9, 39, w), w, h, 300, 0.5, 0.3), w);
    GroundSpacing spacing = GroundSpacing.of(SlantRangePlanes.product(w, h, 39.001, 38.999), new String[1]);
    PixelBox whole = PixelBox.of(0, 0, w, h);

    assertEquals(Math.toDegrees(Math.atan(Math.hypot(0.5, 0.3))),
        TerrainSlope.quantileDegrees(elevation, whole, whole, spacing, 0.5), 0.01);
  }

  /**
   * Across a swath whose incidence runs from 30 to 45 degrees, a 12 degree slope is foreshortened
   * column by column; a window at columns 60 to 68 of the frame reads 12 from those columns' own
   * incidence (about 41 degrees), not from the window's first columns' (the frame's 30).
   */
  @Test
  void aWindowFarAcrossTheSwathTakesItsOwnColumnsIncidence() {
    int frameWidth = 80;
    int w = 9;
    int h = 7;
    int x0 = 60;
    double dr = 2.329;
    IncidenceAcrossSwath swath = IncidenceAcrossSwath.linear(30, 45, frameWidth);
    GroundSpacing slant = new GroundSpacing(dr / Math.sin(Math.toRadians(37.5)), 13.9, "test",
        new GroundSpacing.SlantRange(dr, swath));
    double s = -Math.tan(Math.toRadians(12));
    float[] elevation = new float[w * h];
    for (int k = 0; k < elevation.length; k++) {
      // each column's step at the incidence midway to the next, summed from the window's first
      double height = 300;
      for (int c = 0; c < k % w; c++) {
        double i = Math.toRadians(swath.at(x0 + c + 0.5));
        height += s * dr / (Math.sin(i) - s * Math.cos(i));
      }
      elevation[k] = (float) height;
    }
    PixelBox window = new PixelBox(x0, 10, x0 + w, 10 + h);

    assertEquals(12, TerrainSlope.quantileDegrees(elevation, window, window, slant, 0.5), 0.02);
  }

  @Test
  void upperQuartileSeesTheSlopeOfABoxMostlyOnFlatGround() {
    int w = 14;
    int h = 6;
    double dx = 15;
    double dy = 14;
    float[] elevation = new float[w * h];
    // flat for the first 9 columns, then rising at 20 degrees: a slide's box reaching its flat toe
    double rise = Math.tan(Math.toRadians(20)) * dx;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        elevation[y * w + x] = (float) (Math.max(0, x - 8) * rise);
      }
    }
    assertEquals(0, wholeWindow(elevation, w, h, dx, dy, 0.5), 1e-4);
    assertEquals(20, wholeWindow(elevation, w, h, dx, dy, TerrainSlope.UPPER_QUARTILE), 1e-3);
  }

  @Test
  void theMiddleThirdOfABoxIsCentredAndAtLeastThreePixels() {
    assertEquals(new PixelBox(15, 24, 20, 28),
        TerrainSlope.middleThird(new PixelBox(10, 20, 25, 32)));
    // too thin for a third: at least 3 pixels, or the box's own height
    assertEquals(new PixelBox(13, 20, 16, 22),
        TerrainSlope.middleThird(new PixelBox(10, 20, 19, 22)));
  }

  @Test
  void aPartOfAWindowIsMeasuredWithoutCopyingIt() {
    PixelBox window = new PixelBox(100, 50, 114, 56);
    double dx = 15;
    double dy = 14;
    float[] elevation = new float[window.width() * window.height()];
    // flat for the first 9 columns, then rising at 20 degrees
    double rise = Math.tan(Math.toRadians(20)) * dx;
    for (int y = 0; y < window.height(); y++) {
      for (int x = 0; x < window.width(); x++) {
        elevation[y * window.width() + x] = (float) (Math.max(0, x - 8) * rise);
      }
    }
    assertEquals(20, TerrainSlope.quantileDegrees(elevation, window,
        new PixelBox(109, 51, 114, 56), dx, dy, 0.5), 1e-3);
    assertEquals(0, TerrainSlope.quantileDegrees(elevation, window,
        new PixelBox(100, 50, 108, 56), dx, dy, 0.5), 1e-4);
  }
}
