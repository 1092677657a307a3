/**
 * Local-SBAS: small-baseline time series on patches around detections; README, "Local time series".
 *
 * <p>Per patch (a detection's box grown by {@code margin}): each interferogram is unwrapped through
 * {@link org.dlinsar.unwrap.PhaseUnwrapper}, referenced to the median of stable coherent pixels in
 * a ring around the detection ({@link ReferenceRing}), cleared of 2-pi jumps by integer least
 * squares on triplet closures ({@link ClosureCorrection}, as MintPy's phase-closure correction),
 * then inverted per pixel on the small-baseline network ({@link SbasInversion}: coherence-weighted
 * least squares, SVD minimum norm across disconnected subsets, Berardino et al. 2002). Outputs:
 * {@code velocity} and its uncertainty {@code velocity_std} (mm/year: the line's standard error
 * and the still ring's velocity scatter in quadrature), {@code disp_<ddMMMyyyy>}
 * (mm), {@code rms_residual} (mm), {@code temporal_coherence} and the time-series CSV of CONTRACT.md section 4. Line-of-sight
 * displacement is positive toward the satellite: d = -lambda / (4 pi) phase.
 *
 * <p>References: Berardino, Fornaro, Lanari and Sansosti 2002, IEEE TGRS 40(11):2375-2383;
 * Pepe and Lanari 2006, IEEE TGRS 44(9):2374-2383 (temporal coherence);
 * Yunjun, Fattahi and Amelung 2019 (MintPy), Computers and Geosciences 133:104331, section 3.2.
 */
package org.dlinsar.sbas;
