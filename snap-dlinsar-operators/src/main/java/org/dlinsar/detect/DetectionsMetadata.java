package org.dlinsar.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * The {@code Detections} metadata element (CONTRACT.md section 2): the run's mode, method, for
 * method DL the network ({@code model}: name and version; the whole record in
 * {@code DL_InSAR_Models/DL-Detect}), count, what its slope filter did ({@code slope_filter}) and
 * its line filter ({@code line_filter}), and one child
 * {@code detection.<id>} per detection with {@code id}, {@code class},
 * {@code score}, {@code bbox_px} ("x0,y0,x1,y1", x1/y1 exclusive), the box's corners' lat/lon
 * and {@code dates_seen} (ISO dates joined by ','). The corners are the box's outer pixel edges in
 * image terms, first = row edge y0, last = row edge y1, near = column edge x0, far = column edge
 * x1: {@code first_near} (x0, y0), {@code first_far} (x1, y0), {@code last_far} (x1, y1),
 * {@code last_near} (x0, y1), whatever the product's geometry (on a north-up product first_near
 * is the north-west corner, whatever the pass). Unlike Abstracted_Metadata's scene corners
 * ({@code first_near_long}, at pixel centres) these end in {@code _lon} and lie on pixel edges;
 * the names are the contract's (CONTRACT.md section 3) and stay.
 */
public final class DetectionsMetadata {

  /** The element's name, for its readers (DetectionsRead, the Detections window, the bench). */
  public static final String ELEMENT = "Detections";
  /** The attribute saying what the slope filter did. */
  static final String SLOPE_FILTER = "slope_filter";
  /** The attribute saying what the line filter did ({@link LineFilter#rule}). */
  static final String LINE_FILTER = "line_filter";
  /** The corners' names, in ring order; their attributes end in {@code _lat} and {@code _lon}. */
  static final List<String> CORNERS = List.of("first_near", "first_far", "last_far", "last_near");

  private DetectionsMetadata() {}

  /**
   * The element for {@code detections}, found by {@code mode} and {@code method}.
   *
   * @param model the network's name and version for method DL, else null
   * @param slopeFilter what the slope filter did ({@link SlopeFilter#landslideRule})
   * @param lineFilter what the line filter did ({@link LineFilter#rule})
   * @param positions the datum the corners stay on ({@code datum}) or were shifted from to WGS84
   *     ({@code shifted_from_datum}) where not WGS84
   */
  static MetadataElement of(List<Detection> detections, String mode, String method, String model,
      String slopeFilter, String lineFilter, Wgs84Positions positions) {
    MetadataElement element = new MetadataElement(ELEMENT);
    element.setAttributeString("mode", mode);
    element.setAttributeString("method", method);
    if (model != null) {
      element.setAttributeString("model", model);
    }
    element.setAttributeInt("count", detections.size());
    element.setAttributeString(SLOPE_FILTER, slopeFilter);
    element.setAttributeString(LINE_FILTER, lineFilter);
    if (positions.keptDatum() != null) {
      element.setAttributeString("datum", positions.keptDatum());
    }
    if (positions.shiftedFrom() != null) {
      element.setAttributeString("shifted_from_datum", positions.shiftedFrom());
    }
    for (Detection d : detections) {
      MetadataElement child = new MetadataElement("detection." + d.id());
      child.setAttributeInt("id", d.id());
      child.setAttributeString("class", d.detectionClass().label());
      child.setAttributeDouble("score", d.score());
      child.setAttributeString("bbox_px", d.box().toCsv());
      for (int c = 0; c < d.corners().size(); c++) {
        child.setAttributeDouble(CORNERS.get(c) + "_lat", d.corners().get(c).lat());
        child.setAttributeDouble(CORNERS.get(c) + "_lon", d.corners().get(c).lon());
      }
      if (!d.datesSeen().isEmpty()) {
        // SNAP stores no empty text: no dates (a stack without interferograms), no attribute
        child.setAttributeString("dates_seen",
            d.datesSeen().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
      }
      element.addElement(child);
    }
    return element;
  }
}
