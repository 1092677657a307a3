package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.esa.snap.core.datamodel.MetadataElement;
import org.junit.jupiter.api.Test;

/**
 * The incidence across a radar-geometry swath from its two ends and the columns' slant ranges,
 * against the geometry of a real Sentinel-1 IW image: Mexico City's GAMMA parameter file
 * ({@code r20180106_VV_8rlks_mli.par} of PyRate's test stack: 8514 columns from 798988.2904 m at
 * 18.636496 m, the satellite 7073899.1954 m and the ground 6375868.9414 m from the centre of
 * GAMMA's sphere, and its own {@code incidence_angle} 39.7036 degrees at the centre range).
 */
class IncidenceAcrossSwathTest {

  static final int WIDTH = 8514;
  static final double NEAR_RANGE = 798988.2904;
  static final double SPACING = 18.636496;
  static final double SATELLITE = 7073899.1954;
  static final double EARTH = 6375868.9414;

  /**
   * Writes the swath's geometry as SNAP's metadata give it: the first column's slant range, the
   * range spacing and the incidence at the first and last of {@link #WIDTH} columns.
   */
  static void describeSwath(MetadataElement abs) {
    abs.setAttributeDouble("slant_range_to_first_pixel", NEAR_RANGE);
    abs.setAttributeDouble("range_spacing", SPACING);
    abs.setAttributeDouble("incidence_near", onGammasSphere(NEAR_RANGE));
    abs.setAttributeDouble("incidence_far", onGammasSphere(NEAR_RANGE + (WIDTH - 1) * SPACING));
  }

  /** The incidence at slant range r on GAMMA's sphere, degrees. */
  static double onGammasSphere(double range) {
    // the triangle of the sphere's centre, the ground and the satellite: Rs^2 = Re^2 + R^2 + 2 Re R cos i
    return Math.toDegrees(Math.acos((SATELLITE * SATELLITE - EARTH * EARTH - range * range) / (2 * EARTH * range)));
  }

  /**
   * SNAP's metadata give the ends only (30.82 and 46.08 degrees here); each column's incidence
   * follows from its slant range, the centre's the file's own 39.70 where a straight line between
   * the ends says 38.45.
   */
  @Test
  void eachColumnsIncidenceFollowsItsSlantRange() {
    double near = onGammasSphere(NEAR_RANGE);
    double far = onGammasSphere(NEAR_RANGE + (WIDTH - 1) * SPACING);
    IncidenceAcrossSwath swath = IncidenceAcrossSwath.of(near, far, NEAR_RANGE, SPACING, WIDTH);

    assertTrue(swath.curved());
    for (int x : new int[] {0, 1000, 4256, 7000, WIDTH - 1}) {
      assertEquals(onGammasSphere(NEAR_RANGE + x * SPACING), swath.at(x), 1e-6, "column " + x);
    }
    // the centre range, 878314.5356 m, lies half a column past 4256
    assertEquals(39.7036, 0.5 * (swath.at(4256) + swath.at(4257)), 0.001);
    double straight = IncidenceAcrossSwath.linear(near, far, WIDTH).at(4256);
    assertTrue(Math.abs(swath.at(4256) - straight) > 1.2, "a straight line: " + straight);
  }

  /**
   * One incidence for both ends (the simulator's, files giving it at one place), no slant ranges,
   * or ends no Earth-sized sphere passes through: a straight line between the ends.
   */
  @Test
  void withoutASphereThroughTheEndsTheIncidenceIsLinear() {
    IncidenceAcrossSwath one = IncidenceAcrossSwath.of(39, 39, NEAR_RANGE, SPACING, WIDTH);
    assertFalse(one.curved());
    assertEquals(39, one.at(4000), 1e-12);

    IncidenceAcrossSwath noRanges = IncidenceAcrossSwath.of(30, 46, Double.NaN, SPACING, 101);
    assertFalse(noRanges.curved());
    assertEquals(38, noRanges.at(50), 1e-12);

    IncidenceAcrossSwath unknownRange = IncidenceAcrossSwath.of(30, 46, 99999, SPACING, 101);
    assertFalse(unknownRange.curved(), "SNAP's 99999: no slant range");

    // ends rounded to a hundredth of a degree over 1 km of slant range fit no Earth: a straight
    // line, which over so little range is the curve
    double near = Math.round(onGammasSphere(NEAR_RANGE) * 100) / 100.0;
    double far = Math.round(onGammasSphere(NEAR_RANGE + 1000) * 100) / 100.0;
    IncidenceAcrossSwath narrow = IncidenceAcrossSwath.of(near, far, NEAR_RANGE, 10, 101);
    assertFalse(narrow.curved());
    assertEquals(onGammasSphere(NEAR_RANGE + 500), narrow.at(50), 0.01);

    // 10 degrees over 990 m of slant range: no Earth
    IncidenceAcrossSwath tooSteep = IncidenceAcrossSwath.of(30, 40, 800_000, 10, 100);
    assertFalse(tooSteep.curved());
    assertEquals(40, tooSteep.at(99), 1e-12);
    assertEquals(30, tooSteep.at(-5), 1e-12, "held at the ends beyond them");
  }
}
