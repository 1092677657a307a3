package org.dlinsar.mask;

import org.dlinsar.ifg.InterferogramTile;

/**
 * Marks coherent pixels: 1 where coherence reaches a threshold and the interferogram sample is
 * valid, 0 elsewhere.
 *
 * <p>An interferogram sample is valid when its real and imaginary parts are finite and not both
 * zero (SNAP writes 0 + 0i outside the data). A NaN or zero coherence (SNAP's no data) or a NaN
 * threshold gives 0, so a band without data is never called coherent, whatever the threshold.
 */
public final class CoherenceMasker {

  private CoherenceMasker() {}

  /**
   * Writes the mask of one tile.
   *
   * @param coherence coherence per pixel; not modified
   * @param real real part per pixel; not modified
   * @param imaginary imaginary part per pixel; not modified
   * @param threshold coherence at and above which a valid pixel is coherent
   * @param mask output, 1 = coherent, 0 = decorrelated or invalid; modified
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static void mask(float[] coherence, float[] real, float[] imaginary, float threshold,
      byte[] mask) {
    int n = mask.length;
    if (coherence.length != n || real.length != n || imaginary.length != n) {
      throw new IllegalArgumentException("arrays must have one length: mask " + n
          + ", coherence " + coherence.length + ", real " + real.length + ", imaginary "
          + imaginary.length);
    }
    for (int i = 0; i < n; i++) {
      mask[i] = (byte) (hasData(real[i], imaginary[i], coherence[i]) && coherence[i] >= threshold ? 1 : 0);
    }
  }

  /** True when a sample and its coherence are data: finite, not 0 + 0i, coherence above 0. */
  static boolean hasData(float real, float imaginary, float coherence) {
    return InterferogramTile.hasPhase(real, imaginary) && coherence > 0f;
  }
}
