package org.dlinsar.detect;

import java.io.Serializable;
import org.dlinsar.stats.RobustSpread;

/**
 * The noise floor of a field from samples of it: their median and robust sigma ({@link
 * RobustSpread}). A few strong blobs among the samples barely move either, which is why
 * detection uses them rather than the mean and standard deviation.
 *
 * @param median the median of the samples
 * @param sigma 1.4826 times the median absolute deviation from the median; positive
 */
record RobustNoise(double median, double sigma) implements Serializable {

  private static final long serialVersionUID = 1L;

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
    double median = RobustSpread.median(kept, n);
    double sigma = RobustSpread.sigma(kept, n, median);
    return sigma > 0 && Double.isFinite(sigma) ? new RobustNoise(median, sigma) : null;
  }

  /** How many sigmas {@code value} lies from the median, >= 0. */
  double z(double value) {
    return Math.abs(value - median) / sigma;
  }
}
