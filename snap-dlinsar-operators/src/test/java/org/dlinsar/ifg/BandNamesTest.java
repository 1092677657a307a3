package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BandNamesTest {

  private static final LocalDate JAN15 = LocalDate.of(2020, 1, 15);
  private static final LocalDate JAN27 = LocalDate.of(2020, 1, 27);

  @Test
  void buildsEveryDerivedBandNameFromTheSuffix() {
    String s = "IW1_VV_15Jan2020_27Jan2020";
    assertEquals("i_ifg_" + s, BandNames.real(s));
    assertEquals("q_ifg_" + s, BandNames.imaginary(s));
    assertEquals("coh_" + s, BandNames.coherence(s));
    assertEquals("mask_ifg_" + s, BandNames.mask(s));
    assertEquals("Unw_Phase_ifg_" + s, BandNames.unwrappedPhase(s));
    // SnaphuImport's name: the dates alone, in the order given
    assertEquals("Unw_Phase_ifg_27Jan2020_15Jan2020", BandNames.unwrappedPhaseOfDates(JAN27, JAN15));
    assertEquals("disp_05Mar2021", BandNames.displacement(LocalDate.of(2021, 3, 5)));
  }

  @Test
  void formatsDatesAsSnapDoesWithLeadingZeroAndEnglishMonth() {
    assertEquals("05Sep2019", BandNames.formatDate(LocalDate.of(2019, 9, 5)));
  }

  @Test
  void refusesADateWhoseYearHasNotFourDigits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BandNames.formatDate(LocalDate.of(10000, 3, 6)));
    assertTrue(e.getMessage().startsWith("date +10000-03-06 has no four-digit year"), e.getMessage());
    assertEquals("31Dec9999", BandNames.formatDate(BandNames.LAST_DATE));
  }

  @Test
  void readsThePairFromTheLastTwoDateTokens() {
    assertEquals(new Pair(JAN15, JAN27), BandNames.pairOf("IW1_VV_15Jan2020_27Jan2020", "b"));
    assertEquals(new Pair(JAN15, JAN27), BandNames.pairOf("15Jan2020_27Jan2020", "b"));
    assertEquals(new Pair(JAN15, JAN27), BandNames.pairOf("VV_01Jan2019_15Jan2020_27Jan2020", "b"));
  }

  @Test
  void acceptsAnyCaseOfTheMonthAndSingleDigitDays() {
    assertEquals(new Pair(LocalDate.of(2020, 1, 5), JAN27),
        BandNames.pairOf("VV_5JAN2020_27jan2020", "b"));
  }

  @Test
  void ignoresOldAndNewStackMarkersInPairAndTag() {
    assertEquals(new Pair(JAN15, JAN27), BandNames.pairOf("VV_mst_15Jan2020_slv1_27Jan2020", "b"));
    assertEquals("VV", BandNames.tagOf("VV_mst_15Jan2020_slv1_27Jan2020"));
    assertEquals("IW2_VH", BandNames.tagOf("IW2_VH_ref_15Jan2020_sec1_27Jan2020"));
  }

  @Test
  void tagIsEverythingButTheDates() {
    assertEquals("IW1_VV", BandNames.tagOf("IW1_VV_15Jan2020_27Jan2020"));
    assertEquals("", BandNames.tagOf("15Jan2020_27Jan2020"));
  }

  @Test
  void rejectsAnUnparsableDateTokenNamingTheBand() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BandNames.pairOf("VV_15Jan2020_31Feb2020", "i_ifg_VV_15Jan2020_31Feb2020"));
    assertTrue(e.getMessage().contains("i_ifg_VV_15Jan2020_31Feb2020"), e.getMessage());
    assertTrue(e.getMessage().contains("31Feb2020"), e.getMessage());
  }

  @Test
  void rejectsANonEnglishMonthNamingTheToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BandNames.pairOf("VV_15Jan2020_27Okt2020", "i_ifg_x"));
    assertTrue(e.getMessage().contains("27Okt2020"), e.getMessage());
  }

  @Test
  void rejectsASuffixWithOneDateNamingTheBand() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BandNames.pairOf("VV_15Jan2020", "i_ifg_VV_15Jan2020"));
    assertTrue(e.getMessage().contains("i_ifg_VV_15Jan2020"), e.getMessage());
    assertTrue(e.getMessage().contains("found 1"), e.getMessage());
  }

  @Test
  void readsAPairNamedLaterDateFirstInDateOrder() {
    // SNAP's InterferogramOp on a stack whose reference image is the later one
    assertEquals(new Pair(JAN15, JAN27), BandNames.pairOf("IW1_VV_27Jan2020_15Jan2020", "b"));
    assertTrue(BandNames.namesLaterDateFirst("IW1_VV_27Jan2020_15Jan2020", "b"));
    assertFalse(BandNames.namesLaterDateFirst("IW1_VV_15Jan2020_27Jan2020", "b"));
  }

  @Test
  void rejectsOneDateTwiceNamingTheBand() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BandNames.pairOf("VV_15Jan2020_15Jan2020", "i_ifg_VV_15Jan2020_15Jan2020"));
    assertTrue(e.getMessage().contains("i_ifg_VV_15Jan2020_15Jan2020"), e.getMessage());
  }

  @Test
  void splitsPrefixFromSuffixOnlyWhenSomethingFollows() {
    assertEquals(Optional.of("VV_15Jan2020_27Jan2020"),
        BandNames.suffixAfter(BandNames.REAL_PREFIX, "i_ifg_VV_15Jan2020_27Jan2020"));
    assertEquals(Optional.empty(), BandNames.suffixAfter(BandNames.REAL_PREFIX, "i_ifg_"));
    assertEquals(Optional.empty(), BandNames.suffixAfter(BandNames.REAL_PREFIX, "q_ifg_VV"));
  }

  @Test
  void recognisesSnapVirtualPhaseBands() {
    assertTrue(BandNames.isPhase("Phase_ifg_VV_15Jan2020_27Jan2020"));
    assertFalse(BandNames.isPhase("i_ifg_VV_15Jan2020_27Jan2020"));
  }
}
