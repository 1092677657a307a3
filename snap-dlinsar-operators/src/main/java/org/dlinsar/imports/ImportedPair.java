package org.dlinsar.imports;

import java.nio.file.Path;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Pair;

/**
 * One interferogram to import: its complex samples ({@code phase}, fcomplex big-endian) and its
 * coherence ({@code coherence}, float32 big-endian), or null when it is estimated from the phase;
 * {@code laterFirst} when its file names the later date first, and its bands are named so too
 * (read back as the conjugate of the date-ordered pair, as SNAP's are).
 */
public record ImportedPair(Pair pair, Path phase, Path coherence, boolean laterFirst) {

  /** A pair named in date order. */
  public ImportedPair(Pair pair, Path phase, Path coherence) {
    this(pair, phase, coherence, false);
  }

  /** The suffix of its bands: the dates in the order its file names them. */
  String suffix() {
    String reference = BandNames.formatDate(pair.reference());
    String secondary = BandNames.formatDate(pair.secondary());
    return laterFirst ? secondary + "_" + reference : reference + "_" + secondary;
  }
}
