package org.dlinsar.gradient;

import java.util.Arrays;

/**
 * Weights of interferogram samples and the flags of those that cannot be used, for both stacking
 * kernels. Arithmetic rather than tests, so that the loops vectorize (see {@link GradientStacker}).
 */
final class SampleUsability {

  private SampleUsability() {
  }

  /**
   * Fills {@code weight} (the coherence, or 1) and {@code flag} for samples {@code from} to
   * {@code to}: 0 where usable, NaN where {@code a} or {@code b} is NaN (a phase or phasor of a NaN,
   * infinite or 0 + 0i sample) or where the weight or mask m makes m + 1 / (m + |m|) not finite
   * (NaN, infinite, zero or negative). Every array is read at the same index; "+ 0" turns -0 into 0.
   *
   * @param mask null when nothing is masked
   * @param coherence null for weight 1; may be {@code weight} itself
   */
  static void weighAndFlag(float[] a, float[] b, float[] mask, float[] coherence, float[] weight,
      float[] flag, int from, int to) {
    if (coherence == null) {
      Arrays.fill(weight, from, to, 1f);
    } else if (coherence != weight) {
      System.arraycopy(coherence, from, weight, from, to - from);
    }
    for (int i = from; i < to; i++) {
      flag[i] = 0f * (a[i] + b[i] + weight[i] + 1f / (weight[i] + Math.abs(weight[i]))) + 0f;
    }
    if (mask != null) {
      for (int i = from; i < to; i++) {
        flag[i] += 0f * (mask[i] + 1f / (mask[i] + Math.abs(mask[i])));
      }
    }
  }

  /**
   * The first sample flagged unusable from {@code i} on, before {@code to}, or -1.
   * Arrays.mismatch compares whole vectors at a time: the scan costs little when all is usable.
   *
   * @param zeros zeros over at least {@code to}
   */
  static int nextUnusable(float[] flag, float[] zeros, int i, int to) {
    int k = Arrays.mismatch(flag, i, to, zeros, i, to);
    return k < 0 ? -1 : i + k;
  }
}
