package org.dlinsar.detect;

/**
 * A bowl's steady-rate significance over the stack, judged by how well its responses fit the rate
 * rather than by the noise floor alone: the moderated t statistic (Smyth 2004) of the rate model
 * of {@link TemporalSignature}.
 *
 * <p>{@link TemporalSignature#rateZ} assumes each interferogram's response has unit noise, its
 * noise floor's. The interferograms share dates, though, and a date's atmosphere shows in all of
 * them; a blob of atmosphere then fits no steady rate: its responses scatter about the fit far
 * more than one unit, while a bowl's grow with the span. So the rate's significance is divided by
 * the scatter s about the fit, moderated toward the assumed unit noise with {@value
 * #PRIOR_PAIRS} interferograms' worth of belief: s~^2 = (d0 + (n - 1) s^2) / (d0 + n - 1), at
 * most {@value #MAX_SCATTER}.
 */
final class RateScatter {

  /**
   * The most the scatter divides by: a strong bowl's response grows less than its span where its
   * fringes alias, which scatters it about the rate as much as atmosphere does; the false bowls
   * of the mining preset scatter by 1.5 to 2.
   */
  static final double MAX_SCATTER = 2;
  /** Degrees of freedom of the prior unit noise. */
  static final double PRIOR_PAIRS = 4;

  private RateScatter() {}

  /**
   * @param amplitudes a_p, each interferogram's response in units of its noise floor
   * @param spansYears dt_p, positive
   * @param rateZ the rate model's significance of these responses, sum(a dt) / sqrt(sum dt^2)
   * @return rateZ / min(s~, {@link #MAX_SCATTER}), the same sign
   */
  static double moderatedZ(double[] amplitudes, double[] spansYears, double rateZ) {
    int n = amplitudes.length;
    double norm = 0;
    for (double dt : spansYears) {
      norm += dt * dt;
    }
    double rate = rateZ / Math.sqrt(norm);
    double residual = 0;
    for (int p = 0; p < n; p++) {
      double r = amplitudes[p] - rate * spansYears[p];
      residual += r * r;
    }
    double moderated = (PRIOR_PAIRS + residual) / (PRIOR_PAIRS + n - 1);
    return rateZ / Math.min(MAX_SCATTER, Math.sqrt(moderated));
  }
}
