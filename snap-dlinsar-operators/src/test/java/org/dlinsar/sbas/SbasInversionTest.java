package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.dlinsar.ifg.Pair;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class SbasInversionTest {

  static final double WAVELENGTH = 0.055465763;
  /** LOS millimetres per radian of phase: -lambda / (4 pi), in mm. */
  private static final double MM_PER_RADIAN = -WAVELENGTH * 1000 / (4 * Math.PI);
  static final LocalDate START = LocalDate.of(2021, 1, 4);

  /** Dates every 12 days, each paired with its next {@code neighbours}. */
  static List<Pair> network(int dates, int neighbours) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < dates; i++) {
      for (int j = i + 1; j <= Math.min(dates - 1, i + neighbours); j++) {
        pairs.add(new Pair(START.plusDays(12L * i), START.plusDays(12L * j)));
      }
    }
    return pairs;
  }

  /** The phases of a displacement series (mm) on every pair: -4 pi / lambda (d_sec - d_ref). */
  static float[] phases(SbasNetwork net, double[] seriesMm) {
    float[] phase = new float[net.pairCount()];
    for (int p = 0; p < phase.length; p++) {
      double dMm = seriesMm[net.secondary(p)] - seriesMm[net.reference(p)];
      phase[p] = (float) (-4 * Math.PI / WAVELENGTH * dMm / 1000);
    }
    return phase;
  }

  /**
   * Dates 1 and 2 linked to each other at coherence 0.99 and to date 0 only through a pair of
   * coherence 1e-7: that pair's weight vanished beside the other's, a pivot of the normal matrix
   * rounded to 0 and the run failed ("not positive definite", naming no pixel). Weighed from
   * coherence 0.01 at least, the pixel is solved.
   */
  @Test
  void aPairOfVanishingCoherenceLeavesTheNormalMatrixDefinite() {
    SbasNetwork net = SbasNetwork.of(network(3, 1));
    float[] phase = phases(net, new double[] {0, 2, 5});
    float[] raw = {(float) (1e-14 / (1 - 1e-14)), (float) (0.99 * 0.99 / (1 - 0.99 * 0.99))};
    assertThrows(IllegalStateException.class,
        () -> new SbasInversion(net, WAVELENGTH, 1).invert(phase, raw, new double[3]));

    float[] weight = PatchSbas.weights(phase, new float[] {1e-7f, 0.99f});
    double[] displacement = new double[3];
    new SbasInversion(net, WAVELENGTH, 1).invert(phase, weight, displacement);

    assertArrayEquals(new double[] {0, 2, 5}, displacement, 1e-3);
  }

  @Test
  void recoversAnAcceleratingSeriesOnAConnectedNetworkWithItsSign() {
    SbasNetwork net = SbasNetwork.of(network(20, 3));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      double t = net.epochYears(d);
      truth[d] = -30 * t * (1 + 0.8 * t);
    }
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    double[] out = new double[net.dateCount()];
    double rms = new SbasInversion(net, WAVELENGTH, 1).invert(phases(net, truth), weight, out);

    for (int d = 0; d < truth.length; d++) {
      assertEquals(truth[d], out[d], 0.01, "date " + d);
    }
    assertTrue(rms < 0.01, "rms " + rms);
    // subsidence stays negative: away from the satellite
    assertTrue(net.velocityMmPerYear(out) < -30);
  }

  @Test
  void coherenceWeightsKeepANoisyPairFromPullingTheSeries() {
    SbasNetwork net = SbasNetwork.of(network(10, 3));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = 20 * net.epochYears(d);
    }
    float[] phase = phases(net, truth);
    phase[4] += 1.5f; // 6.6 mm of noise on one pair
    float[] equal = new float[net.pairCount()];
    Arrays.fill(equal, 1);
    float[] weighted = equal.clone();
    weighted[4] = 0.01f;
    double[] plain = new double[net.dateCount()];
    double[] down = new double[net.dateCount()];
    new SbasInversion(net, WAVELENGTH, 1).invert(phase, equal, plain);
    new SbasInversion(net, WAVELENGTH, 1).invert(phase, weighted, down);

    assertTrue(maxError(down, truth) < maxError(plain, truth) / 5,
        "weighted " + maxError(down, truth) + " plain " + maxError(plain, truth));
  }

  @Test
  void disconnectedSubsetsGetTheMinimumNormVelocitiesOfThePseudoInverse() {
    SbasNetwork net = SbasNetwork.of(network(12, 2));
    float[] phase = new float[net.pairCount()];
    float[] weight = new float[net.pairCount()];
    Random random = new Random(3);
    for (int p = 0; p < phase.length; p++) {
      phase[p] = (float) random.nextGaussian();
      weight[p] = 0.2f + random.nextFloat();
      // cut the network between dates 5 and 6 (no pair spans that gap) and drop date 9's pairs
      boolean crossesGap = net.reference(p) <= 5 && net.secondary(p) >= 6;
      boolean touches9 = net.reference(p) == 9 || net.secondary(p) == 9;
      if (crossesGap || touches9) {
        weight[p] = 0;
      }
    }
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    inversion.invert(phase, weight, out);

    double[] expected = pseudoInverseVelocities(net, phase, weight, MM_PER_RADIAN);
    for (int k = 0; k < expected.length; k++) {
      double dt = net.epochYears(k + 1) - net.epochYears(k);
      assertEquals(expected[k], (out[k + 1] - out[k]) / dt, 1e-6 * (1 + Math.abs(expected[k])),
          "interval " + k);
    }
    // nothing spans the gap: minimum norm puts no motion there
    assertEquals(out[5], out[6], 1e-9);
  }

  /**
   * Random networks (each date paired with its next 1 to 4, some yearly pairs), random weights,
   * pairs dropped at random so that some pixels' networks split into disconnected subsets and
   * lose whole dates: the velocities are the weighted pseudo-inverse's, as with the dense solve
   * the envelope Cholesky replaced, and the residual is that of those velocities.
   */
  @Test
  void randomNetworksWithGapsGetThePseudoInverseVelocities() {
    Random random = new Random(5);
    int split = 0;
    for (int trial = 0; trial < 60; trial++) {
      int dates = 4 + random.nextInt(40);
      List<Pair> pairs = network(dates, 1 + random.nextInt(4));
      for (int i = 0; i + 30 < dates; i += 30) {
        pairs.add(new Pair(START.plusDays(12L * i), START.plusDays(12L * (i + 30))));
      }
      SbasNetwork net = SbasNetwork.of(pairs);
      float[] phase = new float[net.pairCount()];
      float[] weight = new float[net.pairCount()];
      double drop = 0.5 * random.nextDouble();
      for (int p = 0; p < phase.length; p++) {
        phase[p] = (float) (3 * random.nextGaussian());
        weight[p] = random.nextDouble() < drop ? 0 : (float) (0.01 + 50 * random.nextDouble());
      }
      double[] out = new double[net.dateCount()];
      SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
      double rms = inversion.invert(phase, weight, out);
      if (Double.isNaN(rms)) {
        continue;
      }
      BitSet valid = new BitSet();
      for (int p = 0; p < weight.length; p++) {
        valid.set(p, weight[p] > 0);
      }
      split += new NetworkPattern(net, valid).subsets > 1 ? 1 : 0;

      double[] expected = pseudoInverseVelocities(net, phase, weight, MM_PER_RADIAN);
      for (int k = 0; k < expected.length; k++) {
        double dt = net.epochYears(k + 1) - net.epochYears(k);
        assertEquals(expected[k], (out[k + 1] - out[k]) / dt, 1e-6 * (1 + Math.abs(expected[k])),
            "trial " + trial + ", interval " + k);
      }
    }
    assertTrue(split > 10, "networks split into subsets: " + split);
  }

  /**
   * A constant velocity seen in two seasons no pair links (a review's case: -50 mm/year came out
   * -18.5, the series held still across the gap): fitted within each group, the velocity is the
   * truth's, as on the linked network.
   */
  @Test
  void aVelocityIsFittedWithinEachGroupOfDatesThePairsLink() {
    // two seasons of 7 dates, 12 days apart, 200 days between their starts, no pair between them
    List<Pair> pairs = new ArrayList<>();
    for (int season = 0; season < 2; season++) {
      for (int i = 0; i < 7; i++) {
        for (int j = i + 1; j <= Math.min(6, i + 2); j++) {
          pairs.add(new Pair(START.plusDays(200L * season + 12L * i), START.plusDays(200L * season + 12L * j)));
        }
      }
    }
    SbasNetwork net = SbasNetwork.of(pairs);
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -50 * net.epochYears(d);
    }
    float[] phase = phases(net, truth);
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    inversion.invert(phase, weight, out);

    assertEquals(out[6], out[7], 1e-9, "nothing measures the gap");
    assertEquals(-50, inversion.velocityMmPerYear(out), 1e-4);
    assertTrue(net.velocityMmPerYear(out) > -30, "one line through the gap is pulled toward 0: "
        + net.velocityMmPerYear(out));
    assertEquals(2, net.linkedGroups().size());
  }

  @Test
  void aLinkedNetworkKeepsTheOneFit() {
    SbasNetwork net = SbasNetwork.of(network(14, 2));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -50 * net.epochYears(d) * (1 + net.epochYears(d));
    }
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    inversion.invert(phases(net, truth), weight, out);
    assertEquals(net.velocityMmPerYear(out), inversion.velocityMmPerYear(out), 0);
    assertEquals(1, net.linkedGroups().size());
  }

  @Test
  void temporalCoherenceIsOneWhereTheNetworkClosesLowForNoiseAndUnknownWithoutRedundancy() {
    SbasNetwork net = SbasNetwork.of(network(31, 3));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -40 * net.epochYears(d);
    }
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);
    inversion.invert(phases(net, truth), weight, out);
    assertEquals(1, inversion.temporalCoherence(), 1e-6);

    // decorrelated: phases uniform in (-pi, pi], as a pixel of noise gives
    Random random = new Random(11);
    float[] noise = new float[net.pairCount()];
    double sum = 0;
    int pixels = 200;
    for (int i = 0; i < pixels; i++) {
      for (int p = 0; p < noise.length; p++) {
        noise[p] = (float) (Math.PI * (2 * random.nextDouble() - 1));
      }
      inversion.invert(noise, weight, out);
      sum += inversion.temporalCoherence();
    }
    assertTrue(sum / pixels < 0.5, "mean temporal coherence of noise " + sum / pixels);

    // consecutive pairs only: a chain, so every residual is 0 and nothing checks the series
    float[] chain = new float[net.pairCount()];
    for (int p = 0; p < chain.length; p++) {
      chain[p] = net.secondary(p) == net.reference(p) + 1 ? 1 : 0;
    }
    inversion.invert(noise, chain, out);
    assertTrue(Double.isNaN(inversion.temporalCoherence()));
  }

  @Test
  void aPixelWithTooFewValidPairsIsNaN() {
    SbasNetwork net = SbasNetwork.of(network(6, 2));
    float[] weight = new float[net.pairCount()];
    weight[0] = 1;
    double[] out = new double[net.dateCount()];
    double rms = new SbasInversion(net, WAVELENGTH, 3).invert(new float[net.pairCount()], weight,
        out);
    assertTrue(Double.isNaN(rms));
    assertTrue(Double.isNaN(out[2]));
  }

  /**
   * A pixel whose pairs do not close: Gaussian phase noise of 0.5 rad on each of 57 pairs of 20
   * dates. The least-squares series leaves residuals of about 0.5 sqrt(1 - 19 / 57) = 0.41 rad
   * (19 unknowns), whose temporal coherence |mean exp(i r)| is near exp(-0.41^2 / 2) = 0.92 and
   * whose rms is 0.41 rad, 1.8 mm. The returned coherence and rms must be those of the residuals
   * of the returned series.
   */
  @Test
  void aNoisyPixelsCoherenceAndRmsAreThoseOfItsResiduals() {
    SbasNetwork net = SbasNetwork.of(network(20, 3));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -40 * net.epochYears(d);
    }
    float[] phase = phases(net, truth);
    Random random = new Random(5);
    double sigma = 0.5;
    for (int p = 0; p < phase.length; p++) {
      phase[p] += (float) (sigma * random.nextGaussian());
    }
    float[] weight = new float[net.pairCount()];
    Arrays.fill(weight, 1);
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 1);

    double rms = inversion.invert(phase, weight, out);

    double re = 0;
    double im = 0;
    double squares = 0;
    for (int p = 0; p < net.pairCount(); p++) {
      double residualMm = phase[p] * MM_PER_RADIAN - (out[net.secondary(p)] - out[net.reference(p)]);
      re += Math.cos(residualMm / MM_PER_RADIAN);
      im += Math.sin(residualMm / MM_PER_RADIAN);
      squares += residualMm * residualMm;
    }
    double coherence = Math.hypot(re, im) / net.pairCount();
    double residualRms = Math.sqrt(squares / net.pairCount());
    assertEquals(coherence, inversion.temporalCoherence(), 1e-9);
    assertEquals(residualRms, rms, 1e-9 * residualRms);
    double expectedRad = sigma * Math.sqrt(1 - 19.0 / 57);
    assertTrue(coherence > 0.85 && coherence < 0.97, "temporal coherence " + coherence);
    assertTrue(Math.abs(rms / Math.abs(MM_PER_RADIAN) - expectedRad) < 0.3 * expectedRad,
        "rms " + rms + " mm");
  }

  @Test
  void aPixelWithExactlyMinPairsValidPairsIsInvertedAndWithOneFewerIsNot() {
    SbasNetwork net = SbasNetwork.of(network(6, 2));
    double[] truth = new double[net.dateCount()];
    for (int d = 0; d < truth.length; d++) {
      truth[d] = -20 * net.epochYears(d);
    }
    float[] phase = phases(net, truth);
    // 9 pairs; two of the pairs spanning two intervals dropped leave 7, the chain of dates intact
    float[] weight = new float[net.pairCount()];
    int dropped = 0;
    for (int p = 0; p < weight.length; p++) {
      boolean spansTwo = net.secondary(p) - net.reference(p) == 2;
      weight[p] = spansTwo && dropped++ < 2 ? 0 : 1;
    }
    double[] out = new double[net.dateCount()];
    SbasInversion inversion = new SbasInversion(net, WAVELENGTH, 7);

    assertEquals(0, inversion.invert(phase, weight, out), 1e-3);
    for (int d = 0; d < truth.length; d++) {
      assertEquals(truth[d], out[d], 0.01, "date " + d);
    }

    for (int p = 0; p < weight.length; p++) {
      if (weight[p] > 0 && net.secondary(p) - net.reference(p) == 2) {
        weight[p] = 0;
        break;
      }
    }
    assertTrue(Double.isNaN(inversion.invert(phase, weight, out)));
    assertTrue(Double.isNaN(out[5]));
  }

  /** v = pinv(W^1/2 A) W^1/2 y with EJML's pseudo-inverse, A the velocity design matrix. */
  private static double[] pseudoInverseVelocities(SbasNetwork net, float[] phase, float[] weight,
      double mmPerRadian) {
    int intervals = net.dateCount() - 1;
    DMatrixRMaj a = new DMatrixRMaj(net.pairCount(), intervals);
    DMatrixRMaj y = new DMatrixRMaj(net.pairCount(), 1);
    for (int p = 0; p < net.pairCount(); p++) {
      double s = Math.sqrt(weight[p]);
      for (int k = net.reference(p); k < net.secondary(p); k++) {
        a.set(p, k, s * (net.epochYears(k + 1) - net.epochYears(k)));
      }
      y.set(p, 0, s * phase[p] * mmPerRadian);
    }
    DMatrixRMaj pinv = new DMatrixRMaj(intervals, net.pairCount());
    CommonOps_DDRM.pinv(a, pinv);
    DMatrixRMaj v = new DMatrixRMaj(intervals, 1);
    CommonOps_DDRM.mult(pinv, y, v);
    return v.data;
  }

  private static double maxError(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }
}
