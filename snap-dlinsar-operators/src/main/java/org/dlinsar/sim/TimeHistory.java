package org.dlinsar.sim;

import java.util.List;
import java.util.Objects;

/**
 * How a site moves in time: its line-of-sight displacement at the site's peak, millimetres,
 * as a function of years since the first acquisition (zero at the first acquisition).
 *
 * <ul>
 *   <li>{@code LINEAR}: d = v t
 *   <li>{@code DELAYED_START}: d = v max(0, t - start), a bowl that opens mid-series
 *   <li>{@code ACCELERATING}: d = v t (1 + a t), velocity v (1 + 2 a t)
 *   <li>{@code SEASONAL}: d = v t + A sin(2 pi t)
 * </ul>
 *
 * @param kind the shape of the history
 * @param rateMmPerYear v, LOS mm/year (negative: away from the satellite)
 * @param startYears start of a {@code DELAYED_START} history, years
 * @param accelerationPerYear a of an {@code ACCELERATING} history, 1/year
 * @param seasonalMm A of a {@code SEASONAL} history, mm
 */
public record TimeHistory(
    Kind kind, double rateMmPerYear, double startYears, double accelerationPerYear,
    double seasonalMm) {

  /** The shapes a history can take. */
  public enum Kind { LINEAR, DELAYED_START, ACCELERATING, SEASONAL }

  /** @throws IllegalArgumentException when a parameter is not finite */
  public TimeHistory {
    Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(rateMmPerYear) || !Double.isFinite(startYears)
        || !Double.isFinite(accelerationPerYear) || !Double.isFinite(seasonalMm)) {
      throw new IllegalArgumentException("time history parameters must be finite, got rate "
          + rateMmPerYear + ", start " + startYears + ", acceleration " + accelerationPerYear
          + ", seasonal " + seasonalMm);
    }
  }

  /** LOS displacement at {@code years} after the first acquisition, mm. */
  public double displacementMm(double years) {
    return switch (kind) {
      case LINEAR -> rateMmPerYear * years;
      case DELAYED_START -> rateMmPerYear * StrictMath.max(0, years - startYears);
      case ACCELERATING -> rateMmPerYear * years * (1 + accelerationPerYear * years);
      case SEASONAL -> rateMmPerYear * years + seasonalMm * StrictMath.sin(2 * StrictMath.PI * years);
    };
  }

  /**
   * The least-squares slope of the displacement over the given epochs, mm/year: the velocity an
   * SBAS inversion reports for this history.
   *
   * @param epochsYears acquisition times, years since the first; at least two distinct
   */
  public double fittedVelocityMmPerYear(List<Double> epochsYears) {
    double meanT = 0;
    double meanD = 0;
    for (double t : epochsYears) {
      meanT += t;
      meanD += displacementMm(t);
    }
    meanT /= epochsYears.size();
    meanD /= epochsYears.size();
    double num = 0;
    double den = 0;
    for (double t : epochsYears) {
      num += (t - meanT) * (displacementMm(t) - meanD);
      den += (t - meanT) * (t - meanT);
    }
    return num / den;
  }
}
