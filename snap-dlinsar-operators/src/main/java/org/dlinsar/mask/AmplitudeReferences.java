package org.dlinsar.mask;

import java.awt.Rectangle;
import java.util.List;
import org.dlinsar.ifg.Interferogram;
import org.esa.snap.core.gpf.Operator;

/**
 * The median ln|z| of each interferogram over its whole band ({@link MaskInputs}), computed once,
 * on first use, by whichever tile thread asks first, reading the band in {@link BandStrips}.
 */
final class AmplitudeReferences {

  private final Operator operator;
  private final List<Interferogram> interferograms;
  private final double[] values;
  private final boolean[] computed;
  private final Object[] locks;

  AmplitudeReferences(Operator operator, List<Interferogram> interferograms) {
    this.operator = operator;
    this.interferograms = interferograms;
    int n = interferograms.size();
    values = new double[n];
    computed = new boolean[n];
    locks = new Object[n];
    for (int i = 0; i < n; i++) {
      locks[i] = new Object();
    }
  }

  /** The reference of interferogram {@code index}; its own lock lets the others proceed. */
  double of(int index) {
    synchronized (locks[index]) {
      if (!computed[index]) {
        Interferogram ifg = interferograms.get(index);
        LogAmplitudeHistogram histogram = new LogAmplitudeHistogram();
        for (Rectangle strip : BandStrips.of(ifg.real().getRasterWidth(), ifg.real().getRasterHeight())) {
          float[] real = operator.getSourceTile(ifg.real(), strip).getSamplesFloat();
          float[] imaginary = operator.getSourceTile(ifg.imaginary(), strip).getSamplesFloat();
          histogram.add(real, imaginary);
        }
        values[index] = histogram.median();
        computed[index] = true;
      }
      return values[index];
    }
  }
}
