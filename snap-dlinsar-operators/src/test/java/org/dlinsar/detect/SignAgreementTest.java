package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignAgreementTest {

  /** Responses 1..n in strength, those at the given ranks (1-based) negative. */
  private static double[] ranked(int n, int... negativeRanks) {
    double[] a = IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    for (int rank : negativeRanks) {
      a[rank - 1] = -a[rank - 1];
    }
    return a;
  }

  @Test
  void theNullDistributionIsCountedExactly() {
    // of the 1024 sign patterns of 10 responses, 10 have a disagreeing rank sum of at most 5:
    // {}, {1}, {2}, {3}, {1,2}, {4}, {1,3}, {5}, {1,4}, {2,3} (the tables' 0.01 critical value)
    assertEquals(10 / 1024.0, SignAgreement.pValue(ranked(10, 5), 1), 1e-15);
    assertEquals(10 / 1024.0, SignAgreement.pValue(ranked(10, 2, 3), 1), 1e-15);
    assertEquals(14 / 1024.0, SignAgreement.pValue(ranked(10, 6), 1), 1e-15);
    assertEquals(1 / 1024.0, SignAgreement.pValue(ranked(10), 1), 1e-15);
    assertEquals(1, SignAgreement.pValue(ranked(10), -1), 1e-15);
    // the responses' order is no part of it
    assertEquals(10 / 1024.0,
        SignAgreement.pValue(new double[] {7, 1, 10, -5, 3, 9, 2, 8, 4, 6}, 1), 1e-15);
  }

  @Test
  void tiedStrengthsShareTheirMeanRankAndNoResponseIsLeftOut() {
    // 2, 2, 5 of strength 1, 1, 3: ranks 1.5, 1.5, 3; the disagreeing one holds 1.5 of 6, and of
    // the 8 sign patterns the sums 0, 1.5, 1.5 are at most that
    assertEquals(3 / 8.0, SignAgreement.pValue(new double[] {1, -1, 3}, 1), 1e-15);
    assertEquals(3 / 8.0, SignAgreement.pValue(new double[] {1, 0, -1, Double.NaN, 3}, 1), 1e-15);
  }

  @Test
  void theNormalApproximationFollowsTheCountWhereItTakesOver() {
    // from the 0.01 the detector asks for up, the approximation errs by a few per cent
    int n = SignAgreement.MOST_COUNTED_EXACTLY + 1;
    int[] doubledRanks = IntStream.rangeClosed(1, n).map(r -> 2 * r).toArray();
    int tested = 0;
    for (int disagreeing = 0; disagreeing < n * (n + 1) / 2; disagreeing += 2) {
      double exact = SignAgreement.atMost(doubledRanks, disagreeing);
      if (exact >= 0.009 && exact <= 0.05) {
        double normal = SignAgreement.normalAtMost(doubledRanks, disagreeing);
        assertEquals(exact, normal, 0.05 * exact, "disagreeing rank sum " + disagreeing / 2);
        tested++;
      }
    }
    assertTrue(tested > 20, tested + " sums tested");
  }

  @Test
  void aSlideWithOneWeakDisagreeingInterferogramOfTenIsSteady() {
    // the sign test at 0.01 asks all 10 to agree (9 of 10 is 11/1024); the ranks let one weak one
    // through, but not one strong one
    assertTrue(SignAgreement.steady(ranked(10, 2), 1, 0.01));
    assertFalse(SignAgreement.steady(ranked(10, 9), 1, 0.01));
    assertFalse(SignAgreement.steady(ranked(10, 2), -1, 0.01));
  }

  @Test
  void aFewWildInterferogramsWeighAsTheirRanksOnly() {
    Random random = new Random(4);
    double[] a = random.doubles(40).map(u -> u - 0.5).toArray();
    a[3] = 1e6;
    a[12] = 1e5;
    a[30] = 1e4;
    assertFalse(SignAgreement.steady(a, 1, 0.01));
  }

  @Test
  void aShortStackAsksMostOfItsInterferogramsToAgree() {
    // 5 responses: even all five agreeing (1/32) cannot pass a test at 0.01, so most must agree
    assertTrue(SignAgreement.steady(ranked(5, 1, 2), 1, 0.01));
    assertFalse(SignAgreement.steady(ranked(5, 1, 2), -1, 0.01));
    assertFalse(SignAgreement.steady(ranked(4, 1, 2), 1, 0.01));
    // from 7 on (1/128 <= 0.01) the test: 6 of 7 with the strongest against is chance at 0.01
    assertFalse(SignAgreement.steady(ranked(7, 7), 1, 0.01));
    assertTrue(SignAgreement.steady(ranked(7), 1, 0.01));
    assertFalse(SignAgreement.steady(new double[0], 1, 0.01));
    // two interferograms: most of their dates are in one pair, so agreement proves nothing
    assertFalse(SignAgreement.steady(ranked(2), 1, 0.01));
    assertTrue(SignAgreement.steady(ranked(3, 1), 1, 0.01));
  }
}
