package org.dlinsar.mask;

import java.util.Locale;
import java.awt.Rectangle;
import java.util.List;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramTiles;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.gpf.Operator;

/**
 * One Otsu coherence threshold per interferogram over its whole coherence band, computed once, on
 * first use ({@link OncePerInterferogram}).
 *
 * <p>The band is read in {@link BandStrips} through the operator's source tiles, so memory stays
 * bounded whatever the raster size, and the threshold does not depend on the target tile grid.
 */
final class CoherenceThresholds {

  private final Operator operator;
  private final List<Interferogram> interferograms;
  private final OncePerInterferogram thresholds;

  /**
   * @param operator the operator whose source tiles are read
   * @param interferograms the interferograms, each with a coherence band
   */
  CoherenceThresholds(Operator operator, List<Interferogram> interferograms) {
    this.operator = operator;
    this.interferograms = interferograms;
    this.thresholds = new OncePerInterferogram(interferograms.size(), this::compute);
  }

  /** Returns the Otsu threshold of interferogram {@code index}, computing it on first call. */
  float threshold(int index) {
    return (float) thresholds.get(index);
  }

  private double compute(int index) {
    Interferogram ifg = interferograms.get(index);
    OtsuThreshold otsu = wholeBandHistogram(ifg.coherence());
    float value = otsu.threshold();
    operator.getLogger().fine(() -> String.format(Locale.ROOT,
        "DL-Mask OTSU: coherence threshold %.4f for interferogram %s", value, ifg.suffix()));
    // A band of zeros or NaNs has no data, which NoDataWatch reports once the tiles are done;
    // a constant band with data is told here, as only the histogram sees it.
    if (Float.isNaN(value) && otsu.lowestValue() > 0) {
      operator.getLogger().warning(String.format(Locale.ROOT, "DL-Mask OTSU: coherence band %s is constant"
          + " (about %.2f): no contrast, no threshold; its mask is 0 everywhere (method=THRESHOLD"
          + " masks by a fixed coherence)", ifg.coherence().getName(), otsu.lowestValue()));
    }
    return value;
  }

  private OtsuThreshold wholeBandHistogram(Band coherence) {
    OtsuThreshold otsu = new OtsuThreshold();
    for (Rectangle strip : BandStrips.of(coherence.getRasterWidth(), coherence.getRasterHeight())) {
      float[] values = operator.getSourceTile(coherence, strip).getSamplesFloat();
      InterferogramTiles.checkCoherence(values, coherence, strip); // before a histogram of it is told
      otsu.add(values, 0, values.length);
    }
    return otsu;
  }
}
