package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.RadarGeometry;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.TimeHistory;
import org.junit.jupiter.api.Test;

/**
 * A bowl sinking 800 mm/year from 50 days after the first of 11 dates 12 days apart, each paired
 * with its next two: the dates 0 to 2 have only pairs that end by day 48 (still), date 3's longest
 * pair holds 10 days of sinking (5 rad, no full fringe), dates 4 to 10 each have a pair of 22 days
 * or more of it (a full fringe).
 */
class DatesSeenScoresTest {

  private static final AcquisitionPlan PLAN =
      new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 11, 2, 0);
  private static final double PHASE_PER_MM = RadarGeometry.sentinel1(46, 8).phasePerMm();
  private static final Site BOWL = bowl(new TimeHistory(TimeHistory.Kind.DELAYED_START, -800,
      50 / 365.25, 0, 0));

  @Test
  void theDatesTheBowlMovedOnScoreNoStillDateAndEveryFringe() {
    DatesSeenScores scores = DatesSeenScores.of(BOWL, PLAN.dates().subList(3, 11), PLAN, PHASE_PER_MM);

    assertEquals(new DatesSeenScores(8, 0, 7, 7), scores);
  }

  @Test
  void aDateBeforeTheBowlOpenedIsStillAndAnUnlistedFringeIsMissed() {
    List<LocalDate> dates = PLAN.dates();
    DatesSeenScores scores = DatesSeenScores.of(BOWL,
        List.of(dates.get(1), dates.get(4), dates.get(5)), PLAN, PHASE_PER_MM);

    assertEquals(new DatesSeenScores(3, 1, 7, 2), scores);
  }

  @Test
  void datesOutsideTheStackAreNotCounted() {
    assertEquals(new DatesSeenScores(0, 0, 7, 0),
        DatesSeenScores.of(BOWL, List.of(LocalDate.of(2020, 1, 1)), PLAN, PHASE_PER_MM));
  }

  private static Site bowl(TimeHistory history) {
    List<Double> series = PLAN.dates().stream()
        .map(d -> history.displacementMm(PLAN.yearsSinceStart(d))).toList();
    return new Site(1, SiteClass.SUBSIDENCE, new PixelBox(0, 0, 10, 10), 5, 5,
        history.fittedVelocityMmPerYear(PLAN.dates().stream().map(PLAN::yearsSinceStart).toList()),
        history, series, -0.8);
  }
}
