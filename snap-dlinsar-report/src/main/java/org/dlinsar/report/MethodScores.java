package org.dlinsar.report;

import java.util.Objects;

/**
 * One DL-Detect method's detections on the demo's gradient stack, against the truth: the report
 * sets the methods side by side on the same input.
 *
 * @param method how DL-Detect ran, e.g. {@code CLASSICAL} or {@code DL (yolo-landslide 1.0.0)}
 * @param figures its detections and their scores
 */
public record MethodScores(String method, DetectionFigures figures) {

  public MethodScores {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(figures, "figures");
  }
}
