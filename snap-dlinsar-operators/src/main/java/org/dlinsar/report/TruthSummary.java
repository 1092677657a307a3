package org.dlinsar.report;

import java.util.Objects;

/**
 * The run's figures against the simulator's truth.
 *
 * @param meanMaskIou mean IoU of the decorrelated class over the interferograms
 * @param worstMaskIou the lowest of them
 * @param maskInterferograms how many interferograms were scored
 * @param detected the detections against the sites of the detected class (recall, visible recall)
 * @param anySite the detections against every site (precision)
 * @param lookalikes lookalike cells detected
 */
public record TruthSummary(double meanMaskIou, double worstMaskIou, int maskInterferograms,
    DetectionScores detected, DetectionScores anySite, int lookalikes) {

  public TruthSummary {
    Objects.requireNonNull(detected, "detected");
    Objects.requireNonNull(anySite, "anySite");
  }
}
