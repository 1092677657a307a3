package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;

/** The demo's report as Markdown: the scene, each stage's figures against the truth, timings. */
public final class DemoReport {

  /** How the methods' times were taken, under their table in both reports. */
  static final String TIMED_AS = "Each method's time is the CPU of all threads while DL-Detect ran"
      + " on the written gradient stack, its reading included.";

  private DemoReport() {
  }

  /**
   * @param page the HTML report's model, whose detections (with their Local-SBAS results) and
   *     timings this report lists too
   * @param sbas Local-SBAS's results, for how its phases were unwrapped
   */
  public static String markdown(Scene scene, StackSimulator sim, DemoFigures figures,
      DetectionFigures detection, ReportPage page, LocalSbasResults sbas) {
    StringBuilder md = new StringBuilder();
    md.append("# DL-InSAR demo: detection-first chain on a simulated landslide stack\n\n");
    md.append("Written by `bin/dlinsar demo`. Every figure is measured against the simulator's truth ")
        .append("(`landslides.truth.dim`, `landslides.sites.json`).\n\n");
    md.append("## Stack\n\n");
    md.append("- scene `").append(scene.name()).append("`, seed ").append(scene.seed()).append(", ")
        .append(scene.width()).append(" x ").append(scene.height()).append(" pixels\n");
    md.append("- ").append(sim.dates().size()).append(" acquisitions from ").append(sim.dates().get(0))
        .append(" to ").append(sim.dates().get(sim.dates().size() - 1)).append(", ")
        .append(sim.pairs().size()).append(" small-baseline interferograms\n");
    md.append("- ").append(sim.sites().size()).append(" deformation sites, ")
        .append(sim.lookalikes().size()).append(" lookalike atmospheric cells\n");
    md.append("- products: `landslides.dim` (stack), `landslides_chain.dim` (what `graphs/detection-first.xml` ")
        .append("adds: masks, gradient stack, detection_id, velocity, velocity_std, disp_<date>,")
        .append(" rms_residual, temporal_coherence, dem_error, velocity_downslope, velocity_downslope_std) with ")
        .append("`landslides_chain.detections.geojson`, `.detections.csv` and `.timeseries.csv`\n\n");

    md.append("## 1. DL-Mask, method ").append(figures.maskMethod()).append("\n\n");
    md.append("IoU of the decorrelated class against the true masks: mean **")
        .append(format(figures.meanMaskIou())).append("**, worst ").append(format(figures.worstMaskIou()))
        .append(" over ").append(figures.maskIou().size()).append(" interferograms; Otsu's threshold on the")
        .append(" same interferograms: mean ").append(format(figures.meanOtsuMaskIou())).append(".\n\n");

    md.append("## 2. Phase-Gradient-Stack\n\n");
    md.append("Site contrast = mean gradient magnitude in the site's box over the background median, ")
        .append("over the pixels the stack covers (grad_count at least half the largest; a box with fewer than ")
        .append(SiteVisibility.MIN_PIXELS).append(" of them is decorrelated and counts 0). Stack: median **").append(format(figures.stackContrast().median()))
        .append("**; single interferograms: median ").append(format(figures.singleContrastMedian()))
        .append(", best ").append(format(figures.singleContrasts()[figures.singleContrasts().length - 1]))
        .append(".\n\n");
    md.append("| site | class | peak velocity (mm/year) | box (x0, y0, x1, y1) | contrast in the stack |\n");
    md.append("| --- | --- | --- | --- | --- |\n");
    List<Site> sites = sim.sites();
    for (int i = 0; i < sites.size(); i++) {
      Site s = sites.get(i);
      double ratio = figures.stackContrast().ratios().get(i);
      md.append("| ").append(s.id()).append(" | ").append(s.siteClass().label()).append(" | ")
          .append(format(s.peakVelocityMmPerYear())).append(" | ").append(s.box().x0()).append(", ")
          .append(s.box().y0()).append(", ").append(s.box().x1()).append(", ").append(s.box().y1())
          .append(" | ").append(Double.isNaN(ratio) ? "decorrelated" : format(ratio))
          .append(" |\n");
    }
    md.append("\nGradient magnitude of the stack (rad/pixel/year), true site boxes in black, DL-Detect's boxes in cyan,")
        .append(" no data hatched amber:\n\n")
        .append("![gradient magnitude](gradient_magnitude.png)\n\n")
        .append(trueVelocityCaption(figures.velocityTruthScale()))
        .append("![true velocity](true_velocity.png)\n\n");

    appendDetection(md, detection, page.detections());
    appendMethods(md, page.truth().map(TruthSummary::methods).orElse(List.of()));
    appendLocalSbas(md, page.detections(), sbas.unwrapping());
    md.append(processedLine(page.processed()));
    md.append("## Timings\n\n");
    for (StageTiming t : page.timings()) {
      md.append("- ").append(Markdown.item(t.stage().strip())).append(": ").append(format(t.seconds())).append(" s\n");
    }
    md.append('\n').append(page.provenance().markdown());
    return md.toString();
  }

