package org.dlinsar.report;

import java.util.Locale;

/** The demo's report.md for a stack given with {@code --input}: no truth, so no scores. */
public final class InputReport {

  private InputReport() {
  }

  /**
   * @param page the HTML report's model ({@link InputPage}), whose facts, detections and timings
   *     this report lists too
   * @param chainName the chain product's file name, without {@code .dim}
   */
  public static String markdown(ReportPage page, String chainName) {
    // the title and facts name the input, whose path may hold anything: Markdown makes it inert
    StringBuilder md = new StringBuilder("# ").append(Markdown.item(page.title())).append("\n\n");
    md.append("Written by `bin/dlinsar demo --input`. This input has no truth to score against, ")
        .append("so this report has no scores.\n\n## Stack\n\n");
    page.facts().forEach(f -> md.append("- ").append(Markdown.item(f)).append('\n'));
    md.append("- products: ").append(Markdown.code(chainName + ".dim"))
        .append(" (what `graphs/detection-first.xml` adds) with ")
        .append(Markdown.code(chainName + ".detections.geojson")).append(", `.detections.csv` and `.timeseries.csv`\n\n");
    md.append("Gradient magnitude of the stack (rad/pixel/year), DL-Detect's boxes in cyan, no data hatched amber:\n\n")
        .append("![gradient magnitude](gradient_magnitude.png)\n\n");
    md.append("## Detections and Local-SBAS\n\n");
    md.append(page.detections().size()).append(" detections at score >= 0.5. Velocity at each detection's ")
        .append("peak pixel, relative to the median of stable ground in a ring around it:\n\n");
    md.append("| detection | class | score | centre lon, lat (deg) | box (x0, y0, x1, y1) | velocity \u00b1 std (mm/year)"
        + " | temporal coherence | DEM error (m) | down the slope \u00b1 std (mm/year) |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (DetectionEntry d : page.detections()) {
      md.append("| ").append(d.id()).append(" | ").append(Markdown.text(d.detectionClass())).append(" | ")
          .append(format(d.score())).append(" | ").append(DemoReport.centreCell(d)).append(" | ")
          .append(d.box().x0()).append(", ").append(d.box().y0())
          .append(", ").append(d.box().x1()).append(", ").append(d.box().y1()).append(" | ")
          .append(DemoReport.velocityCell(d)).append(" | ")
          .append(DemoReport.temporalCoherenceCell(d)).append(" | ")
          .append(DemoReport.demErrorCell(d)).append(" | ")
          .append(DemoReport.downslopeCell(d)).append(" |\n");
    }
    md.append('\n').append(DemoReport.uncheckedNote(page.detections())).append(DemoReport.processedLine(page.processed()));
    md.append("## Timings\n\n");
    for (StageTiming t : page.timings()) {
      md.append("- ").append(Markdown.item(t.stage().strip())).append(": ").append(format(t.seconds())).append(" s\n");
    }
    md.append('\n').append(page.provenance().markdown());
    return md.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
