package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.junit.jupiter.api.Test;

/**
 * Acquisitions either side of midnight UTC: band names give whole dates, so a 12-day pair taken
 * at 23:59:50 and 00:00:05 twelve days later read 13 days, its rate 8 % low.
 */
public class AcquisitionTimesTest {

  /** A stack of 01Jan2020_14Jan2020 and 14Jan2020_26Jan2020, each date's first_line_time given. */
  public static Product acrossMidnight(String secondaryElement, String... times) throws ParseException {
    Product p = StackFixtures.product("midnight", 4, 3);
    StackFixtures.addFlatInterferogram(p, "VV_01Jan2020_14Jan2020", 0.9f);
    StackFixtures.addFlatInterferogram(p, "VV_14Jan2020_26Jan2020", 0.9f);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeUTC("first_line_time", ProductData.UTC.parse(times[0]));
    p.getMetadataRoot().addElement(abs);
    MetadataElement secondaries = new MetadataElement(secondaryElement);
    for (int k = 1; k < times.length; k++) {
      MetadataElement secondary = new MetadataElement("midnight_" + k);
      secondary.setAttributeUTC("first_line_time", ProductData.UTC.parse(times[k]));
      secondaries.addElement(secondary);
    }
    p.getMetadataRoot().addElement(secondaries);
    return p;
  }

  @Test
  void spansAcrossMidnightComeFromTheFirstLineTimes() throws ParseException {
    for (String element : new String[] {"Slave_Metadata", "Secondary_Metadata"}) {
      InterferogramStack stack = InterferogramStack.of(acrossMidnight(element, "01-JAN-2020 23:59:50.000000",
          "14-JAN-2020 00:00:05.000000", "26-JAN-2020 00:00:04.500000", "08-FEB-2020 00:00:06"));

      assertTrue(stack.acquisitionTimes().timed(), element);
      Interferogram first = stack.interferograms().get(0);
      Interferogram second = stack.interferograms().get(1);
      assertEquals(13, first.pair().spanDays()); // the band names' dates, as before
      assertEquals(12 / Pair.DAYS_PER_YEAR, stack.spanYears(first), 1e-15, element);
      assertEquals(12 / Pair.DAYS_PER_YEAR, stack.spanYears(second), 1e-15, element);
      assertEquals(12, stack.acquisitionTimes().days(first.pair().reference(), first.pair().secondary()));
    }
  }

  @Test
  void aDateWithoutItsTimeLeavesEverySpanWholeDates() throws ParseException {
    // 26 Jan has no time of its own (08 Feb's is not in the stack): whole dates, as before
    InterferogramStack stack = InterferogramStack.of(acrossMidnight("Slave_Metadata",
        "01-JAN-2020 23:59:50", "14-JAN-2020 00:00:05", "08-FEB-2020 00:00:06"));

    assertFalse(stack.acquisitionTimes().timed());
    assertEquals(13 / Pair.DAYS_PER_YEAR, stack.spanYears(stack.interferograms().get(0)), 1e-15);
    assertEquals(12 / Pair.DAYS_PER_YEAR, stack.spanYears(stack.interferograms().get(1)), 1e-15);
    // a product without metadata: whole dates
    Product plain = StackFixtures.product("plain", 4, 3);
    StackFixtures.addFlatInterferogram(plain, "VV_01Jan2020_14Jan2020", 0.9f);
    assertEquals(13 / Pair.DAYS_PER_YEAR, InterferogramStack.of(plain).spanYears(
        InterferogramStack.of(plain).interferograms().get(0)), 1e-15);
  }

  @Test
  void timesBefore2000AsSnapHoldsThemGiveTheirOwnDatesAndTimesOfDay() {
    // SNAP's UTC.create (snap-core ProductData.java 14.x, lines 2999-3010), which UTC.parse and so
    // the DIMAP reader call, divides the milliseconds since 2000 toward zero: 15-JUN-1995
    // 23:59:50 is days -1660 and seconds -10 (a negative second of day), not days -1661 and
    // seconds 86390; an ERS stack of 1995 crosses midnight as the one of 2020 above does
    Product p = StackFixtures.product("ers", 4, 3);
    StackFixtures.addFlatInterferogram(p, "VV_15Jun1995_21Jul1995", 0.9f);
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeUTC("first_line_time", new ProductData.UTC(-1660, -10, 0)); // 15-JUN-1995 23:59:50
    p.getMetadataRoot().addElement(abs);
    MetadataElement secondaries = new MetadataElement("Slave_Metadata");
    MetadataElement secondary = new MetadataElement("ers_1");
    // 21-JUL-1995 00:00:05.5: days -1624, seconds -86395, microseconds 500000 (SNAP's fraction is never negative)
    secondary.setAttributeUTC("first_line_time", new ProductData.UTC(-1624, -86395, 500_000));
    secondaries.addElement(secondary);
    p.getMetadataRoot().addElement(secondaries);

    InterferogramStack stack = InterferogramStack.of(p);

    assertTrue(stack.acquisitionTimes().timed());
    Interferogram ifg = stack.interferograms().get(0);
    assertEquals(36, ifg.pair().spanDays()); // the band names' dates
    assertEquals(35, stack.acquisitionTimes().days(ifg.pair().reference(), ifg.pair().secondary()));
  }

  @Test
  void timesOfDayHoursApartAreNoRepeatPassStacksAndLeaveWholeDates() throws ParseException {
    // a stack whose times spread over hours (converted from another processor's files): rounding
    // spans from them would move a day where the names are right
    InterferogramStack stack = InterferogramStack.of(acrossMidnight("Slave_Metadata",
        "01-JAN-2020 01:18:00", "14-JAN-2020 23:18:00", "26-JAN-2020 12:00:00"));

    assertFalse(stack.acquisitionTimes().timed());
    assertEquals(13 / Pair.DAYS_PER_YEAR, stack.spanYears(stack.interferograms().get(0)), 1e-15);
    assertEquals(2 * 60, AcquisitionTimes.spreadSeconds(new double[] {86340, 60}), 1e-9); // across midnight
    assertEquals(11 * 3600, AcquisitionTimes.spreadSeconds(new double[] {3600, 12 * 3600}), 1e-9);
  }
}
