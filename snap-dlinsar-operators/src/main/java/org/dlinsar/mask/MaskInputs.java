package org.dlinsar.mask;

import java.util.Arrays;
import java.util.List;

/**
 * The input planes of the DL mask network, from one interferogram's samples: the same function
 * for training shards and for DL-Mask, so the network sees in SNAP what it was trained on.
 *
 * <p>Channels, in order: cosine and sine of the phase, coherence, and the natural log of the
 * interferogram magnitude minus its median over the whole band. Phase as cos/sin and amplitude
 * relative to the band make the input independent of the processor's amplitude scale (magnitudes
 * differ by orders of magnitude between processors). No data (NaN or 0 + 0i samples, coherence
 * NaN or 0) is NaN in every channel, which inference turns into the channel's mean.
 */
public final class MaskInputs {

  /** Channel names, as the card lists them. */
  public static final List<String> CHANNELS =
      List.of("cos_phase", "sin_phase", "coherence", "log_amplitude");

  private MaskInputs() {}

  /**
   * Fills the four planes.
   *
   * @param real real parts; not modified
   * @param imaginary imaginary parts; not modified
   * @param coherence coherence; not modified
   * @param logAmplitudeReference the band's {@link #logAmplitudeReference}
   * @param planes four planes of the same length; modified
   */
  public static void fill(float[] real, float[] imaginary, float[] coherence,
      double logAmplitudeReference, float[][] planes) {
    for (int i = 0; i < real.length; i++) {
      float re = real[i];
      float im = imaginary[i];
      float coh = coherence[i];
      double magnitude = Math.hypot(re, im);
      // coherence 0 is SNAP's no data, as for Otsu and the gradient stack (NaN fails this too)
      if (!(magnitude > 0) || Double.isInfinite(magnitude) || !(coh > 0)) {
        for (float[] plane : planes) {
          plane[i] = Float.NaN;
        }
        continue;
      }
      planes[0][i] = (float) (re / magnitude);
      planes[1][i] = (float) (im / magnitude);
      planes[2][i] = coh;
      planes[3][i] = (float) (Math.log(magnitude) - logAmplitudeReference);
    }
  }

  /**
   * The median of ln|z| over the valid samples given, or 0 when there are none.
   *
   * @param real real parts; not modified
   * @param imaginary imaginary parts; not modified
   */
  public static double logAmplitudeReference(float[] real, float[] imaginary) {
    LogAmplitudeHistogram histogram = new LogAmplitudeHistogram();
    histogram.add(real, imaginary);
    return histogram.median();
  }
}
