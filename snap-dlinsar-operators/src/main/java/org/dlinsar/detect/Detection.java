package org.dlinsar.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;

/**
 * One detection of DL-Detect, as CONTRACT.md sections 2 and 3 publish it.
 *
 * @param id identifier, unique in its product, from 1 (the strongest first); the value of the
 *     {@code detection_id} band inside its box
 * @param detectionClass landslide or subsidence
 * @param score confidence in [0, 1] ({@link DetectionScore})
 * @param box pixel box of the source raster, x1/y1 exclusive
 * @param corners the box's corners as lon/lat in ring order: (x0, y0), (x1, y0), (x1, y1),
 *     (x0, y1) at the pixel edges; empty when the product has no geocoding
 * @param datesSeen acquisition dates of the interferograms it was seen in, ascending: for a
 *     bowl, those of its interferograms; for a slide found in a gradient stack, the stack's first
 *     and last date (empty when the stack's dates are unknown)
 */
public record Detection(int id, SiteClass detectionClass, double score, PixelBox box,
    List<LonLat> corners, List<LocalDate> datesSeen) {

  /** @throws IllegalArgumentException naming the field that is out of range */
  public Detection {
    Objects.requireNonNull(detectionClass, "detectionClass");
    Objects.requireNonNull(box, "box");
    corners = List.copyOf(corners);
    datesSeen = List.copyOf(datesSeen);
    if (id < 1) {
      throw new IllegalArgumentException("detection id must be >= 1, got " + id);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("detection score must be in [0, 1], got " + score);
    }
    if (!corners.isEmpty() && corners.size() != 4) {
      throw new IllegalArgumentException("a detection has 4 corners or none, got "
          + corners.size());
    }
  }
}
