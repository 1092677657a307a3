package org.dlinsar.detect;

import org.dlinsar.stats.Select;

/**
 * The weight of each stacked gradient rate in the divergence field, from its standard error
 * ({@code grad_stderr}) and the number of interferograms behind it ({@code grad_count}): the
 * inverse of a moderated standard error, so that a rate from a few noisy pairs does not pass for
 * motion.
 *
 * <p>The stack's error is se = s / sqrt(n - 1), s the pairs' scatter about the rate. Weighting by
 * 1 / se alone trusts a rate of three pairs that agree by chance (its scatter, from two degrees of
 * freedom, is often far below the truth); weighting by sqrt(n) alone, as without the error,
 * trusts a rate of three pairs at coherence 0.26 as much as three good ones. So the pixel's
 * scatter is moderated toward the typical scatter s0 of the rectangle read, as in the moderated t
 * statistic (Smyth 2004): s~^2 = (d0 s0^2 + (n - 1) s^2) / (d0 + n - 1), with d0 = {@value
 * #PRIOR_PAIRS} pairs' worth of belief in s0, and the weight is sqrt(n) / s~. A pixel of many
 * pairs keeps its own scatter; one of a few keeps s0's unless its own is larger. s0 is the
 * median scatter of the pixels with at least two pairs, estimated on every {@value #STRIDE}th
 * pixel of a block fixed on the frame ({@link BlockScatter}: the classical detector's field, which
 * is read in strips and again in windows around each blob) or of the rectangle read (the
 * network's strips, laid out by the frame's size alone), so the weights do not depend on the
 * tiles. (Capping the weight at sqrt(n) / s0 instead, never trusting a pixel above the typical
 * scatter, measured the same on the simulated scenes: README.)
 */
final class RateReliability {

  /** Degrees of freedom of the prior scatter: how many pairs' worth the typical scatter weighs. */
  static final double PRIOR_PAIRS = 4;
  /**
   * Typical scatter, rad/pixel/year, at or below which rates count as noise-free: a pair's
   * gradient is resolved to about 1e-6 rad (FastAtan2) to 1.5e-5 (the window sums' 2^-16), up to
   * 1e-3 rad/pixel/year over a 6-day pair, where the simulated stacks scatter by about 1 (the
   * frame's median; 0.05 at the least pixel). Rounding alone (a stack of one constant phase:
   * 1e-9) would otherwise turn rates of 1e-6 into t statistics of thousands.
   */
  static final double ROUNDING_SCATTER = 1e-3;
  private static final int STRIDE = 7;

  private RateReliability() {}

  /**
   * Writes the weight of each pixel's rate.
   *
   * @param count interferograms per pixel (grad_count); not modified
   * @param standardError grad_stderr, NaN where no rate, infinite where one pair; not modified
   * @param n pixels
   * @param weight output, >= 0, 0 where there is no rate or a single pair; modified
   */
  static void weights(float[] count, float[] standardError, int n, float[] weight) {
    double prior = typicalScatter(count, standardError, n);
    for (int i = 0; i < n; i++) {
      weight[i] = weight(count[i], standardError[i], prior);
    }
  }

  /**
   * The weight of one pixel's rate, moderated toward the typical scatter {@code prior} (of the
   * rectangle read, or of the pixel's block of the frame, {@link BlockScatter}).
   *
   * @param count the pixel's grad_count
   * @param standardError its grad_stderr
   * @param prior the typical scatter s0, NaN, 0 or {@link #ROUNDING_SCATTER} or less where there is
   *     none (the count alone then weighs)
   */
  static float weight(float count, float standardError, double prior) {
    if (!(prior > ROUNDING_SCATTER)) {
      // no scatter to moderate by (no pixel of two pairs, or noise-free rates): the count alone
      return count >= 2 ? (float) Math.sqrt(count) : 0f;
    }
    if (!(count >= 2) || !(standardError >= 0) || Float.isInfinite(standardError)) {
      return 0f;
    }
    double dof = count - 1;
    double scatterSquare = (double) standardError * standardError * dof;
    double moderated = (PRIOR_PAIRS * prior * prior + dof * scatterSquare) / (PRIOR_PAIRS + dof);
    return (float) Math.sqrt(count / moderated);
  }

  /** The median scatter s = se sqrt(n - 1) of pixels with two pairs or more, NaN when none. */
  static double typicalScatter(float[] count, float[] standardError, int n) {
    float[] sample = new float[n / STRIDE + 1];
    int m = 0;
    for (int i = 0; i < n; i += STRIDE) {
      float se = standardError[i];
      float c = count[i];
      if (c >= 2 && se > 0 && Float.isFinite(se)) {
        sample[m++] = se * (float) Math.sqrt(c - 1);
      }
    }
    return m == 0 ? Double.NaN : Select.kth(sample, m, m / 2);
  }
}
