package org.dlinsar.gradient;

import java.util.Arrays;

/**
 * Stacks wrapped phase gradients of many interferograms into a gradient rate per pixel,
 * rad/pixel/year.
 *
 * <p>rate = sum(w g) / sum(w dt) over the interferograms that contribute at the pixel, with g the
 * gradient (rad/pixel), dt the pair's span (years) and w the coherence weight: the mean coherence
 * of the two neighbours the gradient used, or 1 without coherence (Fu et al. 2022, eq. 1, weighted
 * as in Xu et al. 2020). An interferogram contributes at a pixel when both its azimuth and range
 * gradients are finite and both weights are finite and positive; {@code count} says how many did.
 * Pixels on the tile border never contribute: their centred gradients need a pixel outside.
 *
 * <p>The sums are float, which halves the memory streamed per interferogram: their relative
 * rounding stays below 1e-4 for a thousand interferograms, far below the phase noise. Buffers are
 * allocated once and reused after {@link #reset}. Not thread-safe: one instance per tile.
 */
public final class GradientStacker {

  private final int width;
  private final int height;
  private final float[] sumAzimuth;
  private final float[] sumRange;
  private final float[] sumAzimuthSpan;
  private final float[] sumRangeSpan;
  private final int[] count;
  private float[] phase;
  private float[] usable;

  /**
   * @param width tile width (range), pixels
   * @param height tile height (azimuth), pixels
   */
  public GradientStacker(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("tile size must be positive, got " + width + " x "
          + height);
    }
    this.width = width;
    this.height = height;
    int n = width * height;
    sumAzimuth = new float[n];
    sumRange = new float[n];
    sumAzimuthSpan = new float[n];
    sumRangeSpan = new float[n];
    count = new int[n];
  }

  /**
   * Adds one interferogram from its complex samples: its centred wrapped gradients (as
   * {@link WrappedGradient#compute}) stacked as {@link #add} does, in one pass over the tile and
   * without gradient arrays, which is what makes stacking cheap next to reading the bands.
   *
   * @param real real part, {@code width * height}; not modified
   * @param imaginary imaginary part; not modified
   * @param mask 1 = usable, 0 or NaN = masked; null when nothing is masked; not modified
   * @param coherence coherence per pixel, or null for weight 1; not modified
   * @param spanYears the pair's span, years, positive
   */
  public void addInterferogram(float[] real, float[] imaginary, float[] mask, float[] coherence,
      double spanYears) {
    int n = width * height;
    if (real.length != n || imaginary.length != n || (mask != null && mask.length != n)
        || (coherence != null && coherence.length != n)) {
      throw new IllegalArgumentException("arrays must hold " + width + " x " + height + " = " + n
          + " samples, got real " + real.length + ", imaginary " + imaginary.length + ", mask "
          + (mask == null ? "none" : mask.length) + ", coherence "
          + (coherence == null ? "none" : coherence.length));
    }
    float span = checkedSpan(spanYears);
    if (phase == null) {
      phase = new float[n];
      usable = new float[n];
    }
    WrappedGradient.phases(real, imaginary, mask, phase, usable);
    for (int y = 1; y < height - 1; y++) {
      for (int i = y * width + 1; i < (y + 1) * width - 1; i++) {
        // 1 when the pixel and its four neighbours are usable; arithmetic rather than branches.
        float v = usable[i] * usable[i - width] * usable[i + width] * usable[i - 1] * usable[i + 1];
        float wa = 1f;
        float wr = 1f;
        if (coherence != null) {
          wa = 0.5f * (coherence[i - width] + coherence[i + width]);
          wr = 0.5f * (coherence[i - 1] + coherence[i + 1]);
          boolean weighted = wa > 0f && wr > 0f; // false for NaN too
          v = weighted ? v : 0f;
          wa = weighted ? wa : 0f;
          wr = weighted ? wr : 0f;
        }
        float va = v * wa;
        float vr = v * wr;
        sumAzimuth[i] += va * WrappedGradient.halfWrapped(phase[i + width] - phase[i - width]);
        sumAzimuthSpan[i] += va * span;
        sumRange[i] += vr * WrappedGradient.halfWrapped(phase[i + 1] - phase[i - 1]);
        sumRangeSpan[i] += vr * span;
        count[i] += (int) v;
      }
    }
  }

  /** Forgets every interferogram added so far. */
  public void reset() {
    Arrays.fill(sumAzimuth, 0);
    Arrays.fill(sumRange, 0);
    Arrays.fill(sumAzimuthSpan, 0);
    Arrays.fill(sumRangeSpan, 0);
    Arrays.fill(count, 0);
  }

  /**
   * Adds one interferogram's gradients.
   *
   * @param azimuth azimuth gradient, rad/pixel, NaN where undefined; not modified
   * @param range range gradient, rad/pixel, NaN where undefined; not modified
   * @param coherence coherence per pixel, or null for weight 1; not modified
   * @param spanYears the pair's span, years, positive
   */
  public void add(float[] azimuth, float[] range, float[] coherence, double spanYears) {
    int n = width * height;
    if (azimuth.length != n || range.length != n || (coherence != null && coherence.length != n)) {
      throw new IllegalArgumentException("arrays must hold " + width + " x " + height + " = " + n
          + " samples, got azimuth " + azimuth.length + ", range " + range.length
          + ", coherence " + (coherence == null ? "none" : coherence.length));
    }
    float span = checkedSpan(spanYears);
    // Border pixels lack a neighbour on some axis, so their centred gradients never exist.
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        float ga = azimuth[i];
        float gr = range[i];
        if (!Float.isFinite(ga) || !Float.isFinite(gr)) {
          continue;
        }
        float wa = 1;
        float wr = 1;
        if (coherence != null) {
          wa = 0.5f * (coherence[i - width] + coherence[i + width]);
          wr = 0.5f * (coherence[i - 1] + coherence[i + 1]);
          if (!(wa > 0) || !(wr > 0)) {
            continue;
          }
        }
        sumAzimuth[i] += wa * ga;
        sumAzimuthSpan[i] += wa * span;
        sumRange[i] += wr * gr;
        sumRangeSpan[i] += wr * span;
        count[i]++;
      }
    }
  }

  /**
   * Writes the stacked rates and counts.
   *
   * @param azimuthRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param rangeRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param contributors output, interferograms that contributed per pixel; modified
   */
  public void finish(float[] azimuthRate, float[] rangeRate, int[] contributors) {
    int n = width * height;
    if (azimuthRate.length != n || rangeRate.length != n || contributors.length != n) {
      throw new IllegalArgumentException("arrays must hold " + n + " samples, got azimuthRate "
          + azimuthRate.length + ", rangeRate " + rangeRate.length + ", contributors "
          + contributors.length);
    }
    for (int i = 0; i < n; i++) {
      contributors[i] = count[i];
      if (count[i] == 0) {
        azimuthRate[i] = Float.NaN;
        rangeRate[i] = Float.NaN;
      } else {
        azimuthRate[i] = sumAzimuth[i] / sumAzimuthSpan[i];
        rangeRate[i] = sumRange[i] / sumRangeSpan[i];
      }
    }
  }

  private static float checkedSpan(double spanYears) {
    if (!(spanYears > 0) || Double.isInfinite(spanYears)) {
      throw new IllegalArgumentException("spanYears must be positive and finite, got "
          + spanYears);
    }
    return (float) spanYears;
  }
}
