/**
 * Wrapped phase gradients and their stack over interferograms: the input of landslide detection.
 *
 * <p>Input: the interferogram stack ({@code i_ifg_*}, {@code q_ifg_*}, optional {@code coh_*}
 * bands, see {@link org.dlinsar.ifg}) and, when present, the {@code mask_ifg_<suffix>} bands of
 * {@code DL-Mask}. Output of the {@code Phase-Gradient-Stack} operator (CONTRACT.md section 2):
 * {@code grad_az} and {@code grad_rg}, float32, rad/pixel/year, NaN where no interferogram
 * contributed, {@code grad_count}, int32, the number of interferograms that contributed, and
 * {@code grad_stderr}, float32, rad/pixel/year, the standard error of the rate, with the source
 * bands carried through.
 *
 * <p>{@link org.dlinsar.gradient.WrappedGradient} takes the centred gradient of one interferogram
 * as the angle of a complex product (no unwrapping); {@link org.dlinsar.gradient.GradientStacker}
 * turns many into a rate, sum of coherence-weighted gradients over sum of weighted time spans,
 * optionally from neighbour products averaged over a window, with the rate's standard error.
 *
 * <p>Papers: Xu, Sandwell et al. 2020 (phase-gradient stacking, Ridgecrest); Fu et al. 2022
 * (Front. Environ. Sci. 10:963322, gradient stacking for Attention-YOLOv3 landslide detection).
 */
package org.dlinsar.gradient;
