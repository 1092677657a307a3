package org.dlinsar.gradient;

import java.util.Arrays;

/**
 * Stacks the wrapped phase gradients of many interferograms of one tile into a gradient rate per
 * pixel, rad/pixel/year.
 *
 * <p>rate = sum(w g) / sum(w dt) over the interferograms that contribute at the pixel, with g the
 * centred wrapped gradient of {@link WrappedGradient} (rad/pixel), dt the pair's span (years) and w
 * the coherence weight: the mean coherence of the two neighbours the gradient used, or 1 without
 * coherence (Fu et al. 2022, eq. 1, weighted as in Xu et al. 2020). A sample is usable when it is
 * finite and not 0 + 0i (no data), its mask (if any) is positive and its coherence (if any) finite
 * and positive; an interferogram contributes at a pixel when the pixel and its four neighbours are
 * usable, and {@code count} says how many did. Pixels on the tile border never contribute: their
 * centred gradients need a pixel outside.
 *
 * <p>Speed: every sample of a stack passes here, so the work is laid out for HotSpot's loop
 * vectorizer, which only turns short, branch-free loops into SIMD code, and only when every array
 * is read at the same index. Neighbours are therefore brought to the same index by shifted copies
 * ({@link System#arraycopy}), and each axis keeps its sums in its own frame: the azimuth sums of
 * pixel i sit at i - width (so that its neighbours i - width and i + width are entries j and j + 2
 * width), the range sums at i - 1. Unusable samples are found by a vectorized NaN test and handled
 * one by one. About 3 ns per sample and interferogram on one core while what it touches stays in
 * cache ({@code bench/kernels.sh}, a 514 x 66 tile); a 514 x 514 tile whose sums do not fit the
 * cache streams them from memory once per interferogram and takes nearly twice as long, which is
 * why {@link #addInterferogram(float[], float[], float[], float[], double, int, int)} can add a
 * few rows at a time. The sums are float: their relative rounding stays below 1e-4 for a thousand
 * interferograms, far below the phase noise. Buffers are allocated once and reused after
 * {@link #reset}. Not thread-safe: one per tile.
 */
public final class GradientStacker {

  /** Bytes a stacker holds per pixel of its tile: its fifteen float arrays. */
  public static final int BYTES_PER_PIXEL = 15 * Float.BYTES;

