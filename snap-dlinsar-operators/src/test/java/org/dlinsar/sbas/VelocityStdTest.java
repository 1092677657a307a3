package org.dlinsar.sbas;

import static org.dlinsar.sbas.SbasInversionTest.START;
import static org.dlinsar.sbas.SbasInversionTest.WAVELENGTH;
import static org.dlinsar.sbas.SbasInversionTest.network;
import static org.dlinsar.sbas.SbasInversionTest.phases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dlinsar.ifg.Pair;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The velocity's standard error ({@link SbasInversion#velocityStdMmPerYear}) against its truth. */
class VelocityStdTest {

  /**
   * White noise of 3 mm on each date of a -20 mm/year series (the pairs its differences, so the
   * inversion gives the noisy series back up to a constant): over 4000 draws the estimated sigma
   * (root mean square, as sigma^2 is the unbiased estimate) is the spread of the slope.
   */
  @Test
  void onWhiteNoiseTheEstimatedSigmaIsTheSpreadOfTheSlope() {
    SbasNetwork net = SbasNetwork.of(network(30, 3));
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    Random random = new Random(4100001);
    int draws = 4000;
    double[] slopes = new double[draws];
    double sumSigma2 = 0;
    double[] noisy = new double[net.dateCount()];
    double[] out = new double[net.dateCount()];
    for (int k = 0; k < draws; k++) {
      for (int d = 0; d < noisy.length; d++) {
        noisy[d] = -20 * net.epochYears(d) + 3 * random.nextGaussian();
      }
      inversion.invert(phases(net, noisy), weight, out);
      slopes[k] = inversion.velocityMmPerYear(out);
      double sigma = inversion.velocityStdMmPerYear();
      assertTrue(Double.isFinite(sigma) && sigma > 0, "sigma " + sigma);
      sumSigma2 += sigma * sigma;
    }
    double spread = standardDeviation(slopes);
    double estimated = Math.sqrt(sumSigma2 / draws);
    // the OLS formula: 3 mm / sqrt(sum (t - tmean)^2)
    double den = 0;
    double meanT = net.epochYears(net.dateCount() - 1) / 2;
    for (int d = 0; d < net.dateCount(); d++) {
      den += Math.pow(net.epochYears(d) - meanT, 2);
    }
    System.out.printf(Locale.ROOT, "white noise 3 mm, 30 dates: slope spread %.3f, estimated sigma"
        + " %.3f, theory %.3f mm/year%n", spread, estimated, 3 / Math.sqrt(den));
    assertEquals(spread, estimated, 0.10 * spread);
    assertEquals(3 / Math.sqrt(den), estimated, 0.05 * estimated);
  }

  /**
   * The limit of the formula, measured: noise of 3 mm on each pair of the presets' network (11
   * dates, each paired with its next 2) is not white on the dates once inverted (a date's error
   * is a sum of pairs' errors, so neighbouring dates share them), and the residuals see only part
   * of what moves the slope: sigma comes out well under its spread. Said in the README.
   */
  @Test
  void onNoiseOfThePairsTheEstimatedSigmaFallsShortOfTheSpread() {
    SbasNetwork net = SbasNetwork.of(network(11, 2));
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    Random random = new Random(4100002);
    int draws = 4000;
    double[] slopes = new double[draws];
    double sumSigma2 = 0;
    double[] series = new double[net.dateCount()];
    double[] out = new double[net.dateCount()];
    for (int d = 0; d < series.length; d++) {
      series[d] = -20 * net.epochYears(d);
    }
    float[] clean = phases(net, series);
    float[] noisy = new float[clean.length];
    double radPerMm = clean[0] / (series[net.secondary(0)] - series[net.reference(0)]);
    for (int k = 0; k < draws; k++) {
      for (int p = 0; p < noisy.length; p++) {
        noisy[p] = (float) (clean[p] + radPerMm * 3 * random.nextGaussian());
      }
      inversion.invert(noisy, weight, out);
      slopes[k] = inversion.velocityMmPerYear(out);
      double sigma = inversion.velocityStdMmPerYear();
      sumSigma2 += sigma * sigma;
    }
    double spread = standardDeviation(slopes);
    double estimated = Math.sqrt(sumSigma2 / draws);
    System.out.printf(Locale.ROOT, "noise 3 mm on the pairs, 11 dates x 2 neighbours: slope spread"
        + " %.2f, estimated sigma %.2f mm/year (ratio %.2f)%n", spread, estimated, estimated / spread);
    assertTrue(estimated < 0.9 * spread, "sigma " + estimated + " against a spread of " + spread);
  }

