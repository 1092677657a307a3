package org.dlinsar.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.dlinsar.files.StagedFile;

/**
 * The report as one self-contained HTML page: images embedded as {@code data:} URIs, plots and
 * colour bars as inline SVG, CSS inline, no script and no link to anything, so the file reads the
 * same from a disk, a mail attachment or a browser without network.
 */
public final class HtmlReport {

  private HtmlReport() {
  }

  /** Writes {@code page} to {@code file} under a temporary name, then renames it. */
  public static void write(ReportPage page, Path file) throws IOException {
    StagedFile.writeText(file, "report", render(page));
  }

  /**
   * Most detections drawn as cards (about 10 kB each, more with a long series): a frame with
   * thousands would make a page of hundreds of MB. The rest are named in one line.
   */
  static final int MAX_CARDS = 200;

  /** The page's HTML. */
  public static String render(ReportPage page) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(Html.escape(page.title())).append("</title><style>").append(ReportCss.STYLE)
        .append("</style></head><body><main>\n");
    html.append("<h1>").append(Html.escape(page.title())).append("</h1><ul class=\"facts\">");
    page.facts().forEach(f -> html.append("<li>").append(Html.escape(f)).append("</li>"));
    html.append("</ul>\n");
    html.append(TruthHtml.of(page)).append('\n');
    html.append("<section id=\"quicklooks\"><h2>Quicklooks</h2><div class=\"grid\">");
    for (int i = 0; i < page.quicklooks().size(); i++) {
      html.append(PanelHtml.of(page.quicklooks().get(i), "quicklook-" + (i + 1), 420));
    }
    html.append("</div></section>\n");
    html.append("<section id=\"detections\"><h2>Detections</h2>");
    if (page.detections().isEmpty()) {
      html.append("<p class=\"absent\">No detection in this run.</p>");
    }
    List<DetectionEntry> shown = page.detections().stream()
        .sorted(Comparator.comparingDouble(DetectionEntry::score).reversed()
            .thenComparingInt(DetectionEntry::id))
        .limit(MAX_CARDS).sorted(Comparator.comparingInt(DetectionEntry::id)).toList();
    shown.forEach(d -> html.append(DetectionHtml.of(d, page.truth().isPresent())).append('\n'));
    int left = page.detections().size() - shown.size();
    if (left > 0) {
      html.append("<p class=\"absent\">").append(left).append(" more detection(s), of scores up to ")
          .append(Html.fixed(page.detections().stream().filter(d -> !shown.contains(d))
              .mapToDouble(DetectionEntry::score).max().orElse(0), 2))
          .append(", are not drawn here: the ").append(MAX_CARDS).append(" of the highest scores are;")
          .append(" every detection is in the detections GeoJSON and CSV, and its time series in the")
          .append(" time-series CSV.</p>");
    }
    html.append("</section>\n");
    html.append(processing(page));
    html.append(page.provenance().html());
    return html.append("</main></body></html>\n").toString();
  }

  private static String processing(ReportPage page) {
    StringBuilder html = new StringBuilder("<section id=\"processing\"><h2>Processing</h2>");
    ProcessedArea area = page.processed();
    html.append("<p>Processed after detection: <b>").append(area.patchPixels()).append("</b> pixels of the frame's ")
        .append(area.framePixels()).append(" (<b>").append(Html.fixed(100 * area.share(), 1))
        .append(" %</b>), ").append(Html.escape(area.what())).append(".</p>");
    html.append("<div class=\"wide\"><table class=\"timings\"><thead><tr><th>stage</th><th>seconds</th><th>against the longest</th></tr></thead><tbody>");
    double longest = page.timings().stream().mapToDouble(StageTiming::seconds).max().orElse(1);
    for (StageTiming t : page.timings()) {
      html.append("<tr><td>").append(Html.escape(t.stage())).append("</td><td class=\"num\">")
          .append(Html.fixed(t.seconds(), 2)).append("</td><td><span class=\"bar\" style=\"width:")
          .append(Html.fixed(longest > 0 ? 200 * t.seconds() / longest : 0, 0)).append("px\"></span></td></tr>");
    }
    // The operators' rows are shares of the graph's wall time, summed over threads, so no total.
    html.append("</tbody></table></div></section>\n");
    return html.toString();
  }

  /** The detections' velocity errors against their true sites, mm/year, sorted by magnitude. */
  static List<Double> velocityErrors(List<DetectionEntry> detections) {
    List<Double> errors = new ArrayList<>();
    detections.forEach(d -> d.velocityErrorMmPerYear().ifPresent(e -> errors.add(Math.abs(e))));
    Collections.sort(errors);
    return errors;
  }
}
