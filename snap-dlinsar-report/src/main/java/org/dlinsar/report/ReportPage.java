package org.dlinsar.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the HTML report shows, gathered by the run that writes it; {@link HtmlReport} lays
 * it out. Later stages add to it by filling the detections' time series and velocity patches.
 *
 * @param title the page's heading
 * @param facts one line each about the input (scene, dates, interferograms), plain text
 * @param quicklooks the frame-wide rasters, in order
 * @param detections the detections, strongest first
 * @param truth the figures against the truth, when there is one
 * @param timings wall time per stage, in run order
 * @param processed what the patch stages processed against the frame
 * @param provenance the software, the time of writing and the networks the chain ran
 */
public record ReportPage(String title, List<String> facts, List<RasterPanel> quicklooks,
    List<DetectionEntry> detections, Optional<TruthSummary> truth, List<StageTiming> timings,
    ProcessedArea processed, ReportProvenance provenance) {

  public ReportPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(processed, "processed");
    Objects.requireNonNull(provenance, "provenance");
    facts = List.copyOf(facts);
    quicklooks = List.copyOf(quicklooks);
    detections = List.copyOf(detections);
    timings = List.copyOf(timings);
  }
}
