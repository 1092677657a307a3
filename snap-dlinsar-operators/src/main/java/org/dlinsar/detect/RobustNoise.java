package org.dlinsar.detect;

import java.io.Serializable;

/**
 * The noise floor of a field from samples of it: the median and the scaled median absolute
 * deviation, sigma = 1.4826 MAD, the standard deviation for Gaussian noise (Rousseeuw & Croux
 * 1993). A few strong blobs among the samples barely move either, which is why detection uses
 * them rather than the mean and standard deviation.
 *
 * @param median the median of the samples
 * @param sigma 1.4826 times the median absolute deviation from the median; positive
 */
record RobustNoise(double median, double sigma) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double MAD_TO_SIGMA = 1.4826;

  /**
   * @throws IllegalArgumentException when sigma is not positive and finite
   */
  RobustNoise {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("noise sigma must be positive and finite, got " + sigma);
    }
  }

  /**
   * Estimates the floor from {@code samples}, leaving out NaN and exact zeros (no data: a blob
   * response is exactly 0 only where the field around it is empty).
   *
   * @param samples the samples; not modified
   * @return the floor, or null when fewer than 16 samples are left or they do not vary
   */
  static RobustNoise of(float[] samples) {
    float[] kept = new float[samples.length];
    int n = 0;
    for (float s : samples) {
      if (s != 0f && !Float.isNaN(s)) {
        kept[n++] = s;
      }
    }
    if (n < 16) {
      return null;
    }
    double median = middle(kept, n);
    for (int i = 0; i < n; i++) {
      kept[i] = (float) Math.abs(kept[i] - median);
    }
    double sigma = MAD_TO_SIGMA * middle(kept, n);
    return sigma > 0 && Double.isFinite(sigma) ? new RobustNoise(median, sigma) : null;
  }

  /** How many sigmas {@code value} lies from the median, >= 0. */
  double z(double value) {
    return Math.abs(value - median) / sigma;
  }

  /** The median of values[0..n), which it reorders. */
  private static double middle(float[] values, int n) {
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
}
