package org.dlinsar.report;

import org.dlinsar.detect.BoxOverlap;
import org.dlinsar.detect.DetectionCorners;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.LonLat;
import org.dlinsar.detect.Wgs84Positions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Gathers the demo's {@link ReportPage} from its products: the quicklooks, each detection with
 * its place, true site and Local-SBAS results, the scores against the truth and the timings.
 */
public final class DemoPage {

  // Black over white, a light green and a light magenta over black (BoxCasing): each box stands
  // out of every map colour and of the hatched no-data areas, for deuteranopes and protanopes too.
  static final String SITE_COLOUR = "#111111";
  static final String DETECTION_COLOUR = "#00d855";
  /** Another method's boxes on the same gradient stack. */
  static final String COMPARED_COLOUR = "#ff90ff";

  private DemoPage() {
  }

  /**
   * @param detection the chain's detections against the truth
   * @param compared DL-Detect's methods on the chain's gradient stack, the chain's first (its
   *     boxes are {@code detection}'s); the others' boxes are drawn in their own colour
   * @param stack the simulated stack (i/q of the interferogram shown, geocoding)
   * @param gradients the chain's written product: gradient stack, masks and the networks it
   *     records in {@code DL_InSAR_Models}
   * @param sbas what Local-SBAS gave, {@link LocalSbasResults#none()} when it did not run
   * @param timings wall time per stage, in run order
   */
  public static ReportPage build(StackSimulator sim, DemoFigures figures, DetectionFigures detection,
      List<MethodScores> compared, Product stack, Product gradients, LocalSbasResults sbas,
      List<StageTiming> timings) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    List<PixelBox> siteBoxes = sim.sites().stream().map(Site::box).toList();
    List<DetectionsRead.Row> rows = detection.detections();
    List<BoxLayer> boxes = new ArrayList<>(List.of(BoxLayer.of("true site", SITE_COLOUR, siteBoxes),
        new BoxLayer("DL-Detect (id)", DETECTION_COLOUR, rows.stream().map(DetectionsRead.Row::box).toList(),
            rows.stream().map(r -> String.valueOf(r.id())).toList())));
    for (MethodScores other : compared.subList(Math.min(1, compared.size()), compared.size())) {
      boxes.add(BoxLayer.of("DL-Detect " + other.method(), COMPARED_COLOUR,
          other.figures().detections().stream().map(DetectionsRead.Row::box).toList()));
    }
    Interferogram shown = longestNearMiddle(InterferogramStack.of(stack).interferograms());
    List<RasterPanel> quicklooks = new ArrayList<>();
    quicklooks.add(wrappedPhase(shown, w, h));
    quicklooks.addAll(maskPanels(stack, gradients, shown));
    quicklooks.addAll(List.of(
        gradientPanel("Gradient stack, azimuth (grad_az)", gradients, BandNames.GRADIENT_AZIMUTH, w, h, boxes),
        gradientPanel("Gradient stack, range (grad_rg)", gradients, BandNames.GRADIENT_RANGE, w, h, boxes),
        trueVelocity(figures, w, h, siteBoxes)));