  /**
   * Two seasons no pair links and a date whose pairs are all invalid: the standard error is the
   * ordinary least-squares one of a slope and one intercept per group (EJML on the design matrix),
   * the lone date costing its own intercept and adding no residual.
   */
  @Test
  void withSeveralGroupsItIsTheLeastSquaresErrorOfOneSlopeAndAnInterceptPerGroup() {
    List<Pair> pairs = new ArrayList<>();
    for (int season = 0; season < 2; season++) {
      for (int i = 0; i < 5; i++) {
        for (int j = i + 1; j <= Math.min(4, i + 2); j++) {
          pairs.add(new Pair(START.plusDays(200L * season + 12L * i), START.plusDays(200L * season + 12L * j)));
        }
      }
    }
    pairs.add(new Pair(START.plusDays(200 + 48), START.plusDays(300))); // the lone date's
    SbasNetwork net = SbasNetwork.of(pairs);
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      double t = net.epochYears(d);
      truth[d] = -50 * t + 4 * Math.sin(40 * t) + 2 * Math.cos(17 * t);
    }
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    weight[net.pairCount() - 1] = 0;
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    inversion.invert(phases(net, truth), weight, out);
    double velocity = inversion.velocityMmPerYear(out);

    // y = slope t + intercept per season over the 10 dates the pairs link; the lone date is out
    int n = 10;
    DMatrixRMaj x = new DMatrixRMaj(n, 3);
    DMatrixRMaj y = new DMatrixRMaj(n, 1);
    for (int d = 0; d < n; d++) {
      x.set(d, 0, net.epochYears(d));
      x.set(d, d < 5 ? 1 : 2, 1);
      y.set(d, 0, out[d]);
    }
    DMatrixRMaj xtx = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransA(x, x, xtx);
    DMatrixRMaj inverse = new DMatrixRMaj(3, 3);
    assertTrue(CommonOps_DDRM.invert(xtx, inverse));
    DMatrixRMaj xty = new DMatrixRMaj(3, 1);
    CommonOps_DDRM.multTransA(x, y, xty);
    DMatrixRMaj beta = new DMatrixRMaj(3, 1);
    CommonOps_DDRM.mult(inverse, xty, beta);
    DMatrixRMaj fitted = new DMatrixRMaj(n, 1);
    CommonOps_DDRM.mult(x, beta, fitted);
    double rss = 0;
    for (int d = 0; d < n; d++) {
      rss += Math.pow(y.get(d, 0) - fitted.get(d, 0), 2);
    }
    double expected = Math.sqrt(rss / (n - 3) * inverse.get(0, 0));

    assertEquals(beta.get(0, 0), velocity, 1e-9);
    assertEquals(expected, inversion.velocityStdMmPerYear(), 1e-9 * expected);
    assertTrue(expected > 0.1, "the series is off its line: " + expected);
  }

  @Test
  void itIsNaNWhereNoDegreeOfFreedomIsLeftOrThePixelWasNotInverted() {
    float[] weight = {1, 1, 1};
    double[] out = new double[3];
    // three dates: a slope and an intercept leave one degree of freedom
    SbasNetwork three = SbasNetwork.of(network(3, 2));
    SbasInversion inversion = new SbasInversion(three, WAVELENGTH, 1);
    inversion.invert(phases(three, new double[] {0, -2, -1}), weight, out);
    inversion.velocityMmPerYear(out);
    assertTrue(inversion.velocityStdMmPerYear() > 0, "three dates: " + inversion.velocityStdMmPerYear());
    // two dates: none left
    SbasNetwork two = SbasNetwork.of(network(2, 1));
    inversion = new SbasInversion(two, WAVELENGTH, 1);
    out = new double[2];
    inversion.invert(phases(two, new double[] {0, -2}), new float[] {1}, out);
    assertEquals(-2 / two.epochYears(1), inversion.velocityMmPerYear(out), 1e-4);
    assertTrue(Double.isNaN(inversion.velocityStdMmPerYear()), "two dates");
    // not inverted: a pixel without a valid pair
    inversion.invert(new float[] {Float.NaN}, new float[] {1}, out);
    assertTrue(Double.isNaN(inversion.velocityMmPerYear(out)));
    assertTrue(Double.isNaN(inversion.velocityStdMmPerYear()));
  }

  static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / (values.length - 1));
  }
}
