package org.dlinsar.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;

/**
 * When the simulated satellite acquires and which pairs are formed.
 *
 * <p>Acquisitions fall every {@code intervalDays} (6 or 12, as Sentinel-1) from {@code start}.
 * Each date is paired with its next {@code pairNeighbours} dates, or, with a {@code
 * referenceDate}, every date with that one (the single-reference stack SNAP's InterferogramOp
 * forms from a coregistered stack); pairs spanning more than {@code maxSpanDays} are dropped (0 =
 * no limit on the span).
 *
 * @param start the first acquisition date
 * @param intervalDays days between acquisitions, 6 or 12
 * @param dateCount number of acquisitions, at least 2
 * @param pairNeighbours how many following dates each date is paired with, at least 1
 * @param maxSpanDays the longest temporal baseline kept, days; 0 = no limit
 * @param referenceDate index of the date every pair is formed with, or {@link #SMALL_BASELINE}
 *     for pairs of each date with its next {@code pairNeighbours}
 */
public record AcquisitionPlan(LocalDate start, int intervalDays, int dateCount, int pairNeighbours,
    int maxSpanDays, int referenceDate) {

  /**
   * The first day a plan may start: SNAP's {@code ProductData.UTC} writes earlier days in the
   * Julian calendar, {@code java.time} (and so band names) in the Gregorian one.
   */
  public static final LocalDate FIRST_GREGORIAN_DATE = LocalDate.of(1582, 10, 15);

  /** {@code referenceDate} of a small-baseline network: no one reference date. */
  public static final int SMALL_BASELINE = -1;

  /** A small-baseline network: each date with its next {@code pairNeighbours} dates. */
  public AcquisitionPlan(LocalDate start, int intervalDays, int dateCount, int pairNeighbours,
      int maxSpanDays) {
    this(start, intervalDays, dateCount, pairNeighbours, maxSpanDays, SMALL_BASELINE);
  }

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public AcquisitionPlan {
    Objects.requireNonNull(start, "start");
    if (intervalDays != 6 && intervalDays != 12) {
      throw new IllegalArgumentException("intervalDays must be 6 or 12, got " + intervalDays);
    }
    if (dateCount < 2 || dateCount > 1000) {
      throw new IllegalArgumentException("dateCount must be in [2, 1000], got " + dateCount);
    }
    if (pairNeighbours < 1) {
      throw new IllegalArgumentException("pairNeighbours must be >= 1, got " + pairNeighbours);
    }
    if (referenceDate < SMALL_BASELINE || referenceDate >= dateCount) {
      throw new IllegalArgumentException("referenceDate must be a date's index, 0 to " + (dateCount - 1)
          + ", or " + SMALL_BASELINE + " for small-baseline pairs, got " + referenceDate);
    }
    if (maxSpanDays < 0) {
      throw new IllegalArgumentException("maxSpanDays must be >= 0 (0 = no limit), got " + maxSpanDays);
    }
    if (start.isBefore(FIRST_GREGORIAN_DATE)) {
      throw new IllegalArgumentException("start " + start + " is before " + FIRST_GREGORIAN_DATE
          + ", when the Gregorian calendar began: SNAP's UTC times count the days before it by the"
          + " Julian calendar, so the metadata's acquisition times and the band names would name"
          + " different days");
    }
    LocalDate last = start.plusDays((long) (dateCount - 1) * intervalDays);
    if (last.isAfter(BandNames.LAST_DATE)) {
      throw new IllegalArgumentException("start " + start + " with dateCount = " + dateCount
          + " and intervalDays = " + intervalDays + " runs to " + last + "; band names write dates"
          + " as ddMMMyyyy, to " + BandNames.LAST_DATE);
    }
    if (maxSpanDays > 0 && maxSpanDays < intervalDays) {
      throw new IllegalArgumentException("maxSpanDays = " + maxSpanDays
          + " is shorter than intervalDays = " + intervalDays + ": no pair would be formed");
    }
  }

  /** The acquisition dates in order. */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>(dateCount);
    for (int i = 0; i < dateCount; i++) {
      dates.add(start.plusDays((long) i * intervalDays));
    }
    return List.copyOf(dates);
  }

  /** This plan with every date paired with the one at index {@code referenceDate}. */
  public AcquisitionPlan withReferenceDate(int referenceDate) {
    return new AcquisitionPlan(start, intervalDays, dateCount, pairNeighbours, maxSpanDays,
        referenceDate);
  }

  /**
   * The pairs, each earlier date first, ordered by their earlier then their later date: the
   * small-baseline pairs, or each date with the reference date.
   */
  public List<Pair> pairs() {
    List<LocalDate> dates = dates();
    List<Pair> pairs = new ArrayList<>();
    for (int r = 0; r < dateCount; r++) {
      for (int s = r + 1; s < dateCount; s++) {
        boolean formed = referenceDate == SMALL_BASELINE ? s <= r + pairNeighbours
            : r == referenceDate || s == referenceDate;
        Pair pair = new Pair(dates.get(r), dates.get(s));
        if (formed && (maxSpanDays == 0 || pair.spanDays() <= maxSpanDays)) {
          pairs.add(pair);
        }
      }
    }
    return List.copyOf(pairs);
  }

  /** Years from the first acquisition to {@code date} (Julian years of 365.25 days). */
  public double yearsSinceStart(LocalDate date) {
    return (date.toEpochDay() - start.toEpochDay()) / Pair.DAYS_PER_YEAR;
  }

  /** Years from the first to the last acquisition. */
  public double seriesYears() {
    return (double) (dateCount - 1) * intervalDays / Pair.DAYS_PER_YEAR;
  }
}
