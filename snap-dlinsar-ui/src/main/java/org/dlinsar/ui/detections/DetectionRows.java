package org.dlinsar.ui.detections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.sbas.SbasSummary;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads a product's detections from its metadata (CONTRACT.md section 2): DL-Detect's
 * {@code Detections} element, as {@link DetectionsRead} reads it, joined by id with Local-SBAS's
 * {@code Local_SBAS} element when the product went through Local-SBAS.
 */
public final class DetectionRows {

  private DetectionRows() {
  }

  /**
   * The product's detections in metadata order; empty when DL-Detect never ran on it.
   *
   * @throws IllegalArgumentException naming the product when its Detections metadata is malformed
   */
  public static List<DetectionRow> of(Product product) {
    List<DetectionRow> rows = new ArrayList<>();
    if (!DetectionsRead.inMetadata(product)) {
      return rows;
    }
    MetadataElement sbas = product.getMetadataRoot().getElement(SbasSummary.ELEMENT);
    Map<Integer, Double> velocities = perDetection(sbas, "velocity_mm_per_year");
    Map<Integer, Double> velocityStds = perDetection(sbas, "velocity_std_mm_per_year");
    Map<Integer, Double> coherences = perDetection(sbas, "temporal_coherence");
    Map<Integer, Double> demErrors = perDetection(sbas, "dem_error_m");
    Map<Integer, Double> downslope = perDetection(sbas, "velocity_downslope_mm_per_year");
    Map<Integer, Double> downslopeStd = perDetection(sbas, "velocity_downslope_std_mm_per_year");
    for (DetectionsRead.Row d : DetectionsRead.from(product)) {
      String[] dates = d.datesSeen().split(",");
      rows.add(new DetectionRow(d.id(), d.detectionClass(), d.score(),
          velocities.getOrDefault(d.id(), Double.NaN), velocityStds.getOrDefault(d.id(), Double.NaN),
          coherences.getOrDefault(d.id(), Double.NaN), demErrors.getOrDefault(d.id(), Double.NaN),
          downslope.getOrDefault(d.id(), Double.NaN), downslopeStd.getOrDefault(d.id(), Double.NaN), dates[0], dates[dates.length - 1], d.box().rectangle()));
    }
    return rows;
  }

  /** A number Local-SBAS reports per detection, by detection id (none without Local-SBAS). */
  private static Map<Integer, Double> perDetection(MetadataElement sbas, String attribute) {
    Map<Integer, Double> values = new HashMap<>();
    if (sbas != null) {
      for (MetadataElement d : sbas.getElements()) {
        values.put(d.getAttributeInt("id"), d.getAttributeDouble(attribute, Double.NaN));
      }
    }
    return values;
  }
}
