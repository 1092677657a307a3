package org.dlinsar.detect;

import java.util.stream.IntStream;

/**
 * Tells steady ground motion from one date's atmosphere by how a blob's strength varies over the
 * interferograms of a small-baseline network.
 *
 * <p>Let a_p be the blob's signed response in interferogram p (pair ref_p, sec_p, span dt_p
 * years), with noise of about one unit. Motion at a steady rate gives a_p = v dt_p; a turbulent
 * cell on date d alone (the simulator's lookalikes, and real convective cells) gives a_p = +c
 * where d is the secondary date, -c where it is the reference, 0 elsewhere: the phase closes
 * around every triplet either way, so only the time pattern tells them apart. Each model's
 * least-squares fit explains an energy E = (sum a s)^2 / sum s^2, with s = dt for the rate and
 * s = +-1 on date d's pairs for the screen (the date explaining most). The rate's energy,
 * as sqrt, is the blob's significance over the whole stack (the matched stack of the
 * responses); the blob is a one-date screen when that date explains more than the rate does.
 * Non-steady motion (accelerating, seasonal, starting mid-series) keeps most of its energy in the
 * rate model, since it keeps one sign and grows with the span. ({@link SignAgreement} asks the
 * other question of the same responses: do most of them share the blob's sign.)
 *
 * @param rateZ signed significance of the steady-rate model, sum(a dt) / sqrt(sum dt^2)
 * @param screenZ significance of the best one-date screen, >= 0
 * @param screenDate index of that date, -1 when the network has no date in two pairs
 */
record TemporalSignature(double rateZ, double screenZ, int screenDate) {

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
   * @param amplitudes a_p, one per interferogram of {@code network}, in units of each
   *     interferogram's noise; not modified
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
    boolean[] tested = screenTested(network, pairsOfDate);
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
    return new TemporalSignature(rateZ, screenZ, screenDate);
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
    double norm = 0;
    double[] spanByDate = new double[pairsOfDate.length];
    for (int p = 0; p < network.size(); p++) {
      double span = network.spansYears()[p];
      norm += span * span;
      spanByDate[network.secondary()[p]] += span;
      spanByDate[network.reference()[p]] -= span;
    }
    boolean[] tested = new boolean[pairsOfDate.length];
    for (int d = 0; d < tested.length; d++) {
      double cosine = Math.abs(spanByDate[d]) / Math.sqrt(pairsOfDate[d] * norm);
      tested[d] = pairsOfDate[d] >= 2 && cosine <= MAX_SCREEN_RATE_COSINE;
    }
    return tested;
  }

  /** True when one date's screen explains the responses better than steady motion. */
  boolean oneDateScreen() {
    return screenZ > Math.abs(rateZ);
  }
}
