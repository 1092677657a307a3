package org.dlinsar.sbas;

import java.util.List;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * What Local-SBAS tells beside its bands: each detection's series at its peak pixel (the CSV's
 * rows) and the {@code Local_SBAS} metadata element: {@code margin}, {@code patches},
 * {@code closure_corrections} (pair phases changed by the closure correction, over every patch),
 * {@code network_patterns}, and per detection {@code detection.<id>} with {@code patch_px}
 * ("x0,y0,x1,y1"), {@code peak_px} ("x,y"), {@code velocity_mm_per_year},
 * {@code closure_corrections} and {@code dropped_interferograms}.
 */
public final class SbasSummary {

  /** The element's name, for its readers (the report, the Detections window, the bench). */
  public static final String ELEMENT = "Local_SBAS";

  private SbasSummary() {}

  /** The series of a patch's pixel {@code peak} (-1: all NaN). */
  static TimeSeriesCsv.Series seriesAt(int id, PatchResult r, int peak, int dates) {
    double[] d = new double[dates];
    for (int k = 0; k < dates; k++) {
      d[k] = peak < 0 ? Double.NaN : r.displacementMm()[k][peak];
    }
    return new TimeSeriesCsv.Series(id, d, peak < 0 ? Double.NaN : r.velocityMmPerYear()[peak]);
  }

  static MetadataElement metadata(List<DetectionBox> detections, List<PatchResult> results,
      List<TimeSeriesCsv.Series> series, int margin, int patterns, String unwrapping) {
    MetadataElement element = new MetadataElement(ELEMENT);
    element.setAttributeString("unwrapping", unwrapping);
    element.setAttributeInt("margin", margin);
    element.setAttributeInt("patches", detections.size());
    element.setAttributeInt("network_patterns", patterns);
    long corrected = 0;
    for (int k = 0; k < detections.size(); k++) {
      PatchResult r = results.get(k);
      corrected += r.corrected();
      MetadataElement child = new MetadataElement("detection." + detections.get(k).id());
      child.setAttributeInt("id", detections.get(k).id());
      child.setAttributeString("patch_px", r.box().toCsv());
      int peak = r.peakIndex(detections.get(k).box());
      if (peak >= 0) {
        child.setAttributeString("peak_px", (r.box().x0() + peak % r.box().width()) + ","
            + (r.box().y0() + peak / r.box().width()));
        child.setAttributeDouble("temporal_coherence", r.temporalCoherence()[peak]);
      }
      child.setAttributeDouble("velocity_mm_per_year", series.get(k).velocityMmPerYear());
      child.setAttributeString("closure_corrections", Long.toString(r.corrected()));
      child.setAttributeInt("dropped_interferograms", r.droppedPairs());
      element.addElement(child);
    }
    element.setAttributeString("closure_corrections", Long.toString(corrected));
    return element;
  }
}
