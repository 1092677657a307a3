package org.dlinsar.ui.detections;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads a product's detections from its metadata (CONTRACT.md section 2): DL-Detect's
 * {@code Detections} element, joined by id with Local-SBAS's {@code Local_SBAS} element when the
 * product went through Local-SBAS.
 */
public final class DetectionRows {

  static final String DETECTIONS = "Detections";
  static final String LOCAL_SBAS = "Local_SBAS";

  private DetectionRows() {
  }

  /** The product's detections in metadata order; empty when DL-Detect never ran on it. */
  public static List<DetectionRow> of(Product product) {
    List<DetectionRow> rows = new ArrayList<>();
    MetadataElement detections = product.getMetadataRoot().getElement(DETECTIONS);
    if (detections == null) {
      return rows;
    }
    MetadataElement sbas = product.getMetadataRoot().getElement(LOCAL_SBAS);
    Map<Integer, Double> velocities = perDetection(sbas, "velocity_mm_per_year");
    Map<Integer, Double> coherences = perDetection(sbas, "temporal_coherence");
    for (MetadataElement d : detections.getElements()) {
      int id = d.getAttributeInt("id");
      String[] dates = d.getAttributeString("dates_seen", "").split(",");
      rows.add(new DetectionRow(id, d.getAttributeString("class"), d.getAttributeDouble("score"),
          velocities.getOrDefault(id, Double.NaN), coherences.getOrDefault(id, Double.NaN),
          dates[0], dates[dates.length - 1],
          box(PixelBox.parse(d.getAttributeString("bbox_px", ""), "bbox_px of " + DETECTIONS
              + " element '" + d.getName() + "' of product '" + product.getName() + "'"))));
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

  /** A pixel box as Swing's rectangle (x, y, width, height). */
  private static Rectangle box(PixelBox b) {
    return new Rectangle(b.x0(), b.y0(), b.width(), b.height());
  }
}
