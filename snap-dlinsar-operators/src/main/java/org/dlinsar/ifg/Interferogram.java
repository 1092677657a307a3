package org.dlinsar.ifg;

import java.util.Objects;
import org.esa.snap.core.datamodel.Band;

/**
 * One interferogram of a stack: its name, its pair and the bands that hold it.
 *
 * @param suffix the name shared by its bands, {@code IW1_VV_15Jan2020_27Jan2020}
 * @param tag the suffix's tokens other than dates and stack markers, {@code IW1_VV}, or ""
 * @param pair the reference and secondary dates
 * @param real the {@code i_ifg_<suffix>} band
 * @param imaginary the {@code q_ifg_<suffix>} band
 * @param coherence the {@code coh_<suffix>} band, or null when the product has none
 * @param productIndex index of the source product that holds the bands, from 0
 * @param laterFirst true when the suffix names the later date first ({@link
 *     BandNames#namesLaterDateFirst}): the bands hold the conjugate of the interferogram of
 *     {@code pair}, which {@link InterferogramTiles} serves in date order
 */
public record Interferogram(
    String suffix, String tag, Pair pair, Band real, Band imaginary, Band coherence,
    int productIndex, boolean laterFirst) {

  public Interferogram {
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(real, "real");
    Objects.requireNonNull(imaginary, "imaginary");
    if (productIndex < 0) {
      throw new IllegalArgumentException("productIndex must be >= 0, got " + productIndex);
    }
  }

  /** An interferogram named earlier date first. */
  public Interferogram(String suffix, String tag, Pair pair, Band real, Band imaginary,
      Band coherence, int productIndex) {
    this(suffix, tag, pair, real, imaginary, coherence, productIndex, false);
  }

  /** True when a coherence band came with the interferogram. */
  public boolean hasCoherence() {
    return coherence != null;
  }

  /** Name of its DL-Mask band, {@code mask_ifg_<suffix>}. */
  public String maskBandName() {
    return BandNames.mask(suffix);
  }

  /** Returns the suffix. */
  @Override
  public String toString() {
    return suffix;
  }
}
