package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PairTest {

  @Test
  void spanYearsIsDaysOverJulianYear() {
    Pair p = new Pair(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 27));
    assertEquals(12, p.spanDays());
    assertEquals(12 / 365.25, p.spanYears(), 1e-15);
  }

  @Test
  void rejectsReferenceNotBeforeSecondary() {
    LocalDate d = LocalDate.of(2020, 1, 15);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Pair(d, d));
    assertTrue(e.getMessage().contains("2020-01-15"), e.getMessage());
  }

  @Test
  void ordersByReferenceThenSecondary() {
    Pair a = new Pair(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 2, 1));
    Pair b = new Pair(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 3, 1));
    Pair c = new Pair(LocalDate.of(2020, 1, 4), LocalDate.of(2020, 1, 5));
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
  }

  @Test
  void printsAsInBandNames() {
    assertEquals("03Jan2020_01Feb2020",
        new Pair(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 2, 1)).toString());
  }
}
