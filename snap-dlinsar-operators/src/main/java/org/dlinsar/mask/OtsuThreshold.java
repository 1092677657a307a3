package org.dlinsar.mask;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Two-class threshold of values in [0, 1] that maximises the between-class variance of their
 * histogram (Otsu 1979, IEEE Trans. SMC 9(1):62-66, eq. 18).
 *
 * <p>The histogram has {@value #BINS} bins of width 1/256 over (0, 1]; NaNs, infinities and values
 * outside (0, 1], 0 among them, are ignored: SNAP writes coherence 0 exactly where an
 * interferogram has no data (the frame's fill, CONTRACT.md section 1), which would otherwise pull
 * the threshold down by how much empty frame surrounds the data. For the split after bin k, with
 * w0, w1 the class weights and mu0, mu1 the class means, the between-class variance is
 * w0 w1 (mu0 - mu1)^2; the threshold is the upper edge (k + 1) / 256 of the best bin, so that a
 * value {@code >=} the threshold is in the upper class. When several splits tie (an empty gap
 * between two modes), the middle one is taken.
 *
 * <p>Degenerate input: with no value in [0, 1], or every value in one bin, the threshold is NaN and
 * nothing passes. A band without contrast has no threshold to find: an all-zero or all-NaN
 * coherence is a band without data, and a constant one cannot tell coherent from decorrelated
 * pixels; a threshold at or below its value would call every pixel coherent.
 *
 * <p>An instance accumulates values over several calls ({@link #add}) and reuses its histogram
 * after {@link #clear}; it is not thread-safe.
 */
public final class OtsuThreshold implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Number of histogram bins over [0, 1]. */
  public static final int BINS = 256;

  private final long[] histogram = new long[BINS];

  /** Returns the Otsu threshold of {@code values}; not modified. */
  public static float threshold(float[] values) {
    OtsuThreshold otsu = new OtsuThreshold();
    otsu.add(values, 0, values.length);
    return otsu.threshold();
  }

  /** Empties the histogram. */
  public void clear() {
    Arrays.fill(histogram, 0);
  }

  /** Adds {@code values[from..to)} to the histogram; values not modified. */
  public void add(float[] values, int from, int to) {
    if (from < 0 || to > values.length || from > to) {
      throw new IllegalArgumentException("range [" + from + ", " + to + ") is outside the "
          + values.length + " values");
    }
    for (int i = from; i < to; i++) {
      float v = values[i];
      if (v > 0f && v <= 1f) {
        histogram[Math.min(BINS - 1, (int) (v * BINS))]++;
      }
    }
  }

  /**
   * Adds the values another instance counted: histograms of parts of a band (the tiles of a
   * distributed run) merged give the whole band's threshold exactly.
   */
  public void add(OtsuThreshold other) {
    for (int k = 0; k < BINS; k++) {
      histogram[k] += other.histogram[k];
    }
  }

  /** Number of values counted so far. */
  public long count() {
    long n = 0;
    for (long h : histogram) {
      n += h;
    }
    return n;
  }

  /** Lower edge of the lowest occupied bin, or NaN without values. */
  public float lowestValue() {
    for (int k = 0; k < BINS; k++) {
      if (histogram[k] > 0) {
        return k / (float) BINS;
      }
    }
    return Float.NaN;
  }

  /** Returns the threshold of the values added so far (see the class comment). */
  public float threshold() {
    long total = 0;
    double weightedSum = 0;
    int occupied = 0;
    for (int k = 0; k < BINS; k++) {
      if (histogram[k] > 0) {
        occupied++;
      }
      total += histogram[k];
      weightedSum += k * (double) histogram[k];
    }
    if (total == 0 || occupied == 1) {
      return Float.NaN;
    }
    double best = -1;
    int firstBest = 0;
    int lastBest = 0;
    long n0 = 0;
    double sum0 = 0;
    for (int k = 0; k < BINS - 1; k++) {
      n0 += histogram[k];
      sum0 += k * (double) histogram[k];
      long n1 = total - n0;
      if (n0 == 0 || n1 == 0) {
        continue;
      }
      double w0 = n0 / (double) total;
      double w1 = n1 / (double) total;
      double mu0 = sum0 / n0;
      double mu1 = (weightedSum - sum0) / n1;
      double between = w0 * w1 * (mu0 - mu1) * (mu0 - mu1);
      if (between > best) {
        best = between;
        firstBest = k;
        lastBest = k;
      } else if (between == best) {
        lastBest = k;
      }
    }
    int k = (firstBest + lastBest) / 2;
    return (k + 1) / (float) BINS;
  }
}
