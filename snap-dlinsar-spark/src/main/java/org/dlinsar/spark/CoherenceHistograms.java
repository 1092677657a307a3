package org.dlinsar.spark;

import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.lite.expr.NoDataTest;
import org.dlinsar.lite.expr.ValidPixelExpression;
import org.dlinsar.mask.OtsuThreshold;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.ProductData;

/**
 * The coherence histograms of one part of the frame, one per interferogram in the stack's order:
 * merged over the tiles ({@link OtsuThreshold#add(OtsuThreshold)}) they give each
 * interferogram's Otsu threshold over the whole band, as DL-Mask OTSU takes it on one machine.
 * Samples count as DL-Mask's source tiles give them: NaN where the band's valid mask is false.
 */
final class CoherenceHistograms {

  private CoherenceHistograms() {
  }

  static OtsuThreshold[] of(File stack, Rectangle region) throws IOException {
    List<Interferogram> interferograms = InterferogramStack.of(FrameProducts.of(stack)).interferograms();
    OtsuThreshold[] histograms = new OtsuThreshold[interferograms.size()];
    for (int i = 0; i < histograms.length; i++) {
      histograms[i] = new OtsuThreshold();
      Band coherence = interferograms.get(i).coherence();
      if (coherence != null) {
        float[] values = validSamples(coherence, region);
        histograms[i].add(values, 0, values.length);
      }
    }
    return histograms;
  }

  /** Merges {@code b} into {@code a}, interferogram by interferogram; returns {@code a}. */
  static OtsuThreshold[] merge(OtsuThreshold[] a, OtsuThreshold[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i].add(b[i]);
    }
    return a;
  }

  /** Each interferogram's threshold (NaN where Otsu finds none). */
  static double[] thresholds(OtsuThreshold[] histograms) {
    double[] thresholds = new double[histograms.length];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = histograms[i].threshold();
    }
    return thresholds;
  }

  private static float[] validSamples(Band band, Rectangle r) throws IOException {
    float[] values = band.readPixels(r.x, r.y, r.width, r.height, new float[r.width * r.height]);
    if (band.isNoDataValueUsed()) {
      ProductData raw = band.createCompatibleRasterData(r.width, r.height);
      band.readRasterData(r.x, r.y, r.width, r.height, raw);
      NoDataTest noData = new NoDataTest(band);
      for (int i = 0; i < values.length; i++) {
        if (!noData.isValid(raw.getElemDoubleAt(i))) {
          values[i] = Float.NaN;
        }
      }
    }
    if (ValidPixelExpression.isSet(band)) {
      boolean[] valid = ValidPixelExpression.evaluate(band, r);
      for (int i = 0; i < values.length; i++) {
        if (!valid[i]) {
          values[i] = Float.NaN;
        }
      }
    }
    return values;
  }
}
