package org.dlinsar.sbas;

import java.util.Locale;

/**
 * The DEM's error at a pixel from its displacement time series (Fattahi and Amelung 2013, as
 * MintPy's {@code dem_error} step): a height error dh leaves date d an apparent displacement of
 * B_d dh / (R sin(incidence)) ({@link org.dlinsar.ifg.PerpendicularBaselines}), which the
 * small-baseline inversion takes for motion, so the series is fitted, by least squares over the
 * dates, with a line and that term together, d_d = c + v t_d + beta B_d, dh = beta R sin(incidence)
 * / 1000, and the term is taken out of the series. The velocity is the joint fit's, its standard
 * error with three parameters (n - 3 degrees of freedom, and the spread the baselines' correlation
 * with time adds).
 *
 * <p>Fitted only where the pixel's pairs link every date (one subset: a series across a gap is
 * held still, not measured, and would bend the fit), with at least {@value #MIN_DATES} dates. The
 * network's baselines must tell a height error from motion ({@link #whyNot}): spread enough, and
 * not rising or falling with time as a velocity does.
 *
 * <p>One instance per thread: it keeps the last fit's velocity and standard error.
 */
final class DemErrorFit {

  /** Dates a fit needs: three parameters and one date to spare. */
  static final int MIN_DATES = 4;
  /** Least spread of the baselines, metres (1 sigma): below it a 50 m error moves a date by 0.1 mm. */
  static final double MIN_SPREAD_METRES = 10;
  /** Most correlation of the baselines with time: beyond it the fit trades height for velocity. */
  static final double MAX_CORRELATION = 0.9;

  private final double[] epochYears;
  private final double[] baselineMetres;
  private final Sums sums;
  private final double determinant;
  private double velocity = Double.NaN;
  private double velocityStd = Double.NaN;

  /**
   * @param epochYears each date's epoch, years (the network's)
   * @param baselineMetres each date's perpendicular baseline to one image, metres
   * @throws IllegalArgumentException saying why when {@link #whyNot} does
   */
  DemErrorFit(double[] epochYears, double[] baselineMetres) {
    String why = whyNot(epochYears, baselineMetres);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    this.epochYears = epochYears.clone();
    this.baselineMetres = baselineMetres.clone();
    this.sums = Sums.of(epochYears, baselineMetres);
    this.determinant = sums.tt * sums.bb - sums.tb * sums.tb;
  }

  /**
   * Why a network of these epochs and baselines cannot tell a DEM error from motion, or null when it
   * can: too few dates, baselines spread less than {@value #MIN_SPREAD_METRES} m, or correlated with
   * time beyond {@value #MAX_CORRELATION}.
   */
  static String whyNot(double[] epochYears, double[] baselineMetres) {
    int n = epochYears.length;
    if (n < MIN_DATES) {
      return n + " dates, and a DEM error's fit needs " + MIN_DATES;
    }
    Sums sums = Sums.of(epochYears, baselineMetres);
    double spread = Math.sqrt(sums.bb / n);
    if (spread < MIN_SPREAD_METRES) {
      return String.format(Locale.ROOT, "the perpendicular baselines spread %.1f m (1 sigma), under"
          + " the %.0f m a DEM error's fit needs", spread, MIN_SPREAD_METRES);
    }
    double correlation = Math.abs(sums.tb) / Math.sqrt(sums.tt * sums.bb);
    if (correlation > MAX_CORRELATION) {
      return String.format(Locale.ROOT, "the perpendicular baselines change with time (correlation"
          + " %.2f, over %.1f), so a DEM error would pass for a velocity", correlation, MAX_CORRELATION);
    }
    return null;
  }

  /**
   * Fits one pixel's series and takes the DEM error's term out of it (the first date stays at 0).
   *
   * @param displacementMm per date, mm; modified
   * @param rangeTimesSinIncidence R sin(incidence) at the pixel, metres
   * @return dh, metres (the true elevation less the DEM's); NaN, the series untouched, when a date
   *     is NaN
   */
  double fit(double[] displacementMm, double rangeTimesSinIncidence) {
    velocity = Double.NaN;
    velocityStd = Double.NaN;
    int n = displacementMm.length;
    double meanD = 0;
    for (double d : displacementMm) {
      meanD += d;
    }
    if (Double.isNaN(meanD)) {
      return Double.NaN;
    }
    meanD /= n;
    double sdt = 0;
    double sdb = 0;
    for (int d = 0; d < n; d++) {
      double y = displacementMm[d] - meanD;
      sdt += (epochYears[d] - sums.meanT) * y;
      sdb += (baselineMetres[d] - sums.meanB) * y;
    }
    double v = (sums.bb * sdt - sums.tb * sdb) / determinant;
    double beta = (sums.tt * sdb - sums.tb * sdt) / determinant;
    double sum = 0;
    for (int d = 0; d < n; d++) {
      double r = displacementMm[d] - meanD - v * (epochYears[d] - sums.meanT)
          - beta * (baselineMetres[d] - sums.meanB);
      sum += r * r;
    }
    velocity = v;
    velocityStd = Math.sqrt(sum / (n - 3) * sums.bb / determinant);
    for (int d = 0; d < n; d++) {
      displacementMm[d] -= beta * (baselineMetres[d] - baselineMetres[0]);
    }
    return beta * rangeTimesSinIncidence / 1000;
  }

  /** The velocity of the last fit, mm/year; NaN when it fitted nothing. */
  double velocityMmPerYear() {
    return velocity;
  }

  /** The standard error of {@link #velocityMmPerYear()}, mm/year; NaN when it fitted nothing. */
  double velocityStdMmPerYear() {
    return velocityStd;
  }

  /** The epochs' and baselines' means, and their centred sums of squares and products. */
  private record Sums(double meanT, double meanB, double tt, double bb, double tb) {
    static Sums of(double[] epochYears, double[] baselineMetres) {
      double meanT = 0;
      double meanB = 0;
      for (int d = 0; d < epochYears.length; d++) {
        meanT += epochYears[d];
        meanB += baselineMetres[d];
      }
      meanT /= epochYears.length;
      meanB /= epochYears.length;
      double tt = 0;
      double bb = 0;
      double tb = 0;
      for (int d = 0; d < epochYears.length; d++) {
        double t = epochYears[d] - meanT;
        double b = baselineMetres[d] - meanB;
        tt += t * t;
        bb += b * b;
        tb += t * b;
      }
      return new Sums(meanT, meanB, tt, bb, tb);
    }
  }
}
