package org.dlinsar.mask;

import java.awt.Rectangle;
import java.io.Serializable;
import java.util.Locale;
import java.util.logging.Logger;
import org.dlinsar.ifg.InterferogramTiles;
import org.esa.snap.core.datamodel.Band;

/**
 * The coherence histogram of one interferogram's whole band, gathered strip by strip, and the Otsu
 * threshold DL-Mask OTSU masks at. DL-Mask gathers the band's {@link BandStrips} on one machine
 * ({@link CoherenceThresholds}); a distributed run gathers each tile and merges them
 * ({@link #add(CoherenceHistogram)}): the same counts, so the same threshold, refusal and warning.
 */
public final class CoherenceHistogram implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OtsuThreshold otsu = new OtsuThreshold();

  /**
   * Adds a strip of the band, once its coherence is known to lie in 0..1: a band of another scale
   * has no threshold to find ({@link InterferogramTiles#checkCoherence}).
   *
   * @param samples the strip's samples row by row, NaN where none; not modified
   * @param band the coherence band, named by a refusal
   * @param strip where the samples lie in the band
   * @throws org.esa.snap.core.gpf.OperatorException for coherence outside 0..1
   */
  public void add(float[] samples, Band band, Rectangle strip) {
    InterferogramTiles.checkCoherence(samples, band, strip);
    otsu.add(samples, 0, samples.length);
  }

  /** Adds the counts of another part of the same band. */
  public void add(CoherenceHistogram other) {
    otsu.add(other.otsu);
  }

  /**
   * The Otsu threshold of the samples added (NaN when there is none); logged, and a constant band
   * warned of.
   *
   * @param product the name of the band's product, for the log: a log may hold many frames
   * @param band the band's name, for the log
   */
  public float threshold(String product, String band, Logger logger) {
    float value = otsu.threshold();
    logger.fine(() -> String.format(Locale.ROOT, "DL-Mask OTSU: product '%s': coherence threshold %.4f for band %s",
        product, value, band));
    // A band of zeros or NaNs has no data, which NoDataWatch reports once the tiles are done;
    // a constant band with data is told here, as only the histogram sees it.
    if (Float.isNaN(value) && otsu.lowestValue() > 0) {
      logger.warning(String.format(Locale.ROOT, "DL-Mask OTSU: product '%s': coherence band %s is constant (about"
          + " %.2f): no contrast, no threshold; its mask is 0 everywhere (method=THRESHOLD masks by a fixed"
          + " coherence)", product, band, otsu.lowestValue()));
    }
    return value;
  }
}
