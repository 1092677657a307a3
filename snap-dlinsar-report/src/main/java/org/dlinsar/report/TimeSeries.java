package org.dlinsar.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A detection's line-of-sight displacement history as Local-SBAS gives it (CONTRACT.md section 4:
 * at the detection's peak-velocity pixel, relative to its local reference), with what the report
 * draws around it.
 *
 * @param dates acquisition dates, ascending
 * @param displacementMm displacement on each date, mm (positive toward the satellite); NaN where
 *     Local-SBAS could not invert the pixel
 * @param errorMm the one-sigma error bar of every point, mm (the pixel's {@code rms_residual});
 *     NaN when unknown
 * @param velocityMmPerYear the pixel's velocity, mm/year; NaN when not inverted
 * @param velocityStdMmPerYear its uncertainty ({@code velocity_std}), mm/year; NaN when
 *     unknown
 * @param temporalCoherence the pixel's {@code temporal_coherence} (how well its pairs close);
 *     NaN when unknown
 * @param truthMm the true displacement on the same dates, mm, or empty when there is no truth
 * @param demErrorMetres the DEM's error Local-SBAS fitted at the pixel, metres; NaN when none
 * @param velocityDownslopeMmPerYear the pixel's velocity down the slope, mm/year; NaN where
 *     Local-SBAS projected none
 * @param velocityDownslopeStdMmPerYear its uncertainty, 1 sigma, mm/year; NaN where unknown
 */
public record TimeSeries(List<LocalDate> dates, List<Double> displacementMm, double errorMm,
    double velocityMmPerYear, double velocityStdMmPerYear, double temporalCoherence,
    List<Double> truthMm, double demErrorMetres, double velocityDownslopeMmPerYear,
    double velocityDownslopeStdMmPerYear) {

  /** A series without the downslope velocity's uncertainty (a CSV written before it). */
  public TimeSeries(List<LocalDate> dates, List<Double> displacementMm, double errorMm,
      double velocityMmPerYear, double velocityStdMmPerYear, double temporalCoherence, List<Double> truthMm,
      double demErrorMetres, double velocityDownslopeMmPerYear) {
    this(dates, displacementMm, errorMm, velocityMmPerYear, velocityStdMmPerYear, temporalCoherence, truthMm,
        demErrorMetres, velocityDownslopeMmPerYear, Double.NaN);
  }

  /** A series without the velocity down the slope (none projected, or a CSV written before it). */
  public TimeSeries(List<LocalDate> dates, List<Double> displacementMm, double errorMm,
      double velocityMmPerYear, double velocityStdMmPerYear, double temporalCoherence, List<Double> truthMm,
      double demErrorMetres) {
    this(dates, displacementMm, errorMm, velocityMmPerYear, velocityStdMmPerYear, temporalCoherence, truthMm,
        demErrorMetres, Double.NaN);
  }

  /** A series without the DEM's error (none fitted, or a CSV written before it). */
  public TimeSeries(List<LocalDate> dates, List<Double> displacementMm, double errorMm,
      double velocityMmPerYear, double velocityStdMmPerYear, double temporalCoherence, List<Double> truthMm) {
    this(dates, displacementMm, errorMm, velocityMmPerYear, velocityStdMmPerYear, temporalCoherence, truthMm,
        Double.NaN);
  }

  /** A series without the velocity's uncertainty (a CSV written before it). */
  public TimeSeries(List<LocalDate> dates, List<Double> displacementMm, double errorMm,
      double velocityMmPerYear, double temporalCoherence, List<Double> truthMm) {
    this(dates, displacementMm, errorMm, velocityMmPerYear, Double.NaN, temporalCoherence, truthMm);
  }

  public TimeSeries {
    dates = List.copyOf(dates);
    displacementMm = List.copyOf(displacementMm);
    truthMm = List.copyOf(truthMm);
    if (dates.isEmpty() || displacementMm.size() != dates.size()) {
      throw new IllegalArgumentException("time series needs one displacement per date, got "
          + displacementMm.size() + " for " + dates.size() + " dates");
    }
    if (!truthMm.isEmpty() && truthMm.size() != dates.size()) {
      throw new IllegalArgumentException("true series needs one displacement per date, got "
          + truthMm.size() + " for " + dates.size() + " dates");
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException("time-series dates must ascend: " + dates.get(i - 1)
            + " then " + dates.get(i));
      }
    }
  }

  /** True when some displacement is a number (Local-SBAS writes NaN where it could not invert). */
  public boolean hasValues() {
    return displacementMm.stream().anyMatch(Double::isFinite);
  }

  /** The same series with the true displacements beside it. */
  public TimeSeries withTruth(List<Double> trueMm) {
    return new TimeSeries(dates, displacementMm, errorMm, velocityMmPerYear, velocityStdMmPerYear,
        temporalCoherence, trueMm, demErrorMetres, velocityDownslopeMmPerYear, velocityDownslopeStdMmPerYear);
  }

}