  /** What true_velocity.png's colours mean, with the ends of its colour bar. */
  static String trueVelocityCaption(ColourScale scale) {
    return "True LOS velocity, blue (away from the satellite) through white (still) to red (toward it), from "
        + Html.significant(scale.low()) + " to " + Html.significant(scale.high()) + " " + scale.unit()
        + " (the colour bar under the image), no data hatched amber, true site boxes in black:\n\n";
  }

  /**
   * A detection's Local-SBAS velocity as a table cell, with its uncertainty where there is one
   * ("-42.00 ± 3.10"), in the words of its card where there is no number (Local-SBAS writes NaN
   * where it could not invert).
   */
  static String velocityCell(DetectionEntry d) {
    return d.timeSeries().map(t -> !Double.isFinite(t.velocityMmPerYear()) ? "could not invert"
        : withStd(t.velocityMmPerYear(), t.velocityStdMmPerYear())).orElse("no time series");
  }

  /** {@code value} as a cell, with {@code std} after it where that is a number ("-42.00 ± 3.10"). */
  private static String withStd(double value, double std) {
    return format(value) + (Double.isFinite(std) ? " \u00b1 " + format(std) : "");
  }

  /**
   * The peak pixel's temporal coherence, {@link #UNCHECKED} where its velocity was inverted but
   * no coherence is known (see {@link #UNCHECKED_NOTE}), blank where there is no velocity.
   */
  static String temporalCoherenceCell(DetectionEntry d) {
    return d.timeSeries().filter(t -> Double.isFinite(t.velocityMmPerYear()))
        .map(t -> Double.isFinite(t.temporalCoherence()) ? format(t.temporalCoherence()) : UNCHECKED)
        .orElse("");
  }

  /** The DEM's error Local-SBAS fitted at the peak pixel, metres, blank where it fitted none. */
  static String demErrorCell(DetectionEntry d) {
    return numberCell(d, TimeSeries::demErrorMetres);
  }

  /**
   * The velocity down the slope Local-SBAS gave at the peak pixel, mm/year, with its uncertainty
   * where known; blank where it projected none.
   */
  static String downslopeCell(DetectionEntry d) {
    return d.timeSeries().filter(t -> Double.isFinite(t.velocityDownslopeMmPerYear()))
        .map(t -> withStd(t.velocityDownslopeMmPerYear(), t.velocityDownslopeStdMmPerYear())).orElse("");
  }

  /**
   * The true velocity down the slope of the landslide {@code d} hits: its peak LOS velocity over
   * its line-of-sight share C at the centre ({@link Site#losProjection}); blank for other sites.
   */
  static String trueDownslopeCell(DetectionEntry d) {
    return d.site().filter(s -> s.siteClass() == SiteClass.LANDSLIDE && s.losProjection() != 0)
        .map(s -> format(s.peakVelocityMmPerYear() / s.losProjection())).orElse("");
  }

  private static String numberCell(DetectionEntry d, ToDoubleFunction<TimeSeries> value) {
    return d.timeSeries().map(value::applyAsDouble).filter(Double::isFinite).map(DemoReport::format).orElse("");
  }

  /** The note under a table of which a row's temporal coherence is {@link #UNCHECKED}, or empty. */
  static String uncheckedNote(List<DetectionEntry> detections) {
    return detections.stream().anyMatch(d -> temporalCoherenceCell(d).equals(UNCHECKED)) ? UNCHECKED_NOTE : "";
  }

  /** A velocity whose temporal coherence is not known. */
  static final String UNCHECKED = "\u2013";
  static final String UNCHECKED_NOTE = "\u2013 in temporal coherence: none at the peak pixel, whose valid pairs fix its"
      + " series exactly, so that no pair checks it (or the product records none).\n\n";

  /** The share of the frame the patch stages processed, in the words of the page's Processing section. */
  static String processedLine(ProcessedArea area) {
    return "Processed after detection: **" + area.patchPixels() + "** pixels of the frame's "
        + area.framePixels() + " (**" + Html.fixed(100 * area.share(), 1) + " %**), " + area.what()
        + ".\n\n";
  }

  /** A detection's box centre as its card gives it: lon, lat in degrees, or "not geocoded". */
  static String centreCell(DetectionEntry d) {
    return Double.isFinite(d.lon()) ? Html.fixed(d.lon(), 5) + ", " + Html.fixed(d.lat(), 5)
        : "not geocoded";
  }

