package org.dlinsar.stats;

import java.util.Arrays;

/**
 * The median of samples and their robust sigma, 1.4826 times the median absolute deviation from
 * the median: the standard deviation for Gaussian samples, which a few outliers (blobs, moving
 * ground, sites) barely move (Rousseeuw & Croux 1993). Detection's noise floors, the report's
 * background noise and Local-SBAS's trimmed fits all measure spread this one way.
 */
public final class RobustSpread {

  /** sigma / MAD for Gaussian samples. */
  public static final double MAD_TO_SIGMA = 1.4826;

  private RobustSpread() {}

  /**
   * The median of {@code values[0..n)}, the mean of the two middle values when n is even; the
   * values are reordered.
   *
   * @param values no NaN; modified (reordered)
   * @param n at least 1
   */
  public static double median(float[] values, int n) {
    float upper = Select.kth(values, n, n / 2);
    if (n % 2 == 1) {
      return upper;
    }
    // after selection every value below n / 2 is at most the upper middle: the lower is their max
    float lower = values[0];
    for (int i = 1; i < n / 2; i++) {
      lower = Math.max(lower, values[i]);
    }
    return 0.5 * (lower + (double) upper);
  }

  /**
   * 1.4826 times the median of |values[i] - median| over [0, n); the values are overwritten by
   * those deviations.
   *
   * @param values no NaN; modified
   * @param median their median ({@link #median(float[], int)})
   */
  public static double sigma(float[] values, int n, double median) {
    for (int i = 0; i < n; i++) {
      values[i] = (float) Math.abs(values[i] - median);
    }
    return MAD_TO_SIGMA * median(values, n);
  }

  /** As {@link #median(float[], int)} for all of {@code values}, which are not modified. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  /**
   * As {@link #sigma(float[], int, double)} for all of {@code values}, which are not modified.
   */
  public static double sigma(double[] values, double median) {
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return MAD_TO_SIGMA * median(deviations);
  }
}
