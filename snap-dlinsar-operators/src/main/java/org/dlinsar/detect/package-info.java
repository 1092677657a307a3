/**
 * Detection of small moving targets, the DL-Detect operator: slow landslides in a gradient stack
 * and subsidence bowls in wrapped interferograms, by scale-space blob detection against the
 * frame's own noise floor (method CLASSICAL; a DL detector is to come).
 *
 * <p>Input: {@code grad_az}, {@code grad_rg}, {@code grad_count} of Phase-Gradient-Stack (mode
 * LANDSLIDE; {@code grad_stderr}, {@code elevation} and the interferograms when present), or the interferogram bands
 * {@code i_ifg_*}, {@code q_ifg_*} (mode SUBSIDENCE; {@code mask_ifg_*} when present). Output
 * (CONTRACT.md sections 2 and 3): the {@code Detections} metadata element, the
 * {@code detection_id} int32 band, and {@code <name>.detections.geojson} and {@code .csv}.
 *
 * <p>A moving blob's phase gradient points into it from every side, so the divergence of the
 * gradient field (the Laplacian of the phase) peaks on it: {@link
 * org.dlinsar.detect.StackedGradientDivergence} and {@link org.dlinsar.detect.FringeDivergence}
 * give that field, {@link org.dlinsar.detect.BlobScanner} smooths it at a few scales a strip of
 * rows at a time and keeps its local maxima, {@link org.dlinsar.detect.BlobSelection} scores them
 * against the robust noise floor and suppresses non-maxima across scales and strips, and {@link
 * org.dlinsar.detect.TemporalSignature} drops what one date's atmosphere explains better than
 * ground motion. The algorithms are plain Java on float arrays; {@code DlDetectOp},
 * {@code DetectionRun}, {@code LandslideRun}, {@code SubsidenceRun}, {@code SlopeFilter},
 * {@code SourceRasters}, {@code HeldBands},
 * {@code DetectionCorners} and {@code DetectionsMetadata} are the SNAP side, with {@code DetectionsRead}, which reads those outputs
 * back (metadata, GeoJSON or CSV) for the stages after detection and for scoring.
 *
 * <p>Papers: Lindeberg 1998 (scale-space blob detection, Int. J. Comput. Vision 30:79); Wells
 * 1986 (repeated box filters approximate the Gaussian); van Herk 1992, Gil and Werman 1993
 * (running maximum); Rousseeuw and Croux 1993 (MAD); Fu et al. 2022 (landslides in gradient
 * stacks); Wang, Zhang and Wu 2023 (detection-first InSAR); Smyth 2004 (moderated variances,
 * Stat. Appl. Genet. Mol. Biol. 3:3); Crow 1984 (summed-area tables).
 */
package org.dlinsar.detect;
