package org.dlinsar.detect;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.special.Erf;

/**
 * Whether a blob's responses in the interferograms of a stack lean to its sign beyond chance:
 * steady motion shows in most interferograms with its sign, while a blob that a few noisy
 * interferograms (or one date) put into the stack does not.
 *
 * <p>The one-sided Wilcoxon signed-rank test (Wilcoxon 1945): the responses are ranked by
 * strength and the ranks of those with the blob's sign summed. Under no motion each response is
 * of either sign with probability 1/2 whatever its strength, so the sum's null distribution is
 * that of a sum of each rank or nothing. Unlike the sign test it lets a slide through whose few
 * disagreeing interferograms are weak ones (the sign test at 0.01 asks all of 7 to 10 to agree),
 * and a few wild interferograms of the blob's sign weigh as their ranks, no more.
 */
final class SignAgreement {

  /**
   * Most responses whose null distribution is counted exactly (Commons Math's own exact test
   * enumerates all 2^n signs, too many past 30); beyond, the normal approximation, whose tail is
   * within 5 % of the count from 0.01 up: 4 % at 0.01 with 61 responses, 2 % with 100
   * ({@code SignAgreementTest}).
   */
  static final int MOST_COUNTED_EXACTLY = 60;

  private SignAgreement() {
  }

  /**
   * True when the responses agree in sign with {@code sign} more than chance allows at
   * false-alarm probability {@code alpha}. Zero and NaN responses (no data) are left out. A stack
   * too short for even all of them agreeing to pass the test (fewer than 7 at 0.01) asks most of
   * them to agree instead, from {@value TemporalSignature#FEWEST_TO_TELL_A_DATE} on: the test
   * would drop every blob there, the slides with the rest. One or two interferograms stay
   * unsteady: most of their dates are in one pair, whose atmosphere no test can tell from motion
   * (README, "Single-reference and short stacks").
   *
   * @param responses the blob's signed response in each interferogram; not modified
   */
  static boolean steady(double[] responses, double sign, double alpha) {
    int n = 0;
    int agreeing = 0;
    for (double a : responses) {
      if (isResponse(a)) {
        n++;
        agreeing += Math.signum(a) == Math.signum(sign) ? 1 : 0;
      }
    }
    if (Math.pow(0.5, n) > alpha) { // all agreeing is the least likely outcome, at 2^-n
      return n >= TemporalSignature.FEWEST_TO_TELL_A_DATE && 2 * agreeing > n;
    }
    return pValue(responses, sign) <= alpha;
  }

  /**
   * P(W >= w) under no motion, W the signed-rank statistic of the responses with the sign of
   * {@code sign} and w its value here; tied strengths share their mean rank.
   */
  static double pValue(double[] responses, double sign) {
    double[] strength = Arrays.stream(responses).filter(SignAgreement::isResponse).toArray();
    int n = strength.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> Math.abs(strength[i])));
    // ranks doubled so that mean ranks of ties stay integers: sorted positions i..j (from 0)
    // share the rank (i + 1 + j + 1) / 2
    int[] doubledRank = new int[n];
    int disagreeing = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && Math.abs(strength[order[j + 1]]) == Math.abs(strength[order[i]])) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        doubledRank[k] = i + j + 2;
        disagreeing += Math.signum(strength[order[k]]) == Math.signum(sign) ? 0 : i + j + 2;
      }
      i = j + 1;
    }
    // W >= w exactly when the disagreeing ranks' sum is at most its value here, and under no
    // motion that sum has W's distribution
    return n <= MOST_COUNTED_EXACTLY ? atMost(doubledRank, disagreeing)
        : normalAtMost(doubledRank, disagreeing);
  }

  /** Zero and NaN are no data. */
  private static boolean isResponse(double a) {
    return a != 0 && !Double.isNaN(a);
  }

  /**
   * P(the sum of a random subset of {@code ranks}, each in with probability 1/2, is at most
   * {@code sum}).
   */
  static double atMost(int[] ranks, int sum) {
    double[] probability = new double[sum + 1]; // of each subset sum up to the bound
    probability[0] = 1;
    for (int rank : ranks) {
      for (int s = sum; s >= 0; s--) {
        probability[s] = 0.5 * (probability[s] + (s >= rank ? probability[s - rank] : 0));
      }
    }
    return Math.min(1, Arrays.stream(probability).sum());
  }

  /**
   * The same by the normal approximation, for ranks doubled as {@link #pValue} makes them: the
   * continuity correction of half a rank is 1.
   */
  static double normalAtMost(int[] ranks, int sum) {
    double mean = 0;
    double variance = 0;
    for (int rank : ranks) {
      mean += 0.5 * rank;
      variance += 0.25 * rank * (double) rank;
    }
    double z = (sum + 1 - mean) / Math.sqrt(variance);
    return 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }
}
