package org.dlinsar.detect;

import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Tells steady ground motion from one date's atmosphere by how a blob's strength varies over the
 * interferograms of a small-baseline network.
 *
 * <p>Let a_p be the blob's signed response in interferogram p (pair ref_p, sec_p, span dt_p
 * years), its noise alike in every interferogram. Motion at a steady rate gives a_p = v dt_p; a
 * turbulent cell on date d alone (the simulator's lookalikes, and real convective cells) gives
 * a_p = +c where d is the secondary date, -c where it is the reference, 0 elsewhere: the phase
 * closes around every triplet either way, so only the time pattern tells them apart. Each model's
 * least-squares fit explains an energy E = (sum a s)^2 / sum s^2, with s = dt for the rate and
 * s = +-1 on date d's pairs for the screen (the date explaining most). The rate's energy,
 * as sqrt, is the blob's significance over the whole stack (the matched stack of the
 * responses); the blob is a one-date screen when that date explains more than the rate does.
 * A steady rate may still be significant once the date's screen is fitted with it: a slide under
 * one date's turbulent cell keeps its motion in every other pair (a t test of the rate in the
 * joint fit of both models, whose residual scatter is the unit, as the responses come in the
 * field's own).
 * Non-steady motion (accelerating, seasonal, starting mid-series) keeps most of its energy in the
 * rate model, since it keeps one sign and grows with the span. ({@link SignAgreement} asks the
 * other question of the same responses: do most of them share the blob's sign.)
 *
 * @param rateZ signed significance of the steady-rate model, sum(a dt) / sqrt(sum dt^2)
 * @param screenZ significance of the best one-date screen, >= 0
 * @param screenDate index of that date, -1 when the network has no date in two pairs
 * @param rateBeyondScreenP where that date's screen explains more than the rate ({@link
 *     #oneDateScreen}), the one-sided p-value of a steady rate of {@code rateZ}'s sign in the
 *     joint fit with the screen (Student's t with n - 2 degrees of freedom); 1 elsewhere, and with
 *     two interferograms or fewer
 */
record TemporalSignature(double rateZ, double screenZ, int screenDate, double rateBeyondScreenP) {

  /**
   * False-alarm probability of the steady rate beyond one date's screen that keeps a blob the
   * screen explains better than the rate does; the rate's sign is the data's own, so a cell
   * with no motion under it passes at twice this (README, "A slide under one date's
   * atmosphere").
   */
  static final double STEADY_BEYOND_SCREEN_ALPHA = 0.005;
  /** Share of the responses' energy below which a part of it is rounding. */
  private static final double ROUNDING = 1e-9;

  /**
   * Largest cosine between a date's screen pattern (+-1 on its pairs) and the spans for the date's
   * screen to be tested: above it the two models differ too little for one to explain the
   * responses better than the other by more than the responses' saturation and noise.
   */
  static final double MAX_SCREEN_RATE_COSINE = 0.7;
  /**
   * Fewest interferograms that can tell one date's atmosphere from ground motion at all: of one
   * or two, most dates are in a single pair. {@link SignAgreement} takes the majority of so many
   * where its test cannot pass.
   */
  static final int FEWEST_TO_TELL_A_DATE = 3;

  /**
   * @param amplitudes a_p, one per interferogram of {@code network}, in one unit (their noise
   *     alike); not modified
   */
  static TemporalSignature of(double[] amplitudes, PairNetwork network) {
    int n = amplitudes.length;
    if (n != network.size() || n == 0) {
      throw new IllegalArgumentException("need one amplitude per interferogram of the network, got "
          + n + " amplitudes for " + network.size() + " interferograms");
    }
    double[] spansYears = network.spansYears();
    double along = 0;
    double norm = 0;
    double[] byDate = new double[network.dates().size()];
    for (int p = 0; p < n; p++) {
      along += amplitudes[p] * spansYears[p];
      norm += spansYears[p] * spansYears[p];
      byDate[network.secondary()[p]] += amplitudes[p];
      byDate[network.reference()[p]] -= amplitudes[p];
    }
    double rateZ = along / Math.sqrt(norm);
    int[] pairsOfDate = network.pairsOfEachDate(IntStream.range(0, n));
    double[] cosines = screenRateCosines(network, pairsOfDate);
    boolean[] tested = screenTested(cosines, pairsOfDate);
    double screenZ = 0;
    int screenDate = -1;
    for (int d = 0; d < byDate.length; d++) {
      if (tested[d]) {
        double z = Math.abs(byDate[d]) / Math.sqrt(pairsOfDate[d]);
        if (z > screenZ) {
          screenZ = z;
          screenDate = d;
        }
      }
    }
    // only a blob the screen explains better is asked about it: no t tail for the others
    double beyondP = screenZ <= Math.abs(rateZ) ? 1 : rateBeyondScreenP(amplitudes, rateZ,
        byDate[screenDate] / Math.sqrt(pairsOfDate[screenDate]), cosines[screenDate]);
    return new TemporalSignature(rateZ, screenZ, screenDate, beyondP);
  }

  /**
   * {@link #rateBeyondScreenP} of a date's screen: with unit vectors s (the screen) and u (the
   * spans) at cosine c, the rate beyond the screen is the responses' component along u less its
   * part along s, (a.u - (a.s) c) / sqrt(1 - c^2), in the unit of the root of the energy the two
   * models leave, over n - 2.
   *
   * @param rateZ a.u
   * @param screenAlong a.s
   * @param cosine c, at most {@link #MAX_SCREEN_RATE_COSINE} in magnitude (a tested date)
   */
  private static double rateBeyondScreenP(double[] amplitudes, double rateZ, double screenAlong,
      double cosine) {
    int n = amplitudes.length;
    if (n <= 2) {
      return 1;
    }
    double energy = 0;
    for (double a : amplitudes) {
      energy += a * a;
    }
    double beyond = Math.signum(rateZ) * (rateZ - screenAlong * cosine)
        / Math.sqrt(1 - cosine * cosine);
    double residual = energy - screenAlong * screenAlong - beyond * beyond;
    if (!(residual > ROUNDING * energy)) { // the two models fit exactly: no noise to weigh by
      return beyond > 0 && beyond * beyond > ROUNDING * energy ? 0 : 1;
    }
    double t = beyond / Math.sqrt(residual / (n - 2));
    return 1 - new TDistribution(null, n - 2).cumulativeProbability(t);
  }

  /**
   * Per date, whether its screen is tested. A date in a single pair explains that pair alone,
   * whatever it holds: no evidence; nor does one whose screen the spans nearly follow (the first
   * or last reference of a single-reference stack, in every pair with one sign), where a rate that
   * saturates in the long pairs looks like it.
   *
   * @param pairsOfDate the network's interferograms holding each date ({@link
   *     PairNetwork#pairsOfEachDate})
   */
  static boolean[] screenTested(PairNetwork network, int[] pairsOfDate) {
    return screenTested(screenRateCosines(network, pairsOfDate), pairsOfDate);
  }

  private static boolean[] screenTested(double[] cosines, int[] pairsOfDate) {
    boolean[] tested = new boolean[pairsOfDate.length];
    for (int d = 0; d < tested.length; d++) {
      tested[d] = pairsOfDate[d] >= 2 && Math.abs(cosines[d]) <= MAX_SCREEN_RATE_COSINE;
    }
    return tested;
  }

  /** Per date, the cosine between its screen pattern (+-1 on its pairs) and the spans. */
  private static double[] screenRateCosines(PairNetwork network, int[] pairsOfDate) {
    double norm = 0;
    double[] spanByDate = new double[pairsOfDate.length];
    for (int p = 0; p < network.size(); p++) {
      double span = network.spansYears()[p];
      norm += span * span;
      spanByDate[network.secondary()[p]] += span;
      spanByDate[network.reference()[p]] -= span;
    }
    double[] cosines = new double[pairsOfDate.length];
    for (int d = 0; d < cosines.length; d++) {
      cosines[d] = spanByDate[d] / Math.sqrt(pairsOfDate[d] * norm);
    }
    return cosines;
  }

  /** True when one date's screen explains the responses better than steady motion. */
  boolean oneDateScreen() {
    return screenZ > Math.abs(rateZ);
  }

  /**
   * True when a steady rate is significant beyond that date's screen ({@link
   * #STEADY_BEYOND_SCREEN_ALPHA}): motion under one date's atmosphere.
   */
  boolean steadyBeyondScreen() {
    return rateBeyondScreenP <= STEADY_BEYOND_SCREEN_ALPHA;
  }
}
