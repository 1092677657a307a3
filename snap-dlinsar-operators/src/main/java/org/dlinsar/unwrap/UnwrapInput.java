package org.dlinsar.unwrap;

import org.dlinsar.ifg.InterferogramTile;

/**
 * Turns an interferogram's samples into what a {@link PhaseUnwrapper} takes: the wrapped phase
 * (NaN where there is no data, {@link InterferogramTile#hasPhase}, as DL-Mask and
 * Phase-Gradient-Stack read it) and a weight, the coherence (1 without a coherence
 * band), 0 where the coherence is NaN (no data, CONTRACT.md section 1) and where the pixel is
 * masked: by its {@code mask_ifg_} band when there is one, else below the coherence threshold.
 * Plain arrays, row-major. Public so that the training sets' classical baseline unwraps exactly
 * what DL-Unwrap would.
 */
public final class UnwrapInput {

  private UnwrapInput() {}

  /**
   * @param coherence the coherence samples, or null when the interferogram has no coherence band
   * @param mask the mask samples (0 = masked), or null to threshold the coherence instead
   * @param phaseOut wrapped phase, radians. Modified.
   * @param weightOut weight in [0, 1]. Modified.
   */
  public static void of(float[] real, float[] imaginary, float[] coherence, float[] mask, float threshold,
      float[] phaseOut, float[] weightOut) {
    for (int i = 0; i < real.length; i++) {
      float re = real[i];
      float im = imaginary[i];
      boolean noData = !InterferogramTile.hasPhase(re, im);
      phaseOut[i] = noData ? Float.NaN : (float) Math.atan2(im, re);
      float c = coherence == null ? 1f : coherence[i];
      // NaN coherence fails both tests: no data
      float weight = c >= 0f ? StrictMath.min(1f, c) : 0f;
      boolean masked = mask != null ? !(mask[i] > 0) : !(c >= threshold);
      weightOut[i] = noData || masked ? 0f : weight;
    }
  }
}
