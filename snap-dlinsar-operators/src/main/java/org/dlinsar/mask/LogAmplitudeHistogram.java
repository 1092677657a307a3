package org.dlinsar.mask;

import java.io.Serializable;

/**
 * A streaming median of ln|z| over an interferogram band: a histogram of 0.01-wide bins from
 * {@value #LOWEST} to {@value #HIGHEST} (|z| from 2e-22 to 5e21, any processor's scale), so the
 * band can be read strip by strip in bounded memory. Samples beyond the range count in the end
 * bins. Histograms of parts of a band merged ({@link #add(LogAmplitudeHistogram)}) give the whole
 * band's median exactly: how a distributed run gives DL-Mask the frame's references. Not
 * thread-safe.
 */
public final class LogAmplitudeHistogram implements Serializable {

  private static final long serialVersionUID = 1L;

  static final double LOWEST = -50;
  static final double HIGHEST = 50;
  private static final double BIN = 0.01;

  private final long[] counts = new long[(int) Math.round((HIGHEST - LOWEST) / BIN)];
  private long total;

  /** Adds the valid samples (finite, not 0 + 0i). */
  public void add(float[] real, float[] imaginary) {
    for (int i = 0; i < real.length; i++) {
      double magnitude = Math.hypot(real[i], imaginary[i]);
      if (magnitude > 0 && !Double.isInfinite(magnitude)) {
        int bin = (int) Math.floor((Math.log(magnitude) - LOWEST) / BIN);
        counts[Math.max(0, Math.min(counts.length - 1, bin))]++;
        total++;
      }
    }
  }

  /** Adds the samples another instance counted. */
  public void add(LogAmplitudeHistogram other) {
    for (int b = 0; b < counts.length; b++) {
      counts[b] += other.counts[b];
    }
    total += other.total;
  }

  /** The median's bin centre, or 0 without samples. */
  public double median() {
    if (total == 0) {
      return 0;
    }
    long half = (total + 1) / 2;
    long seen = 0;
    for (int b = 0; b < counts.length; b++) {
      seen += counts[b];
      if (seen >= half) {
        return LOWEST + (b + 0.5) * BIN;
      }
    }
    return HIGHEST;
  }
}
