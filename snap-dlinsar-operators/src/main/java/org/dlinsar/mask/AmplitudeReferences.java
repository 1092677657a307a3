package org.dlinsar.mask;

import java.awt.Rectangle;
import java.util.List;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.esa.snap.core.gpf.Operator;

/**
 * The median ln|z| of each interferogram over its whole band ({@link MaskInputs}), computed once,
 * on first use ({@link OncePerInterferogram}), reading the band in {@link BandStrips}.
 */
final class AmplitudeReferences {

  private final Operator operator;
  private final List<Interferogram> interferograms;
  private final OncePerInterferogram references;

  AmplitudeReferences(Operator operator, List<Interferogram> interferograms) {
    this.operator = operator;
    this.interferograms = interferograms;
    this.references = new OncePerInterferogram(interferograms.size(), this::compute);
  }

  /** The reference of interferogram {@code index}, computed on first call. */
  double of(int index) {
    return references.get(index);
  }

  private double compute(int index) {
    Interferogram ifg = interferograms.get(index);
    LogAmplitudeHistogram histogram = new LogAmplitudeHistogram();
    for (Rectangle strip : BandStrips.of(ifg.real().getRasterWidth(), ifg.real().getRasterHeight())) {
      // read as every consumer reads them: a part at its no-data value beside a valid one is data
      InterferogramTile tile = InterferogramTiles.readPhasors(operator, ifg, strip);
      histogram.add(tile.real(), tile.imaginary());
    }
    return histogram.median();
  }
}