  static void appendLocalSbas(StringBuilder md, List<DetectionEntry> detections, String unwrapping) {
    md.append("## 4. DL-Unwrap and Local-SBAS on the detections' patches\n\n");
    if (!unwrapping.isEmpty()) {
      md.append("Phases unwrapped by ").append(unwrapping).append(".\n\n");
    }
    md.append("Velocity at each detection's peak pixel, relative to the median of stable ground in a ring ")
        .append("around it, against the true site's peak velocity:\n\n");
    md.append("| detection | class | score | true site | velocity \u00b1 std (mm/year) | true (mm/year) | error (mm/year)"
        + " | temporal coherence | DEM error (m) | down the slope \u00b1 std (mm/year) | true down the slope (mm/year) |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (DetectionEntry d : detections) {
      md.append("| ").append(d.id()).append(" | ").append(Markdown.text(d.detectionClass())).append(" | ")
          .append(format(d.score())).append(" | ")
          .append(d.site().map(s -> String.valueOf(s.id())).orElse("none")).append(" | ")
          .append(velocityCell(d)).append(" | ")
          .append(d.site().map(s -> format(s.peakVelocityMmPerYear())).orElse("")).append(" | ")
          .append(d.velocityErrorMmPerYear().map(DemoReport::format).orElse("")).append(" | ")
          .append(temporalCoherenceCell(d)).append(" | ")
          .append(demErrorCell(d)).append(" | ")
          .append(downslopeCell(d)).append(" | ")
          .append(trueDownslopeCell(d)).append(" |\n");
    }
    md.append("\n").append(uncheckedNote(detections));
  }

  /**
   * @param entries the page's detections, for each one's place (the same ids as {@code d}'s rows)
   */
  private static void appendDetection(StringBuilder md, DetectionFigures d, List<DetectionEntry> entries) {
    DetectionScores s = d.scores();
    md.append("## 3. DL-Detect, mode LANDSLIDE, method ").append(d.method()).append("\n\n");
    md.append("On the written gradient stack (`graphs/detect.xml` does the same in one graph): ")
        .append(d.detections().size()).append(" detections at score >= 0.5. Against the truth ")
        .append("(a detection hits a site at box IoU >= 0.1 or with its centre inside): recall **")
        .append(Share.of(s.visibleHit(), s.visibleSites())).append("** of the landslides the stack shows (")
        .append(s.visibleHit()).append(" of ").append(s.visibleSites()).append("), ")
        .append(Share.of(d.separable().visibleHit(), d.separable().visibleSites())).append(" of those it separates from its")
        .append(" background (").append(d.separable().visibleHit()).append(" of ")
        .append(d.separable().visibleSites()).append("), ")
        .append(Share.of(s.sitesHit(), s.sites())).append(" of all (").append(s.sitesHit()).append(" of ")
        .append(s.sites()).append("); precision **").append(Share.of(d.anySite().hitting(), d.anySite().detections()))
        .append("** (").append(d.anySite().hitting()).append(" of ").append(d.anySite().detections())
        .append(" hit a site); lookalike cells detected: ").append(d.lookalikes()).append(". ")
        .append("Detection took ").append(format(d.detectSeconds()))
        .append(" CPU s on the written gradient stack (its reading included), ")
        .append(format(100 * d.detectSeconds() / d.stackSeconds()))
        .append(" % of the CPU the chain took to read the interferograms and make that stack")
        .append(" (Read, DL-Mask and Phase-Gradient-Stack).\n\n");
    md.append("| id | score | centre lon, lat (deg) | box (x0, y0, x1, y1) | hits a landslide |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (int i = 0; i < d.detections().size(); i++) {
      DetectionsRead.Row r = d.detections().get(i);
      String centre = entries.stream().filter(e -> e.id() == r.id()).findFirst()
          .map(DemoReport::centreCell).orElse("");
      md.append("| ").append(r.id()).append(" | ").append(format(r.score())).append(" | ")
          .append(centre).append(" | ").append(r.box().x0()).append(", ").append(r.box().y0())
          .append(", ").append(r.box().x1()).append(", ").append(r.box().y1()).append(" | ")
          .append(s.detectionHits().get(i) ? "yes" : "no").append(" |\n");
    }
    md.append("\n");
  }

  /** DL-Detect's methods on the same gradient stack, side by side (when more than the chain's ran). */
  private static void appendMethods(StringBuilder md, List<MethodScores> methods) {
    if (methods.size() < 2) {
      return;
    }
    md.append("### DL-Detect methods on the same gradient stack\n\n");
    md.append(TIMED_AS).append("\n\n");
    md.append("| method | detections | recall, visible sites | recall, separable sites | recall, all sites | precision | lookalike cells detected | CPU on the written stack (s) |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (MethodScores m : methods) {
      DetectionFigures f = m.figures();
      md.append("| ").append(m.method()).append(" | ").append(f.detections().size()).append(" | ")
          .append(Share.of(f.scores().visibleHit(), f.scores().visibleSites())).append(" (").append(f.scores().visibleHit()).append('/')
          .append(f.scores().visibleSites()).append(") | ").append(Share.of(f.separable().visibleHit(), f.separable().visibleSites()))
          .append(" (").append(f.separable().visibleHit()).append('/').append(f.separable().visibleSites())
          .append(") | ").append(Share.of(f.scores().sitesHit(), f.scores().sites())).append(" (")
          .append(f.scores().sitesHit()).append('/').append(f.scores().sites()).append(") | ")
          .append(Share.of(f.anySite().hitting(), f.anySite().detections())).append(" | ").append(f.lookalikes()).append(" | ")
          .append(format(f.detectSeconds())).append(" |\n");
    }
    md.append("\n");
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
