package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wrapped-phase arithmetic as every stage on phase takes it. */
class CyclesTest {

  private static final double TWO_PI = 2 * Math.PI;

  @Test
  void wholeCyclesRoundHalvesToEven() {
    assertEquals(3, Cycles.whole(3 * TWO_PI + 0.4));
    assertEquals(-2, Cycles.whole(-2 * TWO_PI - 3));
    // half cycles round to the even count (Math.round would give 1, 3 and -1)
    assertEquals(0, Cycles.whole(0.5 * TWO_PI));
    assertEquals(2, Cycles.whole(2.5 * TWO_PI));
    assertEquals(-2, Cycles.whole(-1.5 * TWO_PI));
  }

  @Test
  void wrapsIntoMinusPiToPi() {
    assertEquals(0.5, Cycles.wrap(0.5 + 4 * TWO_PI), 1e-12);
    assertEquals(-3, Cycles.wrap(-3 - 7 * TWO_PI), 1e-12);
    assertEquals(Math.PI - 0.1, Cycles.wrap(-Math.PI - 0.1), 1e-12);
  }

  @Test
  void theCongruentValueNearestAnEstimate() {
    assertEquals(1 + 2 * TWO_PI, Cycles.nearest(1, 2 * TWO_PI - 1), 1e-12);
    assertEquals(-2 - TWO_PI, Cycles.nearest(-2, -9), 1e-12);
    assertEquals(0.3, Cycles.nearest(0.3, 0.3), 0);
  }
}
