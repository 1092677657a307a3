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
 *
 * <p>Window (odd, above 1): g is half the angle of the sum, over the window around the pixel, of
 * the products z(+1) conj(z(-1)) of unit phasors along the axis, each weighted by the mean weight
 * of its two samples (products using an unusable sample or leaving the tile add nothing), and w is
 * that sum of product weights over the window's area; the pixel contributes when its own sample
 * is usable and both axes have a product. Averaging phasors before taking the angle keeps the
 * phase noise of single pixels out of the gradient: weak landslides gain several times their
 * contrast (README, bench/window-eval.sh). The window sums ({@link WindowSums}, row by row) are
 * running sums (the cost per pixel does not grow with the window) of products rounded to multiples
 * of 2^-16, which float adds exactly, so a pixel's sum does not depend on the tile or strip it was
 * computed in. A window reaches half its side plus one sample beyond the pixel: the halo a tile
 * needs. Its kernel costs about four times window 1's per sample (two angles per pixel, six box
 * sums).
 *
 * <p>Standard error ({@link #finish(float[], float[], int[], float[])}): per axis, the stacked
 * rate is the mean of the pairs' own rates g/dt weighted by v = w dt; its error is the weighted
 * scatter of those rates over n_eff - 1, n_eff = sum(v)^2 / sum(v^2) the effective number of
 * pairs (two more sums per axis). A rate made of a few noisy pairs thus gets a large error
 * instead of passing for motion.
 */
public final class GradientStacker {

  /** Bytes a stacker of window 1 holds per pixel of its tile: its nineteen float arrays. */
  public static final int BYTES_PER_PIXEL = 19 * Float.BYTES;
  /** Largest window, pixels. */
  public static final int MAX_WINDOW = 15;
  /** Far below any window weight (whole numbers), so that w / (w + TINY) is 1 or 0. */
  private static final float TINY = Float.MIN_NORMAL;

  private final int width;
  private final int height;
  private final int n;
  private final int window;
  // Sums, each axis in its frame (see the class comment); the count in the range frame.
  private final float[] sumAzimuth;
  private final float[] sumAzimuthSpan;
  private final float[] sumRange;
  private final float[] sumRangeSpan;
  private final float[] count;
  // For the standard error: sum(w g^2 / dt) and sum((w dt)^2), each axis in its frame.
  private final float[] sumAzimuthSquare;
  private final float[] sumAzimuthSpanSquare;
  private final float[] sumRangeSquare;
  private final float[] sumRangeSpanSquare;
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
  // Windows above 1 (see addWindowed): the window sums and one row of work arrays.
  private WindowSums windowSums;
  private float[] rowReal;
  private float[] rowAngle;
  private float[] rowOk;
  private float[] rowSomeAzimuth;
  private float[] rowSomeRange;
  private float[] rowUsable;
  private float[] rowGain;
  private float[] frameGain;
  private float[] frameGradient;

  /**
   * @param width tile width (range), pixels
   * @param height tile height (azimuth), pixels
   */
  public GradientStacker(int width, int height) {
    this(width, height, 1);
  }

  /**
   * @param width tile width (range), pixels
   * @param height tile height (azimuth), pixels
   * @param window side of the square window, odd, 1 to {@value #MAX_WINDOW}; 1 = centred
   *     differences of single pixels
   */
  public GradientStacker(int width, int height, int window) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("tile size must be positive, got " + width + " x "
          + height);
    }
    if (window < 1 || window > MAX_WINDOW || window % 2 == 0) {
      throw new IllegalArgumentException("window must be odd, 1 to " + MAX_WINDOW + ", got "
          + window);
    }
    this.window = window;
    this.width = width;
    this.height = height;
    n = width * height;
    sumAzimuth = new float[n];
    sumAzimuthSpan = new float[n];
    sumRange = new float[n];
    sumRangeSpan = new float[n];
    count = new float[n];
    sumAzimuthSquare = new float[n];
    sumAzimuthSpanSquare = new float[n];
    sumRangeSquare = new float[n];
    sumRangeSpanSquare = new float[n];
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
    if (window > 1) {
      addWindowed(real, imaginary, mask, coherence, span, rowFrom, rowTo);
      return;
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
    stack(width, sumAzimuth, sumAzimuthSpan, sumAzimuthSquare, sumAzimuthSpanSquare,
        validAzimuth, span, azimuthFrom, azimuthTo);
    stack(1, sumRange, sumRangeSpan, sumRangeSquare, sumRangeSpanSquare, validRange, span,
        rangeFrom, rangeTo);
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
    FastAtan2.atan2(imaginary, real, angle, from, to);
    SampleUsability.weighAndFlag(angle, angle, mask, coherence, weight, flag, from, to);
    for (int i = SampleUsability.nextUnusable(flag, zeros, from, to); i >= 0;
        i = SampleUsability.nextUnusable(flag, zeros, i + 1, to)) {
      angle[i] = 0f;
      weight[i] = 0f;
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
  private void stack(int step, float[] sum, float[] sumSpan, float[] sumSquare,
      float[] sumSpanSquare, float[] valid, float span, int from, int to) {
    float[] angle = phase;
    float[] w = weight;
    float[] angleAhead = phaseAhead;
    float[] wAhead = weightAhead;
    float[] gain = flag; // the flags are spent
    System.arraycopy(angle, from + 2 * step, angleAhead, from, to - from);
    System.arraycopy(w, from + 2 * step, wAhead, from, to - from);
    float perSpan = 1f / span;
    for (int j = from; j < to; j++) {
      float g = valid[j] * 0.5f * (w[j] + wAhead[j]);
      gain[j] = g;
      float gs = g * span;
      sumSpan[j] += gs;
      sumSpanSquare[j] += gs * gs;
    }
    for (int j = from; j < to; j++) {
      float x = WrappedGradient.halfWrapped(angleAhead[j] - angle[j]);
      float wg = gain[j] * x;
      sum[j] += wg;
      sumSquare[j] += wg * x * perSpan;
    }
  }

  /**
   * The windowed gradients of rows {@code rowFrom} to {@code rowTo}: per axis, the angle of the
   * weighted sum of the unit-phasor products z(+1) conj(z(-1)) over the window, halved; its weight
   * in the stack is the window's sum of product weights over the window's area. Products that use
   * an unusable sample or lie outside the tile add nothing; a pixel contributes when its own
   * sample is usable and both axes have some product.
   */
  private void addWindowed(float[] real, float[] imaginary, float[] mask, float[] coherence,
      float span, int rowFrom, int rowTo) {
    int outFrom = Math.max(1, rowFrom);
    int outTo = Math.min(height - 1, rowTo);
    if (outFrom >= outTo) {
      return;
    }
    float perArea = 1f / (WindowSums.SCALE * window * window);
    float perSpan = 1f / span;
    int pad = windowSums.pad();
    windowSums.sweep(real, imaginary, mask, coherence, outFrom, outTo, (y, box, usable) -> {
      int row = y * width;
      contributors(usable, pad, box, row);
      accumulateWindowRow(box[0], box[1], box[2], rowSomeAzimuth, row, width, sumAzimuth,
          sumAzimuthSpan, sumAzimuthSquare, sumAzimuthSpanSquare, span, perSpan, perArea);
      accumulateWindowRow(box[3], box[4], box[5], rowSomeRange, row, 1, sumRange, sumRangeSpan,
          sumRangeSquare, sumRangeSpanSquare, span, perSpan, perArea);
    });
  }

  /**
   * Which pixels of a row contribute: 1 where the pixel's own sample is usable and both axes have
   * some product whose sum has a direction, else 0 ({@code rowOk}, added to the count); per axis
   * whether it has ({@code rowSomeAzimuth}, {@code rowSomeRange}). The weights and the products'
   * sums are whole numbers (scaled, see {@link WindowSums}), so w / (w + TINY) is exactly 1 where
   * some product counted and 0 where none did, and so is |re| + |im| over itself plus TINY where
   * the products cancel to exactly 0 + 0i (opposite phases in equal numbers, as across a half-cycle
   * step: their angle is none, and atan2(0, 0) was NaN for the whole stack): tests the loop
   * vectorizer can take, as it cannot Math.min.
   */
  private void contributors(float[] usable, int pad, float[][] box, int row) {
    float[] u = rowUsable;
    float[] someAzimuth = rowSomeAzimuth;
    float[] someRange = rowSomeRange;
    float[] ok = rowOk;
    System.arraycopy(usable, pad, u, 0, width);
    someProduct(box[0], box[1], box[2], someAzimuth);
    someProduct(box[3], box[4], box[5], someRange);
    for (int c = 1; c < width - 1; c++) {
      ok[c] = u[c] * someAzimuth[c] * someRange[c];
    }
    // The count sits in the range frame (see the class comment): pixel row + c at entry row + c - 1.
    int from = row;
    int to = row + width - 2;
    float[] frame = frameGain;
    System.arraycopy(ok, 1, frame, from, to - from);
    for (int j = from; j < to; j++) {
      count[j] += frame[j];
    }
  }

  /** Per pixel of a row, 1 where an axis's products (box sums re, im, weights) have a direction, else 0. */
  private void someProduct(float[] re, float[] im, float[] weights, float[] some) {
    for (int c = 1; c < width - 1; c++) {
      float size = Math.abs(re[c]) + Math.abs(im[c]);
      some[c] = weights[c] / (weights[c] + TINY) * (size / (size + TINY));
    }
  }

  /**
   * Stacks the windowed gradients of one row along one axis, from the box sums of its products'
   * real and imaginary parts and weights, and whether it has some product ({@link #contributors}).
   * Loops stay short (HotSpot does not vectorize loops over many arrays).
   */
  private void accumulateWindowRow(float[] re, float[] im, float[] weights, float[] some,
      int row, int step, float[] sum, float[] sumSpan, float[] sumSquare, float[] sumSpanSquare,
      float span, float perSpan, float perArea) {
    float[] x = rowReal;
    float[] angle = rowAngle;
    float[] ok = rowOk;
    // Every loop reads its arrays at one index (see the class comment): the results are copied
    // to the sums' frame.
    for (int c = 1; c < width - 1; c++) {
      x[c] = re[c] + (1f - some[c]); // no product: angle 0, and no NaN times 0
    }
    FastAtan2.atan2(im, x, angle, 1, width - 1);
    float[] gain = rowGain;
    for (int c = 1; c < width - 1; c++) {
      gain[c] = ok[c] * weights[c] * perArea;
      angle[c] = 0.5f * angle[c];
    }
    int from = row + 1 - step;
    int to = row + width - 1 - step;
    float[] g = frameGain;
    float[] gradient = frameGradient;
    System.arraycopy(gain, 1, g, from, to - from);
    System.arraycopy(angle, 1, gradient, from, to - from);
    for (int j = from; j < to; j++) {
      float wg = g[j] * gradient[j];
      sum[j] += wg;
      sumSquare[j] += wg * gradient[j] * perSpan;
    }
    for (int j = from; j < to; j++) {
      float gs = g[j] * span;
      sumSpan[j] += gs;
      sumSpanSquare[j] += gs * gs;
    }
  }

  private void allocateWorkArrays() {
    if (window > 1) {
      windowSums = new WindowSums(width, height, window);
      rowReal = new float[width];
      rowAngle = new float[width];
      rowOk = new float[width];
      rowSomeAzimuth = new float[width];
      rowSomeRange = new float[width];
      rowUsable = new float[width];
      rowGain = new float[width];
      frameGain = new float[n];
      frameGradient = new float[n];
      phase = rowAngle; // marks the arrays allocated
      return;
    }
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
    Arrays.fill(sumAzimuthSquare, 0);
    Arrays.fill(sumAzimuthSpanSquare, 0);
    Arrays.fill(sumRangeSquare, 0);
    Arrays.fill(sumRangeSpanSquare, 0);
  }

  /**
   * Writes the stacked rates and counts.
   *
   * @param azimuthRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param rangeRate output, rad/pixel/year, NaN where no interferogram contributed; modified
   * @param contributors output, interferograms that contributed per pixel; modified
   */
  public void finish(float[] azimuthRate, float[] rangeRate, int[] contributors) {
    finish(azimuthRate, rangeRate, contributors, null);
  }

  /**
   * Writes the stacked rates, counts and, when {@code standardError} is not null, the standard
   * error of the rates: sqrt(se_az^2 + se_rg^2), rad/pixel/year, NaN where no interferogram
   * contributed and infinite where one did. Per axis, with v = w dt the weight of the
   * interferogram's own rate g / dt in the stacked rate r = sum(v g/dt) / sum(v):
   * se^2 = s^2 / (n_eff - 1), s^2 = sum(v (g/dt - r)^2) / sum(v) the weighted scatter and
   * n_eff = sum(v)^2 / sum(v^2) the effective number of interferograms.
   *
   * @param standardError output, or null; modified
   */
  public void finish(float[] azimuthRate, float[] rangeRate, int[] contributors,
      float[] standardError) {
    if (standardError != null && standardError.length != n) {
      throw new IllegalArgumentException("arrays must hold " + n + " samples, got standardError "
          + standardError.length);
    }
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
      if (standardError != null) {
        standardError[i] = c == 0 ? Float.NaN : c == 1 ? Float.POSITIVE_INFINITY
            : (float) Math.sqrt(
                variance(sumAzimuth[i - width], sumAzimuthSpan[i - width],
                    sumAzimuthSquare[i - width], sumAzimuthSpanSquare[i - width])
                + variance(sumRange[i - 1], sumRangeSpan[i - 1], sumRangeSquare[i - 1],
                    sumRangeSpanSquare[i - 1]));
      }
    }
  }

  /** Variance of one axis's stacked rate from its sums (see finish). */
  private static double variance(double sum, double sumSpan, double sumSquare,
      double sumSpanSquare) {
    double rate = sum / sumSpan;
    double scatter = Math.max(0, sumSquare - rate * sum) / sumSpan;
    double effective = sumSpan * sumSpan / sumSpanSquare;
    return effective > 1 + 1e-6 ? scatter / (effective - 1) : Double.POSITIVE_INFINITY;
  }

  private static float checkedSpan(double spanYears) {
    if (!(spanYears > 0) || Double.isInfinite(spanYears)) {
      throw new IllegalArgumentException("spanYears must be positive and finite, got "
          + spanYears);
    }
    return (float) spanYears;
  }
}
