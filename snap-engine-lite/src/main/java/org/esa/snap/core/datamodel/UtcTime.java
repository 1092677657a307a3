package org.esa.snap.core.datamodel;

import java.text.DateFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Date;

/** The arithmetic behind {@link ProductData.UTC}: microseconds since 2000-01-01 00:00 UTC. */
final class UtcTime {

  static final long MICROS_PER_DAY = 86_400_000_000L;
  static final long MILLIS_PER_DAY = 86_400_000L;
  /** 2000-01-01T00:00:00Z in Java milliseconds. */
  static final long EPOCH_2000_MILLIS = 946_684_800_000L;

  private UtcTime() {
  }

  /** Days, seconds of day and microseconds of second for {@code micros} since 2000. */
  static int[] fromMicros(long micros) {
    long days = Math.floorDiv(micros, MICROS_PER_DAY);
    long ofDay = Math.floorMod(micros, MICROS_PER_DAY);
    return new int[] {Math.toIntExact(days), (int) (ofDay / 1_000_000L), (int) (ofDay % 1_000_000L)};
  }

  /** Days, seconds and microseconds of {@code mjd} fractional days since 2000, to the microsecond. */
  static int[] fromMjd(double mjd) {
    if (!Double.isFinite(mjd)) {
      throw new IllegalArgumentException("a UTC time needs a finite MJD2000, got " + mjd);
    }
    return fromMicros(Math.round(mjd * MICROS_PER_DAY));
  }

  /** Microseconds since 2000 of days, seconds and microseconds (which need not be normalised). */
  static long toMicros(int[] utc) {
    return utc[0] * MICROS_PER_DAY + utc[1] * 1_000_000L + utc[2];
  }

  /** Parses {@code text}: {@code format} for the whole seconds, then an optional ".ffffff". */
  static ProductData.UTC parse(String text, DateFormat format) throws ParseException {
    String whole = text;
    long micros = 0;
    int dot = text.lastIndexOf('.');
    if (dot > 0 && dot < text.length() - 1 && text.substring(dot + 1).chars().allMatch(Character::isDigit)) {
      String fraction = text.substring(dot + 1);
      if (fraction.length() > 6) {
        throw new ParseException("cannot parse UTC time '" + text + "': more than 6 digits of fraction", dot);
      }
      micros = Long.parseLong((fraction + "000000").substring(0, 6));
      whole = text.substring(0, dot);
    }
    ParsePosition position = new ParsePosition(0);
    Date date = format.parse(whole, position);
    if (date == null || position.getIndex() != whole.length()) {
      int at = date == null ? position.getErrorIndex() : position.getIndex();
      throw new ParseException("cannot parse UTC time '" + text + "' at position " + Math.max(at, 0)
          + ": expected " + describe(format) + "[.ffffff]", Math.max(at, 0));
    }
    return ProductData.UTC.create(date, micros);
  }

  private static String describe(DateFormat format) {
    return format instanceof java.text.SimpleDateFormat
        ? ((java.text.SimpleDateFormat) format).toPattern() : format.toString();
  }
}
