package org.dlinsar.report;

import java.util.List;

/** The report's "against the truth" section: mask IoU, recall, precision and velocity errors. */
final class TruthHtml {

  private TruthHtml() {
  }

  static String of(ReportPage page) {
    StringBuilder html = new StringBuilder("<section id=\"truth\"><h2>Against the truth</h2>");
    if (page.truth().isEmpty()) {
      return html.append("<p class=\"absent\">This input has no truth to score against.</p></section>").toString();
    }
    TruthSummary t = page.truth().get();
    DetectionScores d = t.detected();
    html.append("<div class=\"wide\"><table class=\"scores\"><tbody>");
    row(html, "Mask IoU, decorrelated class", Html.fixed(t.meanMaskIou(), 2),
        "DL-Mask " + t.maskMethod() + ", mean over " + t.maskInterferograms() + " interferograms; worst "
            + Html.fixed(t.worstMaskIou(), 2) + "; Otsu's threshold on the same interferograms: "
            + Html.fixed(t.meanOtsuMaskIou(), 2));
    row(html, "Detection recall, visible sites", Share.of(d.visibleHit(), d.visibleSites()),
        d.visibleHit() + " of " + d.visibleSites() + " sites the gradient stack shows");
    row(html, "Detection recall, separable sites", Share.of(t.separable().visibleHit(), t.separable().visibleSites()),
        t.separable().visibleHit() + " of " + t.separable().visibleSites() + " sites the gradient"
            + " stack separates from its background (an ideal matched filter finds them)");
    row(html, "Detection recall, all sites", Share.of(d.sitesHit(), d.sites()),
        d.sitesHit() + " of " + d.sites() + " sites of the detected class");
    row(html, "Detection precision", Share.of(t.anySite().hitting(), t.anySite().detections()),
        t.anySite().hitting() + " of " + t.anySite().detections() + " detections hit a true site; "
            + t.lookalikes() + " lookalike cells detected");
    List<Double> errors = HtmlReport.velocityErrors(page.detections());
    if (errors.isEmpty()) {
      row(html, "Velocity error at the sites", "\u2013", "no velocities in this run");
    } else {
      row(html, "Velocity error at the sites", Html.fixed(median(errors), 1) + " mm/year",
          "median |estimated \u2212 true peak velocity| over " + errors.size()
              + " detections on sites; largest " + Html.fixed(errors.get(errors.size() - 1), 1) + " mm/year");
    }
    html.append("</tbody></table></div>");
    if (t.methods().size() > 1) {
      appendMethods(html, t.methods());
    }
    return html.append("<p class=\"note\">A detection hits a site at box IoU \u2265 ")
        .append(DetectionScores.MIN_IOU).append(" or with its centre inside the site's box.</p></section>")
        .toString();
  }

  /** DL-Detect's methods on the same gradient stack, side by side. */
  private static void appendMethods(StringBuilder html, List<MethodScores> methods) {
    html.append("<h3>DL-Detect methods on the same gradient stack</h3><div class=\"wide\"><table class=\"scores\"><thead><tr>")
        .append("<th>method</th><th>detections</th><th>recall, visible sites</th>")
        .append("<th>recall, separable sites</th><th>recall, all sites</th>")
        .append("<th>precision</th><th>lookalike cells detected</th><th>CPU on the written stack</th></tr></thead><tbody>");
    for (MethodScores m : methods) {
      DetectionFigures f = m.figures();
      html.append("<tr><th>").append(Html.escape(m.method())).append("</th><td class=\"num\">")
          .append(f.detections().size()).append("</td><td class=\"num\">").append(Share.of(f.scores().visibleHit(), f.scores().visibleSites()))
          .append(" (").append(f.scores().visibleHit()).append('/').append(f.scores().visibleSites())
          .append(")</td><td class=\"num\">").append(Share.of(f.separable().visibleHit(), f.separable().visibleSites()))
          .append(" (").append(f.separable().visibleHit()).append('/')
          .append(f.separable().visibleSites())
          .append(")</td><td class=\"num\">").append(Share.of(f.scores().sitesHit(), f.scores().sites())).append(" (")
          .append(f.scores().sitesHit()).append('/').append(f.scores().sites()).append(")</td><td class=\"num\">")
          .append(Share.of(f.anySite().hitting(), f.anySite().detections())).append("</td><td class=\"num\">").append(f.lookalikes())
          .append("</td><td class=\"num\">").append(Html.fixed(f.detectSeconds(), 2)).append(" s</td></tr>");
    }
    html.append("</tbody></table></div><p class=\"note\">").append(Html.escape(DemoReport.TIMED_AS))
        .append("</p>");
  }

  private static void row(StringBuilder html, String what, String value, String detail) {
    html.append("<tr><th>").append(Html.escape(what)).append("</th><td class=\"num\"><b>")
        .append(Html.escape(value)).append("</b></td><td>").append(Html.escape(detail)).append("</td></tr>");
  }

  /** Median of ascending {@code sorted}. */
  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
