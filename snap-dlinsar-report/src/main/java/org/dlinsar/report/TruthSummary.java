package org.dlinsar.report;

import java.util.List;
import java.util.Objects;

/**
 * The run's figures against the simulator's truth.
 *
 * @param maskMethod how the chain masked, e.g. {@code DL (model skrau-mask 1.0.0)}
 * @param meanMaskIou mean IoU of the decorrelated class over the interferograms
 * @param meanOtsuMaskIou the same for Otsu's masks of the same interferograms
 * @param worstMaskIou the lowest of them
 * @param maskInterferograms how many interferograms were scored
 * @param detected the detections against the sites of the detected class (recall, visible recall)
 * @param separable the same against those the gradient stack separates from its background
 *     ({@link SeparableSites}) as the visible ones
 * @param anySite the detections against every site (precision)
 * @param lookalikes lookalike cells detected
 * @param methods DL-Detect's methods run on the same gradient stack, the chain's first; empty
 *     when only the chain's ran
 */
public record TruthSummary(String maskMethod, double meanMaskIou, double meanOtsuMaskIou, double worstMaskIou, int maskInterferograms,
    DetectionScores detected, DetectionScores separable, DetectionScores anySite, int lookalikes, List<MethodScores> methods) {

  public TruthSummary {
    Objects.requireNonNull(detected, "detected");
    Objects.requireNonNull(separable, "separable");
    Objects.requireNonNull(anySite, "anySite");
    methods = List.copyOf(methods);
  }
}
