package org.dlinsar.mask;

import java.awt.Rectangle;
import java.util.List;
import org.dlinsar.ifg.Interferogram;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.gpf.Operator;

/**
 * One Otsu coherence threshold per interferogram over its whole coherence band, computed once, on
 * first use ({@link OncePerInterferogram}).
 *
 * <p>The band is read in {@link BandStrips} through the operator's source tiles, so memory stays
 * bounded whatever the raster size, and the threshold does not depend on the target tile grid;
 * the strips are gathered into a {@link CoherenceHistogram}, as a distributed run gathers its tiles.
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
    Band coherence = interferograms.get(index).coherence();
    CoherenceHistogram histogram = new CoherenceHistogram();
    for (Rectangle strip : BandStrips.of(coherence.getRasterWidth(), coherence.getRasterHeight())) {
      histogram.add(operator.getSourceTile(coherence, strip).getSamplesFloat(), coherence, strip);
    }
    return histogram.threshold(coherence.getProduct().getName(), coherence.getName(), operator.getLogger());
  }
}
