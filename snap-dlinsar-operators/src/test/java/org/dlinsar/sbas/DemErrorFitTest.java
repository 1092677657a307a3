package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DemErrorFitTest {

  private static final int DATES = 31;
  /** R sin(incidence) of Sentinel-1 at mid swath, metres. */
  private static final double RANGE_SIN = 561_000;

  private static double[] epochs() {
    double[] t = new double[DATES];
    for (int d = 0; d < DATES; d++) {
      t[d] = d * 12 / 365.25;
    }
    return t;
  }

  private static double[] baselines(long seed) {
    Random random = new Random(seed);
    double[] b = new double[DATES];
    for (int d = 0; d < DATES; d++) {
      b[d] = 50 * random.nextGaussian();
    }
    return b;
  }

  /** The series of a pixel moving at v mm/year under a DEM error of dh metres, first date at 0. */
  private static double[] series(double[] t, double[] b, double v, double dh, double noiseMm, long seed) {
    Random random = new Random(seed);
    double[] d = new double[t.length];
    for (int k = 0; k < t.length; k++) {
      d[k] = v * t[k] + (b[k] - b[0]) * dh * 1000 / RANGE_SIN + noiseMm * random.nextGaussian();
    }
    double first = d[0];
    for (int k = 0; k < t.length; k++) {
      d[k] -= first;
    }
    return d;
  }

  @Test
  void withoutNoiseTheHeightErrorAndTheVelocityComeBackAndTheTermLeavesTheSeries() {
    double[] t = epochs();
    double[] b = baselines(1);
    double[] d = series(t, b, -20, 40, 0, 0);
    DemErrorFit fit = new DemErrorFit(t, b);
    assertEquals(40, fit.fit(d, RANGE_SIN), 1e-9);
    assertEquals(-20, fit.velocityMmPerYear(), 1e-9);
    assertEquals(0, fit.velocityStdMmPerYear(), 1e-9);
    for (int k = 0; k < DATES; k++) {
      assertEquals(-20 * t[k], d[k], 1e-9, "date " + k + ": only the motion is left");
    }
  }

  @Test
  void underNoiseTheHeightErrorIsWithinItsExpectedScatterAndTheSeriesCloserToTheMotion() {
    double[] t = epochs();
    double[] b = baselines(2);
    double worst = 0;
    double before = 0;
    double after = 0;
    for (int trial = 0; trial < 200; trial++) {
      double[] d = series(t, b, 10, 30, 3, 100 + trial);
      double[] motion = series(t, b, 10, 0, 0, 0);
      before += rms(d, motion);
      DemErrorFit fit = new DemErrorFit(t, b);
      double dh = fit.fit(d, RANGE_SIN);
      worst = Math.max(worst, Math.abs(dh - 30));
      after += rms(d, motion);
    }
    // sigma(dh) = 3 mm / (50 m * 1000 / 561 km * sqrt(31)): about 6.1 m; 200 trials stay within 4 sigma
    assertTrue(worst < 25, "worst height error " + worst + " m");
    assertTrue(after < 0.8 * before, "series RMS from the motion " + after / 200 + " mm against " + before / 200);
  }

  @Test
  void aSeriesWithANaNDateIsLeftAsItIs() {
    double[] t = epochs();
    double[] b = baselines(3);
    double[] d = series(t, b, 5, 10, 1, 4);
    d[7] = Double.NaN;
    double[] kept = d.clone();
    DemErrorFit fit = new DemErrorFit(t, b);
    assertTrue(Double.isNaN(fit.fit(d, RANGE_SIN)));
    assertTrue(Double.isNaN(fit.velocityMmPerYear()));
    for (int k = 0; k < DATES; k++) {
      assertEquals(kept[k], d[k], 0);
    }
  }

  @Test
  void baselinesThatCannotTellHeightFromMotionAreRefusedSayingWhy() {
    double[] t = epochs();
    assertNull(DemErrorFit.whyNot(t, baselines(5)));
    double[] flat = new double[DATES];
    for (int d = 0; d < DATES; d++) {
      flat[d] = 3 * Math.sin(d);
    }
    assertTrue(DemErrorFit.whyNot(t, flat).contains("spread"), DemErrorFit.whyNot(t, flat));
    double[] drifting = new double[DATES];
    for (int d = 0; d < DATES; d++) {
      drifting[d] = 10 * d + (d % 2) * 5;
    }
    assertTrue(DemErrorFit.whyNot(t, drifting).contains("change with time"), DemErrorFit.whyNot(t, drifting));
    String few = DemErrorFit.whyNot(new double[] {0, 0.1, 0.2}, new double[] {0, 100, -100});
    assertNotNull(few);
    assertThrows(IllegalArgumentException.class, () -> new DemErrorFit(t, drifting));
  }

  private static double rms(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += (a[k] - b[k]) * (a[k] - b[k]);
    }
    return Math.sqrt(sum / a.length);
  }
}
