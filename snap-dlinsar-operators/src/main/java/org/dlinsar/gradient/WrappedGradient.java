package org.dlinsar.gradient;

import java.util.Arrays;
import org.dlinsar.ifg.Cycles;

/**
 * Wrapped phase gradient of a complex interferogram along azimuth (rows, y) and range (columns,
 * x), without unwrapping.
 *
 * <p>Centred difference of the phase, taken as the angle of a complex product so that no phase is
 * unwrapped (Xu et al. 2020; Fu et al. 2022):
 * <pre>
 *   g_az(y, x) = arg( z(y+1, x) * conj(z(y-1, x)) ) / 2
 *   g_rg(y, x) = arg( z(y, x+1) * conj(z(y, x-1)) ) / 2
 * </pre>
 * in rad/pixel, computed as the wrapped difference of the two pixels' phases, which is the same
 * angle: one {@code atan2} per pixel instead of one per difference, the cost of gradient stacking.
 * Being centred, the response of a moving slope's positive/negative gradient pair stays centred
 * on it. Limit: a true gradient is recovered only while its magnitude is below
 * pi/2 rad/pixel; steeper phase wraps (the difference over two pixels leaves (-pi, pi]).
 *
 * <p>A gradient is NaN where the pixel or one of the two neighbours it uses lies outside the
 * array, has a non-finite or zero (0 + 0i, no data) sample, or is masked. Float arithmetic.
 */
public final class WrappedGradient {

  private static final float TWO_PI = (float) Cycles.TWO_PI;
  private static final float INV_TWO_PI = (float) (1 / Cycles.TWO_PI);
  private static final float ROUNDER = 0x1.8p23f;

  private WrappedGradient() {}

  /**
   * Computes both gradients of a row-major tile.
   *
   * @param real real part, {@code width * height}; not modified
   * @param imaginary imaginary part; not modified
   * @param mask 1 = usable, 0 or NaN = masked; null when nothing is masked; not modified
   * @param width tile width (range), pixels
   * @param height tile height (azimuth), pixels
   * @param azimuth output azimuth gradient, rad/pixel; modified
   * @param range output range gradient, rad/pixel; modified
   * @throws IllegalArgumentException when an array length is not {@code width * height}
   */
  public static void compute(float[] real, float[] imaginary, float[] mask, int width, int height,
      float[] azimuth, float[] range) {
    int n = width * height;
    if (width < 1 || height < 1 || real.length != n || imaginary.length != n
        || azimuth.length != n || range.length != n || (mask != null && mask.length != n)) {
      throw new IllegalArgumentException("arrays must hold " + width + " x " + height + " = " + n
          + " samples, got real " + real.length + ", imaginary " + imaginary.length
          + ", mask " + (mask == null ? "none" : mask.length) + ", azimuth " + azimuth.length
          + ", range " + range.length);
    }
    float[] phase = new float[n];
    FastAtan2.atan2(imaginary, real, phase);
    // Gradients first, in branch-free loops over the whole tile; then, only where some sample is
    // not usable, NaN over what it touched. Per-sample validity tests cost a third of the time.
    // The neighbours are copied to the loop's index: HotSpot (JDK 17) leaves a loop that reads an
    // array at an offset from the index it writes scalar.
    float[] ahead = new float[n];
    float[] behind = new float[n];
    if (height > 2) {
      System.arraycopy(phase, 2 * width, ahead, width, n - 2 * width);
      System.arraycopy(phase, 0, behind, width, n - 2 * width);
      for (int i = width; i < n - width; i++) {
        azimuth[i] = halfWrapped(ahead[i] - behind[i]);
      }
    }
    Arrays.fill(azimuth, 0, Math.min(n, width), Float.NaN);
    Arrays.fill(azimuth, Math.max(0, n - width), n, Float.NaN);
    if (n > 2) {
      System.arraycopy(phase, 2, ahead, 1, n - 2);
      System.arraycopy(phase, 0, behind, 1, n - 2);
      for (int i = 1; i < n - 1; i++) {
        range[i] = halfWrapped(ahead[i] - behind[i]);
      }
    }
    // the first and last pixels of every row have no neighbour on one side
    for (int row = 0; row < n; row += width) {
      range[row] = Float.NaN;
      range[row + width - 1] = Float.NaN;
    }
    for (int i = 0; i < n; i++) {
      // NaN phase: a NaN, infinite or 0 + 0i sample
      if (Float.isNaN(phase[i]) || (mask != null && !(mask[i] > 0f))) {
        invalidate(azimuth, range, width, height, i);
      }
    }
  }

  /** Sets NaN every gradient that uses sample {@code i}: its own and its four neighbours'. */
  private static void invalidate(float[] azimuth, float[] range, int width, int height, int i) {
    int x = i % width;
    int y = i / width;
    azimuth[i] = Float.NaN;
    range[i] = Float.NaN;
    if (y > 0) {
      azimuth[i - width] = Float.NaN;
    }
    if (y < height - 1) {
      azimuth[i + width] = Float.NaN;
    }
    if (x > 0) {
      range[i - 1] = Float.NaN;
    }
    if (x < width - 1) {
      range[i + 1] = Float.NaN;
    }
  }

  /**
   * Half of a phase difference, wrapped into [-pi, pi] first. The whole turns are rounded by adding
   * and subtracting 1.5 * 2^23, where float keeps no fraction: plain arithmetic, so no branch that
   * noisy phase would make unpredictable, and loops over it vectorize. Ties round to even, as
   * {@link Math#rint} does.
   */
  static float halfWrapped(float difference) {
    float turns = (difference * INV_TWO_PI + ROUNDER) - ROUNDER;
    return 0.5f * (difference - TWO_PI * turns);
  }
}
