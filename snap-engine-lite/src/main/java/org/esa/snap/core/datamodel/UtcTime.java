package org.esa.snap.core.datamodel;

import java.text.DateFormat;
import java.text.ParseException;
import java.util.Date;

/**
 * The arithmetic behind {@link ProductData.UTC}, as SNAP's (snap-core ProductData.UTC, 12.x-14.x):
 * days since 2000-01-01 00:00 UTC, seconds and microseconds, which need not share a sign.
 */
final class UtcTime {

  static final long MILLIS_PER_DAY = 86_400_000L;
  /** 2000-01-01T00:00:00Z in Java milliseconds. */
  static final long EPOCH_2000_MILLIS = 946_684_800_000L;
  private static final double SECONDS_PER_DAY = 86_400.0;
  private static final double MICROS_PER_SECOND = 1_000_000.0;

  private UtcTime() {
  }

  /**
   * Days, seconds and microseconds of {@code mjd} fractional days since 2000 as SNAP splits them:
   * each part is the fraction's remainder rounded toward zero (a time before 2000 has days and
   * seconds of no more than zero), with only a negative microsecond part carried into the seconds;
   * NaN is day 0, as Java's cast makes it.
   */
  static int[] fromMjd(double mjd) {
    double seconds = mjd * SECONDS_PER_DAY;
    int micros = (int) Math.round((seconds * MICROS_PER_SECOND) % MICROS_PER_SECOND);
    int wholeSeconds = (int) (seconds % SECONDS_PER_DAY);
    if (micros < 0) {
      micros += (int) MICROS_PER_SECOND;
      wholeSeconds -= 1;
    } else if (micros >= MICROS_PER_SECOND) {
      micros = (int) MICROS_PER_SECOND - 1; // rounding reached the next second: SNAP stays in this one
    }
    return new int[] {(int) mjd, wholeSeconds, micros};
  }

  /**
   * Milliseconds since 1970 of days, seconds and microseconds, the microseconds rounded to the
   * nearest millisecond as SNAP's {@code getAsCalendar}.
   */
  static long toEpochMillis(int[] utc) {
    return EPOCH_2000_MILLIS + utc[0] * MILLIS_PER_DAY + utc[1] * 1000L + Math.round(utc[2] / 1000.0);
  }

  /** Milliseconds since 1970 of days and seconds only, as SNAP's {@code format} takes them. */
  static long wholeSecondMillis(int[] utc) {
    return EPOCH_2000_MILLIS + utc[0] * MILLIS_PER_DAY + utc[1] * 1000L;
  }

  /**
   * Parses {@code text} as SNAP does: what follows its last dot (if not the first character) is
   * the fraction of the second, at most 6 digits, read as an integer and scaled to microseconds;
   * the rest goes to {@code format}, which may leave text unread and is lenient unless set otherwise.
   *
   * @throws IllegalArgumentException if {@code text} is null or empty, as SNAP's Guardian
   */
  static ProductData.UTC parse(String text, DateFormat format) throws ParseException {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("cannot parse UTC time: the text is " + (text == null ? "null" : "empty"));
    }
    String whole = text;
    long micros = 0;
    int dot = text.lastIndexOf('.');
    if (dot > 0) {
      whole = text.substring(0, dot);
      String fraction = text.substring(dot + 1);
      if (fraction.length() > 6) {
        throw new ParseException("cannot parse UTC time '" + text + "': more than 6 digits of fraction", dot);
      }
      try {
        micros = Integer.parseInt(fraction);
      } catch (NumberFormatException e) {
        throw new ParseException("cannot parse UTC time '" + text + "': the fraction after its last '.' is no"
            + " number", dot);
      }
      for (int digits = fraction.length(); digits < 6; digits++) {
        micros *= 10;
      }
    }
    Date date;
    try {
      date = format.parse(whole);
    } catch (ParseException e) {
      throw new ParseException("cannot parse UTC time '" + text + "' at position " + e.getErrorOffset()
          + ": expected " + describe(format) + "[.ffffff]", e.getErrorOffset());
    }
    return ProductData.UTC.create(date, micros);
  }

  private static String describe(DateFormat format) {
    return format instanceof java.text.SimpleDateFormat
        ? ((java.text.SimpleDateFormat) format).toPattern() : format.toString();
  }
}