  private final int width;
  private final int height;
  private final int n;
  // Sums, each axis in its frame (see the class comment); the count in the range frame.
  private final float[] sumAzimuth;
  private final float[] sumAzimuthSpan;
  private final float[] sumRange;
  private final float[] sumRangeSpan;
  private final float[] count;
  // Per-interferogram work arrays, allocated with the first interferogram.
  private float[] phase;
  private float[] weight;
  private float[] flag;
  private float[] zeros;
  private float[] phaseAhead;
  private float[] weightAhead;
  private float[] validAzimuth;
  private float[] validRange;
  private float[] interiorAzimuth;
  private float[] interiorRange;

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
    n = width * height;
    sumAzimuth = new float[n];
    sumAzimuthSpan = new float[n];
    sumRange = new float[n];
    sumRangeSpan = new float[n];
    count = new float[n];
  }

  /**
   * Adds one interferogram from its complex samples.
   *
   * @param real real part, {@code width * height}; not modified
   * @param imaginary imaginary part; not modified
   * @param mask 1 = usable, 0 or NaN = masked; null when nothing is masked; not modified
   * @param coherence coherence per pixel, or null for weight 1; not modified
   * @param spanYears the pair's span, years, positive
   * @throws IllegalArgumentException when an array length is not {@code width * height} or the
   *     span is not positive
   */
  public void addInterferogram(float[] real, float[] imaginary, float[] mask, float[] coherence,
      double spanYears) {
    addInterferogram(real, imaginary, mask, coherence, spanYears, 0, height);
  }

  /**
   * Adds the gradients of one interferogram at the pixels of rows {@code rowFrom} (inclusive) to
   * {@code rowTo} (exclusive) only. Consecutive row ranges that cover the tile add the whole
   * interferogram, as {@link #addInterferogram(float[], float[], float[], float[], double)} does,
   * to the bit. Adding several interferograms to a few rows at a time keeps what those rows touch
   * in the processor's cache.
   *
   * @throws IllegalArgumentException also when the rows are not an increasing range in the tile
   */
  public void addInterferogram(float[] real, float[] imaginary, float[] mask, float[] coherence,
      double spanYears, int rowFrom, int rowTo) {
    if (real.length != n || imaginary.length != n || (mask != null && mask.length != n)
        || (coherence != null && coherence.length != n)) {
      throw new IllegalArgumentException("arrays must hold " + width + " x " + height + " = " + n
          + " samples, got real " + real.length + ", imaginary " + imaginary.length + ", mask "
          + (mask == null ? "none" : mask.length) + ", coherence "
          + (coherence == null ? "none" : coherence.length));
    }
    if (rowFrom < 0 || rowTo > height || rowFrom >= rowTo) {
      throw new IllegalArgumentException("rows " + rowFrom + " to " + rowTo + " are not a range in"
          + " 0 to " + height);
    }
    float span = checkedSpan(spanYears);
    if (width < 3 || height < 3) {
      return; // no interior pixel
    }
    if (phase == null) {
      allocateWorkArrays();
    }
    // The rows' pixels use the samples of one row more on either side. Their frame entries:
    // pixel i sits at i - width in the azimuth frame and at i - 1 in the range frame.
    int sampleFrom = Math.max(0, rowFrom - 1) * width;
    int sampleTo = Math.min(height, rowTo + 1) * width;
    int azimuthFrom = Math.max(0, (rowFrom - 1) * width);
    int azimuthTo = Math.min(n - 2 * width, (rowTo - 1) * width);
    int rangeFrom = Math.max(0, rowFrom * width - 1);
    int rangeTo = Math.min(n - 2, rowTo * width - 1);
    System.arraycopy(interiorAzimuth, azimuthFrom, validAzimuth, azimuthFrom,
        azimuthTo - azimuthFrom);
    System.arraycopy(interiorRange, rangeFrom, validRange, rangeFrom, rangeTo - rangeFrom);
    prepare(real, imaginary, mask, coherence, sampleFrom, sampleTo);
    stack(width, sumAzimuth, sumAzimuthSpan, validAzimuth, span, azimuthFrom, azimuthTo);
    stack(1, sumRange, sumRangeSpan, validRange, span, rangeFrom, rangeTo);
    float[] valid = validRange;
    for (int j = rangeFrom; j < rangeTo; j++) {
      count[j] += valid[j];
    }
  }

  /**
   * Turns samples {@code from} to {@code to} into phases and weights, set to 0 where the sample is
   * unusable (harmless in the sums), and invalidates in both frames every gradient that uses an
   * unusable sample. Entries of other rows may be invalidated too: each call resets the validity
   * of its own rows' entries before, so that does no harm.
   */
  private void prepare(float[] real, float[] imaginary, float[] mask, float[] coherence, int from,
      int to) {
    float[] angle = phase;
    float[] w = weight;
    FastAtan2.atan2(imaginary, real, angle, from, to);
    if (coherence != null) {
      System.arraycopy(coherence, from, w, from, to - from);
    } else {
      Arrays.fill(w, from, to, 1f);
    }
    // 0 where usable, NaN where not: a NaN phase (NaN, infinite or 0 + 0i sample), or a weight or
    // mask m for which m + 1 / (m + |m|) is not finite (NaN, infinite, zero or negative).
    // Arithmetic rather than tests, so that the loops vectorize; "+ 0" turns -0 into 0.
    for (int i = from; i < to; i++) {
      flag[i] = 0f * (angle[i] + w[i] + 1f / (w[i] + Math.abs(w[i]))) + 0f;
    }
    if (mask != null) {
      for (int i = from; i < to; i++) {
        flag[i] += 0f * (mask[i] + 1f / (mask[i] + Math.abs(mask[i])));
      }
    }
    // Arrays.mismatch compares whole vectors at a time: the scan costs little when all is usable.
    for (int i = from; i < to; i++) {
      int k = Arrays.mismatch(flag, i, to, zeros, i, to);
      if (k < 0) {
        break;
      }
      i += k;
      angle[i] = 0f;
      w[i] = 0f;
      invalidateGradientsUsing(i);
    }
  }

  /** Invalidates the gradients of pixel {@code i} and its four neighbours, in both frames. */
  private void invalidateGradientsUsing(int i) {
    invalidateGradientsOf(i);
    invalidateGradientsOf(i - 1);
    invalidateGradientsOf(i + 1);
    invalidateGradientsOf(i - width);
    invalidateGradientsOf(i + width);
  }

  private void invalidateGradientsOf(int pixel) {
    if (pixel - width >= 0 && pixel < n) {
      validAzimuth[pixel - width] = 0f;
    }
    if (pixel - 1 >= 0 && pixel < n) {
      validRange[pixel - 1] = 0f;
    }
  }

  /**
   * Adds the gradients along one axis to frame entries {@code from} to {@code to}: entry j holds
   * pixel j + step, whose neighbours are samples j and j + 2 step.
   *
   * @param step 1 for range, width for azimuth
   */
  private void stack(int step, float[] sum, float[] sumSpan, float[] valid, float span, int from,
      int to) {
    float[] angle = phase;
    float[] w = weight;
    float[] angleAhead = phaseAhead;
    float[] wAhead = weightAhead;
    float[] gain = flag; // the flags are spent
    System.arraycopy(angle, from + 2 * step, angleAhead, from, to - from);
    System.arraycopy(w, from + 2 * step, wAhead, from, to - from);
    for (int j = from; j < to; j++) {
      float g = valid[j] * 0.5f * (w[j] + wAhead[j]);
      gain[j] = g;
      sumSpan[j] += g * span;
    }
    for (int j = from; j < to; j++) {
      sum[j] += gain[j] * WrappedGradient.halfWrapped(angleAhead[j] - angle[j]);
    }
  }

  private void allocateWorkArrays() {
    phase = new float[n];
    weight = new float[n];
    flag = new float[n];
    zeros = new float[n];
    phaseAhead = new float[n];
    weightAhead = new float[n];
    validAzimuth = new float[n];
    validRange = new float[n];
    interiorAzimuth = new float[n];
    interiorRange = new float[n];
    for (int y = 1; y < height - 1; y++) {
      int first = y * width + 1;
      int last = (y + 1) * width - 2;
      Arrays.fill(interiorAzimuth, first - width, last - width + 1, 1f);
      Arrays.fill(interiorRange, first - 1, last, 1f);
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
   * Writes the stacked rates and counts.
   *
   * @param azimuthRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param rangeRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param contributors output, interferograms that contributed per pixel; modified
   */
  public void finish(float[] azimuthRate, float[] rangeRate, int[] contributors) {
    if (azimuthRate.length != n || rangeRate.length != n || contributors.length != n) {
      throw new IllegalArgumentException("arrays must hold " + n + " samples, got azimuthRate "
          + azimuthRate.length + ", rangeRate " + rangeRate.length + ", contributors "
          + contributors.length);
    }
    for (int i = 0; i < n; i++) {
      int c = i >= width ? (int) count[i - 1] : 0; // pixels of the first row never contribute
      contributors[i] = c;
      if (c == 0) {
        azimuthRate[i] = Float.NaN;
        rangeRate[i] = Float.NaN;
      } else {
        azimuthRate[i] = sumAzimuth[i - width] / sumAzimuthSpan[i - width];
        rangeRate[i] = sumRange[i - 1] / sumRangeSpan[i - 1];
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
