package org.dlinsar.ifg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * An interferometric pair: the reference and the secondary acquisition date, reference first.
 *
 * @param reference the reference acquisition date
 * @param secondary the secondary acquisition date, after the reference
 */
public record Pair(LocalDate reference, LocalDate secondary) implements Comparable<Pair> {

  /** Days in a Julian year, the year of {@link #spanYears()}. */
  public static final double DAYS_PER_YEAR = 365.25;

  private static final Comparator<Pair> ORDER =
      Comparator.comparing(Pair::reference).thenComparing(Pair::secondary);

  /**
   * @throws IllegalArgumentException when the reference is not before the secondary date
   */
  public Pair {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(secondary, "secondary");
    if (!reference.isBefore(secondary)) {
      throw new IllegalArgumentException(
          "reference date " + reference + " must be before secondary date " + secondary);
    }
  }

  /** Temporal baseline in days, positive. */
  public long spanDays() {
    return ChronoUnit.DAYS.between(reference, secondary);
  }

  /** Temporal baseline in Julian years: days / 365.25. */
  public double spanYears() {
    return spanDays() / DAYS_PER_YEAR;
  }

  /** Orders by reference date, then secondary date. */
  @Override
  public int compareTo(Pair other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@code <ref>_<sec>} as in band names, {@code 15Jan2020_27Jan2020}. */
  @Override
  public String toString() {
    return BandNames.formatDate(reference) + "_" + BandNames.formatDate(secondary);
  }
}
