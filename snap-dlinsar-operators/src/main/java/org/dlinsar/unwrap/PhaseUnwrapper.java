package org.dlinsar.unwrap;

/**
 * Unwraps the phase of one interferogram patch: the 2-D unwrapper that DL-Unwrap runs on tiles
 * and Local-SBAS runs on each interferogram of a patch. Plain Java on row-major arrays.
 */
public interface PhaseUnwrapper {

    /**
     * @param phase  wrapped phase in radians, [-pi, pi], {@code width * height}, row-major; NaN where
     *               there is no data
     * @param weight reliability of each pixel in [0, 1] (coherence, 0 where masked), same layout
     * @return the unwrapped phase, a new array: congruent with {@code phase} (their difference is a
     *     whole number of cycles at every pixel) and NaN where {@code phase} is NaN or the weight is 0
     */
    float[] unwrap(float[] phase, float[] weight, int width, int height);

    /**
     * As {@link #unwrap(float[], float[], int, int)}, given each pixel's coherence apart from its
     * weight: a network reads the coherence of every pixel, masked ones too, as it was trained on
     * them; fed the weight (0 where masked) instead, the unwrapping network scored 0.09 points
     * less on held-out interferograms (README, "DL-Unwrap with method=DL"). Unwrappers that
     * read no coherence ignore it.
     *
     * @param coherence coherence in [0, 1], same layout; NaN where unknown
     */
    default float[] unwrap(float[] phase, float[] coherence, float[] weight, int width, int height) {
        return unwrap(phase, weight, width, height);
    }
}
