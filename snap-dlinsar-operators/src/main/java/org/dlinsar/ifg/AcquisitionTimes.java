package org.dlinsar.ifg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The time of day of a stack's acquisitions, where its metadata gives each one's {@code
 * first_line_time} ({@code Abstracted_Metadata} for the reference, each child of {@code
 * Secondary_Metadata} or {@code Slave_Metadata} for the others). Band names carry whole dates,
 * and a 12-day pair acquired at 23:59:50 and at 00:00:05 twelve days later reads 13 days apart
 * by them: its rate would be 8 % low. Spans are the whole days nearest the times' difference
 * (12 there): a repeat-pass stack's acquisitions lie whole days apart within seconds, and whole
 * days keep every span of a stack not crossing midnight as it was, and a subset's (whose
 * reference first_line_time SNAP moves to its first line, its secondaries' not) the frame's.
 * Where any acquisition of the stack has no time of its own, every span is whole dates, so that
 * all of one stack's spans are measured alike.
 */
public final class AcquisitionTimes {

  /** Whole dates: no acquisition's time of day is known. */
  public static final AcquisitionTimes WHOLE_DATES = new AcquisitionTimes(Map.of());

  /** The attribute of an acquisition's metadata that gives when its first line was taken. */
  public static final String FIRST_LINE_TIME = "first_line_time";
  /** SNAP 14's element of a stack's secondary acquisitions (SNAP 13 and before: Slave_Metadata). */
  public static final String SECONDARY_METADATA = "Secondary_Metadata";
  private static final List<String> SECONDARY_ELEMENTS = List.of(SECONDARY_METADATA, "Slave_Metadata");
  private static final LocalDate MJD2000 = LocalDate.of(2000, 1, 1);
  private static final double SECONDS_PER_DAY = 86400;
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /** Each date's time of day as a fraction of the day, 0 <= f < 1; empty: whole dates. */
  private final Map<LocalDate, Double> dayFractions;

  private AcquisitionTimes(Map<LocalDate, Double> dayFractions) {
    this.dayFractions = Map.copyOf(dayFractions);
  }

  /**
   * The times of {@code dates} that the products' metadata give: a {@code first_line_time} on one
   * of the dates (UTC, as SNAP names its bands) is that date's time, the first found when several
   * are; times on other dates belong to acquisitions not in the stack. Whole dates when a date
   * has none, or a time cannot be read.
   */
  public static AcquisitionTimes of(List<Product> products, Collection<LocalDate> dates) {
    Set<LocalDate> wanted = Set.copyOf(dates);
    Map<LocalDate, Double> found = new HashMap<>();
    for (Product product : products) {
      MetadataElement root = product.getMetadataRoot();
      add(root.getElement(RadarWavelength.ABSTRACTED_METADATA), wanted, found);
      for (String name : SECONDARY_ELEMENTS) {
        MetadataElement secondaries = root.getElement(name);
        if (secondaries != null) {
          for (MetadataElement secondary : secondaries.getElements()) {
            add(secondary, wanted, found);
          }
        }
      }
    }
    if (!found.keySet().containsAll(wanted)) {
      return WHOLE_DATES;
    }
    double[] secondsOfDay = found.values().stream().mapToDouble(f -> f * SECONDS_PER_DAY).toArray();
    return spreadSeconds(secondsOfDay) <= MAX_SPREAD_S ? new AcquisitionTimes(found) : WHOLE_DATES;
  }

  /**
   * Seconds of the day within which a repeat-pass stack's first lines lie, around midnight too:
   * times spread wider are no repeat-pass stack's (PyRate's Sydney files, converted from ROI_PAC,
   * give 01:18 to 23:18 UTC), and spans rounded from them would move by a day where the names are
   * right; such a stack's spans are whole dates.
   */
  public static final double MAX_SPREAD_S = 3600;

  /** The shortest arc of the day's circle, in seconds, that holds every one of {@code secondsOfDay}. */
  public static double spreadSeconds(double[] secondsOfDay) {
    double[] seconds = secondsOfDay.clone();
    Arrays.sort(seconds);
    if (seconds.length < 2) {
      return 0;
    }
    double widestGap = seconds[0] + SECONDS_PER_DAY - seconds[seconds.length - 1]; // across midnight
    for (int k = 1; k < seconds.length; k++) {
      widestGap = Math.max(widestGap, seconds[k] - seconds[k - 1]);
    }
    return SECONDS_PER_DAY - widestGap;
  }

  private static void add(MetadataElement element, Set<LocalDate> wanted, Map<LocalDate, Double> found) {
    if (element == null || element.getAttribute(FIRST_LINE_TIME) == null) {
      return;
    }
    ProductData.UTC time;
    try {
      time = element.getAttributeUTC(FIRST_LINE_TIME);
    } catch (IllegalArgumentException e) {
      return; // unreadable text: the date is then without a time, and spans are whole dates
    }
    // SNAP's UTC holds a time before 2000 as days and seconds rounded toward zero (seconds < 0):
    // the date and time of day come from the whole count of microseconds
    long micros = time.getDaysFraction() * MICROS_PER_DAY + time.getSecondsFraction() * 1_000_000L
        + time.getMicroSecondsFraction();
    LocalDate date = MJD2000.plusDays(Math.floorDiv(micros, MICROS_PER_DAY));
    double fraction = Math.floorMod(micros, MICROS_PER_DAY) / (double) MICROS_PER_DAY;
    if (wanted.contains(date)) {
      found.putIfAbsent(date, fraction);
    }
  }

  /** Whether the spans use the acquisitions' times of day, not whole dates. */
  public boolean timed() {
    return !dayFractions.isEmpty();
  }

  /**
   * Whole days from the acquisition of {@code from} to that of {@code to}: the dates' difference,
   * or, with their times of day known, the whole days nearest the times' difference.
   */
  public long days(LocalDate from, LocalDate to) {
    long whole = ChronoUnit.DAYS.between(from, to);
    return timed() ? Math.round(whole + dayFractions.get(to) - dayFractions.get(from)) : whole;
  }

  /** Julian years ({@link Pair#DAYS_PER_YEAR}) from the acquisition of {@code from} to that of {@code to}. */
  public double years(LocalDate from, LocalDate to) {
    return days(from, to) / Pair.DAYS_PER_YEAR;
  }

  /** The pair's span in Julian years: {@link Pair#spanYears()} with the times of day when known. */
  public double spanYears(Pair pair) {
    return years(pair.reference(), pair.secondary());
  }
}