    List<DetectionEntry> entries = new ArrayList<>();
    GeoCoding geo = stack.getSceneGeoCoding();
    Wgs84Positions wgs84 = Wgs84Positions.of(geo);
    for (DetectionsRead.Row r : rows) {
      entries.add(entry(r, sim, sbas, geo, wgs84));
    }
    TruthSummary truth = new TruthSummary(figures.maskMethod(), figures.meanMaskIou(),
        figures.meanOtsuMaskIou(), figures.worstMaskIou(), figures.maskIou().size(),
        detection.scores(), detection.separable(), detection.anySite(), detection.lookalikes(),
        compared);
    return new ReportPage("DL-InSAR demo: detection-first chain on a simulated landslide stack",
        facts(sim, sbas), quicklooks, entries, Optional.of(truth), timings, processed(sbas, rows, w, h),
        ReportProvenance.of(gradients));
  }

  /** The simulator's velocity on its own scale ({@link DemoFigures#velocityTruthScale}), the sites outlined. */
  static RasterPanel trueVelocity(DemoFigures figures, int w, int h, List<PixelBox> siteBoxes) {
    return new RasterPanel("True LOS velocity (simulator)", figures.velocityTruth(), w, h,
        figures.velocityTruthScale(), List.of(BoxLayer.of("true site", SITE_COLOUR, siteBoxes)),
        "What the chain should find: red toward the satellite, blue away.");
  }

  /** One detection with the true site it hits, its place and its Local-SBAS results. */
  private static DetectionEntry entry(DetectionsRead.Row r, StackSimulator sim, LocalSbasResults sbas,
      GeoCoding geo, Wgs84Positions wgs84) {
    Optional<Site> site = siteHit(r.box(), sim.sites());
    Optional<TimeSeries> series = Optional.ofNullable(sbas.timeSeries().get(r.id()))
        .map(s -> site.map(t -> withTruth(s, t, sim.dates())).orElse(s));
    LonLat centre = DetectionCorners.centre(geo, wgs84, r.box());
    return new DetectionEntry(r.id(), r.detectionClass(), r.score(), r.box(),
        centre == null ? Double.NaN : centre.lon(), centre == null ? Double.NaN : centre.lat(),
        site, series, Optional.ofNullable(sbas.velocity().get(r.id())));
  }

  /**
   * The true site a detection's box stands for: of the sites it hits ({@link DetectionScores#hits}),
   * the one it overlaps most (the first in id order on a tie). A box over two neighbouring sites
   * was credited to the first of them, whose velocity it was then scored against.
   */
  static Optional<Site> siteHit(PixelBox box, List<Site> sites) {
    return sites.stream().filter(s -> DetectionScores.hits(box, s.box()))
        .max(Comparator.comparingDouble(s -> BoxOverlap.iou(box, s.box())));
  }

  private static List<String> facts(StackSimulator sim, LocalSbasResults sbas) {
    var scene = sim.scene();
    List<LocalDate> dates = sim.dates();
    List<String> facts = new ArrayList<>(List.of("Scene " + scene.name() + ", seed " + scene.seed() + ", " + scene.width() + " \u00d7 "
            + scene.height() + " pixels, simulated by bin/dlinsar simulate with its truth.",
        dates.size() + " acquisitions from " + dates.get(0) + " to " + dates.get(dates.size() - 1) + ", "
            + sim.pairs().size() + " small-baseline interferograms.",
        sim.sites().size() + " deformation sites and " + sim.lookalikes().size()
            + " lookalike atmospheric cells (not ground motion).",
        "Figures beside this page: report.md (the same for diffing), the products and their GeoJSON/CSV."));
    if (!sbas.unwrapping().isEmpty()) {
      facts.add("Local-SBAS's phases unwrapped by " + sbas.unwrapping() + ".");
    }
    return facts;
  }

  /**
   * The chain's mask of the interferogram shown and, when the chain did not use Otsu's threshold,
   * Otsu's mask of the same interferogram beside it.
   */
  static List<RasterPanel> maskPanels(Product stack, Product chain, Interferogram shown) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    Band mask = chain.getBand(shown.maskBandName());
    String method = DemoFigures.maskMethod(mask);
    List<RasterPanel> panels = new ArrayList<>();
    panels.add(maskPanel("DL-Mask, " + method + ", same interferogram", DemoFigures.floats(mask), w, h,
        "Pixels DL-Mask keeps (1) and drops as decorrelated (0)."));
    if (!method.equals("OTSU")) {
      Product otsu = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
      panels.add(maskPanel("Otsu's coherence threshold, same interferogram",
          DemoFigures.floats(otsu.getBand(shown.maskBandName())), w, h,
          "The classical mask DL-Mask's network is measured against."));
      otsu.dispose();
    }
    return panels;
  }

  private static RasterPanel maskPanel(String title, float[] mask, int w, int h, String caption) {
    return new RasterPanel(title, mask, w, h, new ColourScale(ColourMap.BINARY, 0, 1, "mask class"),
        List.of(), caption);
  }

  /** The interferogram of longest span, the one nearest the stack's middle among those. */
  static Interferogram longestNearMiddle(List<Interferogram> ifgs) {
    long longest = ifgs.stream().mapToLong(i -> i.pair().spanDays()).max().orElseThrow();
    List<Interferogram> candidates = ifgs.stream().filter(i -> i.pair().spanDays() == longest).toList();
    return candidates.get(candidates.size() / 2);
  }

  static RasterPanel wrappedPhase(Interferogram ifg, int w, int h) throws IOException {
    float[] re = DemoFigures.floats(ifg.real());
    float[] im = DemoFigures.floats(ifg.imaginary());
    float[] phase = new float[re.length];
    for (int i = 0; i < phase.length; i++) {
      boolean noData = re[i] == 0 && im[i] == 0 || !Float.isFinite(re[i]) || !Float.isFinite(im[i]);
      phase[i] = noData ? Float.NaN : (float) Math.atan2(im[i], re[i]);
    }
    return new RasterPanel("Wrapped interferogram " + ifg.pair().reference() + " / " + ifg.pair().secondary(),
        phase, w, h, wrappedPhaseScale(), List.of(), "One of the stack's " + ifg.pair().spanDays() + "-day pairs, phase from i/q.");
  }

  /** Wrapped phase on the cyclic map: -pi and pi, the same phase, get the same colour. */
  static ColourScale wrappedPhaseScale() {
    return new ColourScale(ColourMap.CYCLIC, -Math.PI, Math.PI, "phase, rad (\u2212\u03c0 to \u03c0)");
  }

  private static RasterPanel gradientPanel(String title, Product gradients, String band, int w, int h,
      List<BoxLayer> boxes) throws IOException {
    return gradientPanel(title, gradients, band, w, h, boxes,
        "Stacked wrapped-phase gradient; true sites black, the chain's DL-Detect boxes green with their"
            + " ids, another method's (when compared) magenta.");
  }

  static RasterPanel gradientPanel(String title, Product gradients, String band, int w, int h,
      List<BoxLayer> boxes, String caption) throws IOException {
    float[] values = DemoFigures.floats(gradients.getBand(band));
    return new RasterPanel(title, values, w, h,
        ColourScale.symmetric(ColourMap.DIVERGING, values, BandNames.UNIT_GRADIENT_RATE), boxes, caption);
  }

  /** The series with the true site's displacement beside it, when the truth has every one of its dates. */
  private static TimeSeries withTruth(TimeSeries series, Site site, List<LocalDate> dates) {
    Map<LocalDate, Double> truth = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) {
      truth.put(dates.get(i), site.timeSeriesMm().get(i));
    }
    if (!truth.keySet().containsAll(series.dates())) {
      return series;
    }
    // Both series are relative to their first date; start the truth where the estimate starts.
    double offset = truth.get(series.dates().get(0));
    return series.withTruth(series.dates().stream().map(d -> truth.get(d) - offset).toList());
  }

  static ProcessedArea processed(LocalSbasResults sbas, List<DetectionsRead.Row> rows, int w, int h) {
    boolean solved = !sbas.velocity().isEmpty();
    boolean[] covered = new boolean[w * h];
    long count = 0;
    if (solved) {
      // a patch whose inversion failed (no reference) is NaN: only finite velocities were solved
      for (VelocityPatch patch : sbas.velocity().values()) {
        PixelBox b = patch.box();
        for (int y = b.y0(); y < b.y1(); y++) {
          for (int x = b.x0(); x < b.x1(); x++) {
            boolean finite = Float.isFinite(patch.velocityMmPerYear()[(y - b.y0()) * b.width() + x - b.x0()]);
            count += finite && !covered[y * w + x] ? 1 : 0;
            covered[y * w + x] |= finite;
          }
        }
      }
    } else {
      for (PixelBox b : rows.stream().map(DetectionsRead.Row::box).toList()) {
        for (int y = b.y0(); y < b.y1(); y++) {
          for (int x = b.x0(); x < b.x1(); x++) {
            count += covered[y * w + x] ? 0 : 1;
            covered[y * w + x] = true;
          }
        }
      }
    }
    return new ProcessedArea(count, (long) w * h, solved
        ? "the pixels Local-SBAS solved in its patches"
        : "inside the detection boxes, what Local-SBAS will process (plus its margin) once it runs");
  }
}
