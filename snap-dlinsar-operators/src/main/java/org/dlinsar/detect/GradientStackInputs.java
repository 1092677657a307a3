package org.dlinsar.detect;

import java.util.List;

/**
 * What the landslide network sees of a gradient stack: each stacked rate (azimuth, range) times
 * its reliability weight ({@link RateReliability}: sqrt(n) over the moderated scatter), a
 * t-like statistic of the rate, so that one network serves short and long stacks, C- and L-band
 * and any velocity scale; clipped to +-{@value #CLIP} (a few pixels of one or two pairs can
 * reach hundreds) and NaN where there is no rate of two pairs or more. The training set
 * ({@code dlinsar training-set --task landslide}) and DL-Detect both go through here, so the
 * network is served exactly what it was trained on.
 */
public final class GradientStackInputs {

  /** The network's input channels, in order, as its card names them. */
  public static final List<String> CHANNELS = List.of("grad_az_t", "grad_rg_t");
  /** Largest |statistic| passed on. */
  static final float CLIP = 20f;

  private GradientStackInputs() {}

  /**
   * @param azimuth grad_az over a rectangle, row-major; not modified
   * @param range grad_rg over the same rectangle; not modified
   * @param count grad_count; not modified
   * @param standardError grad_stderr; not modified
   * @param planes the two channels of {@link #CHANNELS}, each as long as the inputs; modified
   */
  public static void fill(float[] azimuth, float[] range, float[] count, float[] standardError,
      float[][] planes) {
    int n = azimuth.length;
    float[] weight = planes[1];
    RateReliability.weights(count, standardError, n, weight);
    for (int i = 0; i < n; i++) {
      float w = weight[i];
      boolean rate = w > 0 && Float.isFinite(azimuth[i]) && Float.isFinite(range[i]);
      planes[0][i] = rate ? clip(azimuth[i] * w) : Float.NaN;
      planes[1][i] = rate ? clip(range[i] * w) : Float.NaN;
    }
  }

  private static float clip(float t) {
    return Math.max(-CLIP, Math.min(CLIP, t));
  }
}
