package org.dlinsar.report;

import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;

/**
 * One detection's card in the HTML report: where it is, its class and score, the true site it
 * hits, and its Local-SBAS velocity patch and time series when the run has them.
 */
final class DetectionHtml {

  /** The detection's outline in its velocity patch. */
  static final String BOX_COLOUR = DemoPage.DETECTION_COLOUR;

  private DetectionHtml() {
  }

  /** The card; without the true-site line when the run has no truth ({@code withTruth} false). */
  static String of(DetectionEntry d, boolean withTruth) {
    StringBuilder html = new StringBuilder("<article class=\"detection\" id=\"detection-")
        .append(d.id()).append("\">");
    html.append("<h3>Detection ").append(d.id()).append(" \u00b7 ").append(Html.escape(d.detectionClass()))
        .append(" \u00b7 score ").append(Html.fixed(d.score(), 2)).append("</h3>");
    html.append("<p class=\"where\">");
    html.append(Double.isFinite(d.lon()) ? "lon " + Html.fixed(d.lon(), 5) + "\u00b0, lat "
        + Html.fixed(d.lat(), 5) + "\u00b0" : "not geocoded");
    PixelBox b = d.box();
    // first and last column and row, as the operators' lines give a box (PixelBox.toString)
    html.append(" \u00b7 box x ").append(b.x0()).append("\u2013").append(b.x1() - 1).append(", y ").append(b.y0())
        .append("\u2013").append(b.y1() - 1).append(" (").append(b.width()).append(" \u00d7 ").append(b.height())
        .append(" px)");
    d.timeSeries().filter(s -> Double.isFinite(s.velocityMmPerYear())).ifPresent(s -> html.append(" \u00b7 velocity <b>")
        .append(Html.fixed(s.velocityMmPerYear(), 1)).append(" mm/year</b>"));
    // 1 sigma: the line's standard error and the still ring's scatter (README, Local-SBAS)
    d.timeSeries().filter(s -> Double.isFinite(s.velocityMmPerYear()) && Double.isFinite(s.velocityStdMmPerYear()))
        .ifPresent(s -> html.append(" \u00b1 ").append(Html.fixed(s.velocityStdMmPerYear(), 1))
            .append(" (1 sigma)"));
    d.timeSeries().filter(s -> Double.isFinite(s.velocityMmPerYear())).ifPresent(s -> html.append(" \u00b7 temporal coherence ")
        .append(Double.isFinite(s.temporalCoherence()) ? Html.fixed(s.temporalCoherence(), 2)
            : "unknown (the peak's valid pairs fix its series exactly, or none is recorded)"));
    d.timeSeries().filter(s -> Double.isFinite(s.demErrorMetres())).ifPresent(s -> html.append(" \u00b7 DEM error ")
        .append(Html.fixed(s.demErrorMetres(), 1)).append(" m"));
    d.timeSeries().filter(s -> Double.isFinite(s.velocityDownslopeMmPerYear())).ifPresent(s -> html
        .append(" \u00b7 down the slope ").append(Html.fixed(s.velocityDownslopeMmPerYear(), 1))
        .append(Double.isFinite(s.velocityDownslopeStdMmPerYear())
            ? " \u00b1 " + Html.fixed(s.velocityDownslopeStdMmPerYear(), 1) : "").append(" mm/year"));
    html.append("</p>");
    if (withTruth) {
      html.append("<p class=\"truth\">").append(truthLine(d)).append("</p>");
    }
    if (d.timeSeries().isEmpty() && d.velocity().isEmpty()) {
      html.append("<p class=\"absent\">No time series in this run.</p>");
    } else {
      html.append("<div class=\"pair\">");
      d.velocity().ifPresent(v -> html.append(PanelHtml.of(velocityPanel(d, v), "velocity-" + d.id(), 200)));
      html.append(d.timeSeries().map(s -> plot(s, d.id()))
          .orElse("<p class=\"absent\">No time series in this run.</p>"));
      html.append("</div>");
    }
    return html.append("</article>").toString();
  }

  private static String plot(TimeSeries series, int id) {
    if (!series.hasValues()) {
      return "<p class=\"absent\">Local-SBAS could not invert this detection's peak pixel.</p>";
    }
    return "<figure><figcaption class=\"title\">Time series at the peak-velocity pixel</figcaption>"
        + TimeSeriesSvg.of(series, "LOS displacement at detection " + id + "'s peak-velocity pixel") + "</figure>";
  }

  private static String truthLine(DetectionEntry d) {
    if (d.site().isEmpty()) {
      return "Hits no true site (or the run has no truth).";
    }
    Site s = d.site().get();
    String downslope = DemoReport.trueDownslopeCell(d);
    String line = "Hits true site " + s.id() + " (" + s.siteClass().label() + ", peak velocity "
        + Html.fixed(s.peakVelocityMmPerYear(), 1) + " mm/year"
        + (downslope.isEmpty() ? "" : ", " + downslope + " mm/year down its slope") + ")";
    return line + d.velocityErrorMmPerYear()
        .map(e -> "; velocity error " + Html.fixed(e, 1) + " mm/year.").orElse(".");
  }

  /**
   * Symmetric about zero out to the largest |velocity| inside the detection's box, so the moving
   * ground shows its shape rather than one saturated colour; the patch's own spread without a box.
   */
  private static ColourScale velocityScale(VelocityPatch v, List<PixelBox> outline) {
    String unit = "LOS velocity, mm/year";
    double edge = 0;
    for (PixelBox b : outline) {
      for (int y = b.y0(); y < b.y1(); y++) {
        for (int x = b.x0(); x < b.x1(); x++) {
          float value = v.velocityMmPerYear()[y * v.box().width() + x];
          edge = Float.isFinite(value) ? Math.max(edge, Math.abs(value)) : edge;
        }
      }
    }
    return (edge > 0 ? new ColourScale(ColourMap.DIVERGING, -edge, edge, unit)
        : ColourScale.symmetric(ColourMap.DIVERGING, v.velocityMmPerYear(), unit)).lineOfSight();
  }

  private static RasterPanel velocityPanel(DetectionEntry d, VelocityPatch v) {
    PixelBox patch = v.box();
    int x0 = Math.max(0, d.box().x0() - patch.x0());
    int y0 = Math.max(0, d.box().y0() - patch.y0());
    int x1 = Math.min(patch.width(), d.box().x1() - patch.x0());
    int y1 = Math.min(patch.height(), d.box().y1() - patch.y0());
    List<PixelBox> outline = x1 > x0 && y1 > y0 ? List.of(new PixelBox(x0, y0, x1, y1)) : List.of();
    return new RasterPanel("Velocity of detection " + d.id() + "'s patch", v.velocityMmPerYear(), patch.width(), patch.height(),
        velocityScale(v, outline),
        List.of(BoxLayer.of("detection box", BOX_COLOUR, outline)),
        "Patch x " + patch.x0() + "\u2013" + (patch.x1() - 1) + ", y " + patch.y0() + "\u2013"
            + (patch.y1() - 1)
            + " of the frame; red toward the satellite, blue away.", patch.x0(), patch.y0());
  }
}
