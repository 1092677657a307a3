package org.dlinsar.ui.detections;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.sbas.SbasSummary;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * One detection's displacement time series at its peak pixel: what Local-SBAS writes to its CSV
 * (CONTRACT.md section 4), read here from the product itself, so the window needs no file beside
 * it: the {@code disp_<date>} bands at the pixel {@code peak_px} of the detection's
 * {@code Local_SBAS} element.
 */
public record DisplacementSeries(List<LocalDate> dates, List<Double> displacementMm) {

  /** Every detection's series in {@code product}, by id; empty when Local-SBAS did not run on it. */
  public static Map<Integer, DisplacementSeries> of(Product product) throws IOException {
    Map<Integer, DisplacementSeries> series = new LinkedHashMap<>();
    MetadataElement sbas = product.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    if (sbas == null) {
      return series;
    }
    Map<LocalDate, Band> byDate = new TreeMap<>();
    for (Band band : product.getBands()) {
      String name = band.getName();
      if (name.startsWith(BandNames.DISPLACEMENT_PREFIX)) {
        byDate.put(BandNames.parseDate(name.substring(BandNames.DISPLACEMENT_PREFIX.length()), name), band);
      }
    }
    float[] sample = new float[1];
    for (MetadataElement detection : sbas.getElements()) {
      String peak = detection.getAttributeString("peak_px", null);
      if (peak == null || byDate.isEmpty()) {
        continue;
      }
      String[] xy = peak.split(",");
      int x = Integer.parseInt(xy[0].trim());
      int y = Integer.parseInt(xy[1].trim());
      List<Double> values = new ArrayList<>();
      for (Band band : byDate.values()) {
        values.add((double) band.readPixels(x, y, 1, 1, sample)[0]);
      }
      series.put(detection.getAttributeInt("id"), new DisplacementSeries(List.copyOf(byDate.keySet()), values));
    }
    return series;
  }
}
