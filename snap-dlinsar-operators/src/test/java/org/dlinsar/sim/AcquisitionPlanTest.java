package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dlinsar.ifg.Pair;
import org.junit.jupiter.api.Test;

class AcquisitionPlanTest {

  private static final LocalDate START = LocalDate.of(2021, 1, 4);

  @Test
  void pairsEachDateWithItsNextNeighbours() {
    List<Pair> pairs = new AcquisitionPlan(START, 6, 4, 2, 0).pairs();
    assertEquals(List.of(new Pair(START, START.plusDays(6)), new Pair(START, START.plusDays(12)),
        new Pair(START.plusDays(6), START.plusDays(12)), new Pair(START.plusDays(6), START.plusDays(18)),
        new Pair(START.plusDays(12), START.plusDays(18))), pairs);
  }

  @Test
  void dropsPairsLongerThanTheMaximumSpan() {
    List<Pair> pairs = new AcquisitionPlan(START, 12, 6, 5, 24).pairs();
    assertEquals(9, pairs.size());
    assertTrue(pairs.stream().allMatch(p -> p.spanDays() <= 24));
  }

  @Test
  void aReferenceDatePairsEveryOtherDateWithIt() {
    // the single-reference stack of SNAP's InterferogramOp, reference mid-series; earlier date first
    AcquisitionPlan plan = new AcquisitionPlan(START, 12, 4, 2, 0).withReferenceDate(2);
    assertEquals(List.of(new Pair(START, START.plusDays(24)), new Pair(START.plusDays(12), START.plusDays(24)),
        new Pair(START.plusDays(24), START.plusDays(36))), plan.pairs());
    assertEquals(2, plan.withReferenceDate(0).pairs().stream().filter(p -> p.spanDays() <= 24).count());
    assertEquals(List.of(new Pair(START, START.plusDays(12))),
        new AcquisitionPlan(START, 12, 4, 1, 12).withReferenceDate(0).pairs());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan.withReferenceDate(4));
    assertTrue(e.getMessage().contains("referenceDate") && e.getMessage().contains("got 4"), e.getMessage());
  }

  @Test
  void datesFallEveryInterval() {
    AcquisitionPlan plan = new AcquisitionPlan(START, 12, 3, 1, 0);
    assertEquals(List.of(START, START.plusDays(12), START.plusDays(24)), plan.dates());
    assertEquals(24 / 365.25, plan.seriesYears(), 1e-12);
  }

  @Test
  void rejectsAnIntervalOtherThanSixOrTwelveNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AcquisitionPlan(START, 7, 5, 1, 0));
    assertTrue(e.getMessage().contains("intervalDays") && e.getMessage().contains("7"), e.getMessage());
  }

  @Test
  void rejectsAcquisitionsPastTheLastDateBandNamesHold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AcquisitionPlan(java.time.LocalDate.of(9999, 12, 1), 12, 11, 2, 0));
    assertTrue(e.getMessage().contains("runs to +10000-03-30"), e.getMessage());
  }

  /**
   * A stack begun in 1500 named its first date 01Jan1500 in band names and 23-DEC-1499 in the
   * metadata, where SNAP's UTC writes the Julian calendar.
   */
  @Test
  void rejectsAStartBeforeTheGregorianCalendarNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AcquisitionPlan(java.time.LocalDate.of(1582, 10, 14), 12, 11, 2, 0));
    assertTrue(e.getMessage().startsWith("start 1582-10-14 is before 1582-10-15"), e.getMessage());
    new AcquisitionPlan(AcquisitionPlan.FIRST_GREGORIAN_DATE, 12, 11, 2, 0);
  }

  @Test
  void rejectsASpanLimitThatLeavesNoPair() {
    assertThrows(IllegalArgumentException.class, () -> new AcquisitionPlan(START, 12, 5, 1, 6));
  }
}
