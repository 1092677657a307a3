/**
 * Coherence masks of interferograms: which pixels carry usable phase.
 *
 * <p>Input: the interferogram stack ({@code i_ifg_*}, {@code q_ifg_*}, {@code coh_*} bands, see
 * {@link org.dlinsar.ifg}). Output of the {@code DL-Mask} operator: one
 * {@code mask_ifg_<suffix>} uint8 band per interferogram, 1 = coherent phase, 0 = decorrelated or
 * no data (CONTRACT.md section 2), with the source bands carried through. Methods: {@code OTSU},
 * the per-interferogram Otsu threshold of coherence ({@link org.dlinsar.mask.OtsuThreshold}, the
 * baseline), {@code THRESHOLD}, a fixed coherence threshold, and {@code DL}, the SKRAU-Net mask
 * model, which is not installed yet.
 *
 * <p>Papers: Otsu 1979 (IEEE Trans. SMC 9:62, threshold selection from grey-level histograms);
 * Zhang et al. 2021 (IEEE JSTARS 14:8537, SKRAU-Net).
 */
package org.dlinsar.mask;
