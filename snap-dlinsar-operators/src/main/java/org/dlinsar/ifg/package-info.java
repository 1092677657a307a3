/**
 * The interferogram stack: which interferograms a product holds, their pairs, dates and radar
 * wavelength, and their samples tile by tile.
 *
 * <p>Input (CONTRACT.md section 1): BEAM-DIMAP products as SNAP 12-14 writes them, one band
 * triplet per interferogram, {@code i_ifg_<tag>_<ref>_<sec>} (unit {@code real}),
 * {@code q_ifg_<tag>_<ref>_<sec>} (unit {@code imaginary}) and optionally
 * {@code coh_<tag>_<ref>_<sec>} (unit {@code coherence}), float32, dates {@code ddMMMyyyy};
 * virtual {@code Phase_ifg_*} bands are ignored; {@code Abstracted_Metadata/radar_frequency} (MHz)
 * gives the wavelength, Sentinel-1 C-band by default. Old ({@code mst/slv}) and new
 * ({@code ref/sec}) stack markers in band names are both accepted.
 *
 * <p>Output: {@link org.dlinsar.ifg.InterferogramStack} of {@link org.dlinsar.ifg.Interferogram}s
 * with their {@link org.dlinsar.ifg.Pair}s for the operators, and
 * {@link org.dlinsar.ifg.BandNames}, the one place where every band name of CONTRACT.md sections 1
 * and 2 is built and parsed ({@code mask_ifg_}, {@code grad_az}, {@code grad_rg},
 * {@code grad_count}, {@code grad_stderr}, {@code Unw_Phase_ifg_}, {@code detection_id}, {@code velocity},
 * {@code velocity_std}, {@code disp_<date>}, {@code rms_residual}, {@code temporal_coherence}).
 *
 * <p>Sources: every operator that reads stacks declares a mandatory {@code @SourceProduct Product
 * sourceProduct} (the stack) and an optional {@code @SourceProducts Product[] sourceProducts} (more
 * stacks, pooled), and pools them with {@link org.dlinsar.ifg.StackSources}. SNAP Desktop's dialogs
 * offer a selector only for {@code @SourceProduct} fields, gpt hands its first positional source
 * over as {@code sourceProduct} and the rest to the array, and a graph node names them
 * {@code <sourceProduct>}, {@code <sourceProduct.2>}, ... Later operators follow the same pattern.
 *
 * <p>The classes here touch the SNAP data model (bands, metadata, source tiles) and do no math on
 * samples; the algorithms of the other stages work on the float arrays they serve.
 * {@link org.dlinsar.ifg.NoDataWatch} only looks whether a band holds any data at all;
 * {@link org.dlinsar.ifg.Cycles} is the wrapped-phase arithmetic in whole cycles of 2 pi that
 * every stage on phase shares (gradients, unwrapping, SBAS), here as they all depend on this
 * package. {@link org.dlinsar.ifg.InterferogramReads} reads the interferograms of one tile or
 * patch several at once where the engine's threads would otherwise idle (a crop of a long stack).
 */
package org.dlinsar.ifg;
