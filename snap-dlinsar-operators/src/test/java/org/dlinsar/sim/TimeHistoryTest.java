package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeHistoryTest {

  private static final List<Double> EPOCHS = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5);

  @Test
  void linearHistoryFitsItsRate() {
    TimeHistory linear = new TimeHistory(TimeHistory.Kind.LINEAR, -42, 0, 0, 0);
    assertEquals(-21, linear.displacementMm(0.5), 1e-12);
    assertEquals(-42, linear.fittedVelocityMmPerYear(EPOCHS), 1e-9);
  }

  @Test
  void delayedHistoryStaysStillUntilItsStart() {
    TimeHistory delayed = new TimeHistory(TimeHistory.Kind.DELAYED_START, -100, 0.25, 0, 0);
    assertEquals(0, delayed.displacementMm(0.2), 0);
    assertEquals(-10, delayed.displacementMm(0.35), 1e-12);
  }

  @Test
  void acceleratingHistoryEndsFasterThanItStarts() {
    TimeHistory accelerating = new TimeHistory(TimeHistory.Kind.ACCELERATING, -50, 0, 2, 0);
    double early = accelerating.displacementMm(0.1) - accelerating.displacementMm(0.0);
    double late = accelerating.displacementMm(0.5) - accelerating.displacementMm(0.4);
    assertTrue(Math.abs(late) > 1.5 * Math.abs(early), "late step " + late + " vs early " + early);
  }

  @Test
  void seasonalHistoryReturnsToTheTrendEachYear() {
    TimeHistory seasonal = new TimeHistory(TimeHistory.Kind.SEASONAL, 10, 0, 0, 3);
    assertEquals(10, seasonal.displacementMm(1.0), 1e-9);
    assertEquals(2.5 + 3, seasonal.displacementMm(0.25), 1e-9);
  }

  @Test
  void rejectsANonFiniteRate() {
    assertThrows(IllegalArgumentException.class,
        () -> new TimeHistory(TimeHistory.Kind.LINEAR, Double.NaN, 0, 0, 0));
  }
}
