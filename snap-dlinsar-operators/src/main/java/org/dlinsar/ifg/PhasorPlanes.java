package org.dlinsar.ifg;

import java.util.List;

/**
 * The input planes of the networks that read one interferogram as phase and coherence (DDNet,
 * and PUNet's training set): the phasor's cos and sin, NaN where there is no data or the pixel is
 * masked, and the coherence. Training sets and the operators fill them here, so a network is
 * served what it was trained on.
 */
public final class PhasorPlanes {

  /** The channels, in order, as model cards name them. */
  public static final List<String> CHANNELS = List.of("cos_phase", "sin_phase", "coherence");

  private PhasorPlanes() {}

  /**
   * @param real real parts; not modified
   * @param imaginary imaginary parts; not modified
   * @param coherence coherence; not modified
   * @param keep 1 where the pixel is kept (a mask), or null to keep every pixel with data
   * @param planes three planes as long as the inputs; modified
   */
  public static void fill(float[] real, float[] imaginary, float[] coherence, byte[] keep,
      float[][] planes) {
    for (int i = 0; i < real.length; i++) {
      double magnitude = Math.hypot(real[i], imaginary[i]);
      boolean data = magnitude > 0 && (keep == null || keep[i] == 1);
      planes[0][i] = data ? (float) (real[i] / magnitude) : Float.NaN;
      planes[1][i] = data ? (float) (imaginary[i] / magnitude) : Float.NaN;
      planes[2][i] = coherence[i];
    }
  }
}
