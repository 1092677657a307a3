package org.esa.snap.core.datamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ProductDataUTCTest {

  @Test
  void parsesAndFormatsSnapTextWithMicroseconds() throws ParseException {
    ProductData.UTC time = ProductData.UTC.parse("15-JAN-2020 05:43:21.123456");

    assertEquals("15-JAN-2020 05:43:21.123456", time.format());
    assertEquals(123456, time.getMicroSecondsFraction());
    assertEquals(5 * 3600 + 43 * 60 + 21, time.getSecondsFraction());
  }

  @Test
  void parsesMonthNamesInAnyCase() throws ParseException {
    assertEquals("15-JAN-2020 05:43:21.000000", ProductData.UTC.parse("15-Jan-2020 05:43:21").format());
    assertEquals("15-JAN-2020 05:43:21.000000", ProductData.UTC.parse("15-jan-2020 05:43:21").format());
  }

  @Test
  void shortFractionsAreTenthsNotMicroseconds() throws ParseException {
    assertEquals(500000, ProductData.UTC.parse("01-FEB-2021 00:00:00.5").getMicroSecondsFraction());
  }

  @Test
  void mjd2000CountsDaysFromTheYear2000() throws ParseException {
    assertEquals(0.0, ProductData.UTC.parse("01-JAN-2000 00:00:00").getMJD());
    assertEquals(1.5, ProductData.UTC.parse("02-JAN-2000 12:00:00").getMJD());
    assertEquals(-1.0, ProductData.UTC.parse("31-DEC-1999 00:00:00").getMJD());
  }

  @Test
  void mjdRoundTripsToTheMicrosecond() throws ParseException {
    ProductData.UTC time = ProductData.UTC.parse("27-JAN-2020 17:05:09.654321");

    ProductData.UTC back = new ProductData.UTC(time.getMJD());

    assertEquals(time.format(), back.format());
  }

  @Test
  void anMjdIsSplitAsSnapSplitsItWithPartsRoundedTowardZero() {
    // SNAP's UTC(double) (snap-core ProductData.java 14.x): days = (int) mjd, seconds = the day's
    // remainder in seconds cast to int, microseconds the second's remainder rounded; a negative
    // microsecond part borrows a second. Before 2000 the parts are then not normalised
    ProductData.UTC quarterBefore = new ProductData.UTC(-0.25);
    assertEquals(0, quarterBefore.getDaysFraction());
    assertEquals(-21600, quarterBefore.getSecondsFraction());
    assertEquals(0, quarterBefore.getMicroSecondsFraction());
    assertEquals("31-DEC-1999 18:00:00.000000", quarterBefore.format());

    ProductData.UTC halfSecondBefore = new ProductData.UTC(-1 - 0.5 / 86400);
    assertEquals(-1, halfSecondBefore.getDaysFraction());
    assertEquals(-1, halfSecondBefore.getSecondsFraction());
    assertEquals(500000, halfSecondBefore.getMicroSecondsFraction());
    assertEquals("30-DEC-1999 23:59:59.500000", halfSecondBefore.format());
    assertEquals(-1 - 0.5 / 86400, halfSecondBefore.getMJD(), 1e-12);

    ProductData.UTC nan = new ProductData.UTC(Double.NaN); // Java's casts make NaN zero, and SNAP does not check
    assertEquals(0.0, nan.getMJD());
  }

  @Test
  void dateAndCalendarRoundTheMicrosecondsToTheMillisecondAsSnaps() {
    ProductData.UTC almostNextSecond = new ProductData.UTC(7319, 20601, 999600);

    assertEquals(Instant.parse("2020-01-15T05:43:22.000Z"), almostNextSecond.getAsDate().toInstant());
    assertEquals(almostNextSecond.getAsDate(), almostNextSecond.getAsCalendar().getTime());
    assertEquals("15-JAN-2020 05:43:21.999600", almostNextSecond.format());
  }

  @Test
  void dateAndCalendarAreTheSameInstant() throws ParseException {
    ProductData.UTC time = ProductData.UTC.parse("15-JAN-2020 05:43:21.123456");

    assertEquals(Instant.parse("2020-01-15T05:43:21.123Z"), time.getAsDate().toInstant());
    Calendar calendar = time.getAsCalendar();
    assertEquals(2020, calendar.get(Calendar.YEAR));
    assertEquals(Calendar.JANUARY, calendar.get(Calendar.MONTH));
    assertEquals(5, calendar.get(Calendar.HOUR_OF_DAY));
  }

  @Test
  void createTakesTheDatesWholeSecondAndTheMicrosecondsAsItsFraction() {
    // SNAP's UTC.create(Date, long) builds days and seconds from the date, dropping its milliseconds
    Date date = Date.from(Instant.parse("2020-01-15T05:43:21.123Z"));

    assertEquals("15-JAN-2020 05:43:21.000456", ProductData.UTC.create(date, 456).format());
    assertEquals("15-JAN-2020 05:43:21.123456", ProductData.UTC.create(date, 123456).format());
  }

  @Test
  void aTimeBefore2000HasDaysAndSecondsCountedTowardZeroAsSnapHoldsThem() throws ParseException {
    // SNAP's UTC.create (snap-core ProductData.java 14.x, lines 3007-3010): days = millis since
    // 2000 / millis per day, seconds = the rest / 1000, both Java's long division (toward zero);
    // the microseconds as given. parse goes through create, and so does SNAP's DIMAP reader
    ProductData.UTC time = ProductData.UTC.parse("15-JUN-1995 23:59:50.250000");

    assertEquals(-1660, time.getDaysFraction());
    assertEquals(-10, time.getSecondsFraction());
    assertEquals(250000, time.getMicroSecondsFraction());
    assertEquals("15-JUN-1995 23:59:50.250000", time.format());
    assertEquals(-1660 - 9.75 / 86400, time.getMJD(), 1e-12);
    // a negative remainder below a second is dropped toward zero too: 23:59:59.9 of 31 Dec 1999 is 00:00:00
    Date late = Date.from(Instant.parse("1999-12-31T23:59:59.900Z"));
    ProductData.UTC dropped = ProductData.UTC.create(late, 7);
    assertEquals(0, dropped.getDaysFraction());
    assertEquals(0, dropped.getSecondsFraction());
    assertEquals(7, dropped.getMicroSecondsFraction());
    // from 2000 on, the components are the date's day and second of day, as before
    ProductData.UTC after = ProductData.UTC.parse("15-JAN-2020 05:43:21.5");
    assertEquals(7319, after.getDaysFraction());
    assertEquals(20601, after.getSecondsFraction());
  }

  @Test
  void parseWithAnotherPattern() throws ParseException {
    ProductData.UTC time = ProductData.UTC.parse("2020-01-15 05:43:21.25", "yyyy-MM-dd HH:mm:ss");

    assertEquals("15-JAN-2020 05:43:21.250000", time.format());
  }

  @Test
  void rejectsTextThatIsNotATimeNamingIt() {
    ParseException error = assertThrows(ParseException.class, () -> ProductData.UTC.parse("15-XYZ-2020 05:43:21"));
    assertTrue(error.getMessage().contains("'15-XYZ-2020 05:43:21'"), error.getMessage());
    assertTrue(error.getMessage().contains("dd-MMM-yyyy HH:mm:ss"), error.getMessage());
  }

  @Test
  void parsesLenientlyAsSnapButNotAFractionItCannotRead() throws ParseException {
    // SNAP's parse: a lenient date format that may leave text unread; only the fraction is checked
    assertEquals("15-JAN-2020 05:43:21.000000", ProductData.UTC.parse("15-JAN-2020 05:43:21 extra").format());
    assertEquals("01-FEB-2020 05:43:21.000000", ProductData.UTC.parse("32-JAN-2020 05:43:21").format());
    assertThrows(ParseException.class, () -> ProductData.UTC.parse("15-JAN-2020 05:43:21.1234567"));
    assertThrows(ParseException.class, () -> ProductData.UTC.parse("15-JAN-2020 05:43:21."));
    assertThrows(ParseException.class, () -> ProductData.UTC.parse("15.01.2020 05:43:21", "dd.MM.yyyy HH:mm:ss"));
    assertThrows(IllegalArgumentException.class, () -> ProductData.UTC.parse(""));
    assertThrows(IllegalArgumentException.class, () -> ProductData.UTC.parse(null));
  }

  @Test
  void isStoredAsThreeUnsignedIntsOfTypeUtc() {
    ProductData.UTC time = new ProductData.UTC(7319, 20601, 123456);

    assertEquals(ProductData.TYPE_UTC, time.getType());
    assertEquals(3, time.getNumElems());
    assertEquals(time.format(), time.getElemString());
    assertEquals("15-JAN-2020 05:43:21.123456", time.format());
  }
}
