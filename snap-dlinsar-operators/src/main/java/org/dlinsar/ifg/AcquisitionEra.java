package org.dlinsar.ifg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * The years interferometric SAR stacks come from: ERS-1 (1991) to 2100, past Sentinel-1 and its
 * successors. A date outside is almost surely a typo or a simulated stack, and it matters: the
 * gradient stack divides by the pairs' spans, so one reference date in 1900 shrinks every
 * gradient rate of the stack. Such dates are warned about, not refused.
 */
public final class AcquisitionEra {

  /** ERS-1's launch year. */
  public static final int FIRST_YEAR = 1991;
  /** The last year taken as plausible. */
  public static final int LAST_YEAR = 2100;

  /** Dates listed in a message at most; the rest are counted. */
  private static final int DATES_LISTED = 6;

  private AcquisitionEra() {}

  /** The dates before {@value #FIRST_YEAR} or after {@value #LAST_YEAR}, in the order given. */
  public static List<LocalDate> outside(Collection<LocalDate> dates) {
    List<LocalDate> outside = new ArrayList<>();
    for (LocalDate date : dates) {
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        outside.add(date);
      }
    }
    return outside;
  }

  /**
   * One clause naming the dates as band names write them, e.g. "acquisition dates 01Jan1900,
   * 13Jan1900 lie outside 1991-2100 (ERS-1 onward)"; {@code dates} not empty.
   */
  public static String describe(List<LocalDate> dates) {
    List<String> names = dates.stream().map(BandNames::formatDate).toList();
    return (dates.size() == 1 ? "acquisition date " : "acquisition dates ") + ListedNames.of(names, DATES_LISTED)
        + (dates.size() == 1 ? " lies" : " lie") + " outside " + FIRST_YEAR + "-" + LAST_YEAR
        + " (ERS-1 onward)";
  }

  /**
   * Logs one warning, "{@code operator}: acquisition dates ... lie outside 1991-2100 (ERS-1
   * onward); {@code consequence}", when some of {@code dates} do; {@code operator} names the
   * product too ({@link InterferogramStack#lineOf}).
   */
  public static void warnOfDatesOutside(Collection<LocalDate> dates, String operator, String consequence,
      Logger log) {
    List<LocalDate> outside = outside(dates);
    if (!outside.isEmpty()) {
      log.warning(operator + ": " + describe(outside) + "; " + consequence);
    }
  }
}
