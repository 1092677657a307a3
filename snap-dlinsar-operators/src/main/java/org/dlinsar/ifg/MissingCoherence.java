package org.dlinsar.ifg;

import java.util.List;
import java.util.function.Consumer;

/**
 * One warning for a stack's interferograms without a coherence band: the stages after DL-Mask
 * take such a pixel as fully coherent, which is right for none of them, so a stack imported or
 * formed without {@code coh_} bands and run on directly (DL-Mask refuses it) is told so, not
 * weighed and referenced as if every pixel were stable ground.
 */
public final class MissingCoherence {

  /** Interferograms named in the line at most; the rest are counted. */
  private static final int LISTED = 4;

  private MissingCoherence() {}

  /**
   * Tells {@code log} "{@code line}: k of n interferograms have no coherence band (coh_..., ...
   * missing), so every pixel of theirs counts as fully coherent: {@code consequence}", when some
   * of {@code interferograms} have none.
   *
   * @param line the operator and product, as its other lines begin ({@link InterferogramStack#lineOf})
   */
  public static void warn(List<Interferogram> interferograms, String line, String consequence,
      Consumer<String> log) {
    List<String> without = interferograms.stream().filter(ifg -> !ifg.hasCoherence())
        .map(ifg -> BandNames.coherence(ifg.suffix())).toList();
    if (without.isEmpty()) {
      return;
    }
    int all = interferograms.size();
    String which = without.size() == all ? "no interferogram has a coherence band"
        : without.size() + " of " + all + " interferograms have no coherence band";
    log.accept(line + ": " + which + " (" + ListedNames.of(without, LISTED)
        + " missing), so every pixel of theirs counts as fully coherent: " + consequence);
  }
}
