package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.mask.CoherenceHistogram;
import org.dlinsar.mask.LogAmplitudeHistogram;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * What DL-Mask takes from each interferogram's whole band, as histograms of one part of the
 * frame: the coherence histogram whose Otsu threshold OTSU masks at, the ln|z| histogram whose
 * median DL's amplitude channel is relative to. Merged over the tiles they give the whole band's
 * values exactly, as DL-Mask takes them on one machine, with DL-Mask's own histograms: coherence
 * outside 0..1 is refused and a constant coherence band warned of as there. Samples count as
 * DL-Mask's source tiles give them: NaN where the band's valid mask is false.
 *
 * @param product the name of the stack's product, for the log: a task's part of the frame is named
 *     as the frame (PixelRegionSubset), so the line names the product DL-Mask reads on one machine
 * @param coherence per interferogram in the stack's order, or null when not asked for
 * @param coherenceBands their coherence bands' names (null where none), for the log
 * @param amplitude per interferogram in the stack's order, or null when not asked for
 */
record FrameStatistics(String product, CoherenceHistogram[] coherence, String[] coherenceBands,
    LogAmplitudeHistogram[] amplitude) implements Serializable {

  private static final Logger LOG = Logger.getLogger(FrameStatistics.class.getName());

  /** The histograms of {@code region} of the stack, those asked for. */
  static FrameStatistics of(Product stack, Rectangle region, boolean coherence, boolean amplitude) throws IOException {
    List<Interferogram> interferograms = InterferogramStack.of(stack).interferograms();
    int n = interferograms.size();
    CoherenceHistogram[] histograms = coherence ? new CoherenceHistogram[n] : null;
    String[] bands = new String[n];
    LogAmplitudeHistogram[] logAmplitude = amplitude ? new LogAmplitudeHistogram[n] : null;
    for (int i = 0; i < n; i++) {
      Interferogram ifg = interferograms.get(i);
      bands[i] = ifg.coherence() == null ? null : ifg.coherence().getName();
      if (histograms != null) {
        histograms[i] = new CoherenceHistogram();
        if (ifg.coherence() != null) {
          histograms[i].add(validSamples(ifg.coherence(), region), ifg.coherence(), region);
        }
      }
      if (logAmplitude != null) {
        logAmplitude[i] = new LogAmplitudeHistogram();
        logAmplitude[i].add(validSamples(ifg.real(), region), validSamples(ifg.imaginary(), region));
      }
    }
    return new FrameStatistics(stack.getName(), histograms, bands, logAmplitude);
  }

  /** Adds {@code other}'s counts to these, interferogram by interferogram; returns this. */
  FrameStatistics merge(FrameStatistics other) {
    for (int i = 0; coherence != null && i < coherence.length; i++) {
      coherence[i].add(other.coherence[i]);
    }
    for (int i = 0; amplitude != null && i < amplitude.length; i++) {
      amplitude[i].add(other.amplitude[i]);
    }
    return this;
  }

  /** Each interferogram's Otsu threshold (NaN where Otsu finds none, a constant band warned of), or null. */
  double[] thresholds() {
    if (coherence == null) {
      return null;
    }
    double[] thresholds = new double[coherence.length];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = coherence[i].threshold(product, coherenceBands[i], LOG);
    }
    return thresholds;
  }

  /** Each interferogram's median ln|z|, or null. */
  double[] amplitudeReferences() {
    if (amplitude == null) {
      return null;
    }
    double[] references = new double[amplitude.length];
    for (int i = 0; i < references.length; i++) {
      references[i] = amplitude[i].median();
    }
    return references;
  }

  private static float[] validSamples(Band band, Rectangle r) throws IOException {
    float[] values = band.readPixels(r.x, r.y, r.width, r.height, new float[r.width * r.height]);
    boolean[] valid = band.readValidMask(r.x, r.y, r.width, r.height, null);
    for (int i = 0; i < values.length; i++) {
      if (!valid[i]) {
        values[i] = Float.NaN;
      }
    }
    return values;
  }
}
