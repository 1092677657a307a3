package org.dlinsar.report;

import org.dlinsar.detect.DetectionCorners;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.LonLat;
import org.dlinsar.detect.Wgs84Positions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.Product;

/**
 * The demo's {@link ReportPage} for a stack given with {@code --input}: the same quicklooks (but
 * the true velocity), detections and timings as {@link DemoPage}, and no truth to score against.
 */
public final class InputPage {

  private static final String GRADIENT_CAPTION = "Stacked wrapped-phase gradient; DL-Detect's boxes green with their ids.";

  private InputPage() {
  }

  /**
   * @param input the file the stack was read from, named on the page
   * @param stack the given stack (i/q of the interferogram shown, geocoding)
   * @param chain the chain's product (masks, gradient stack)
   * @param rows the chain's detections
   * @param sbas what Local-SBAS gave
   * @param timings wall time per stage, in run order
   */
  public static ReportPage build(String input, Product stack, Product chain, List<DetectionsRead.Row> rows,
      LocalSbasResults sbas, List<StageTiming> timings) throws IOException {
    int w = stack.getSceneRasterWidth();
    int h = stack.getSceneRasterHeight();
    List<BoxLayer> boxes = List.of(new BoxLayer("DL-Detect (id)", DemoPage.DETECTION_COLOUR,
        rows.stream().map(DetectionsRead.Row::box).toList(), rows.stream().map(r -> String.valueOf(r.id())).toList()));
    InterferogramStack ifgs = InterferogramStack.of(stack);
    Interferogram shown = DemoPage.longestNearMiddle(ifgs.interferograms());
    List<RasterPanel> quicklooks = new ArrayList<>();
    quicklooks.add(DemoPage.wrappedPhase(shown, w, h));
    quicklooks.addAll(DemoPage.maskPanels(stack, chain, shown));
    quicklooks.addAll(List.of(
        DemoPage.gradientPanel("Gradient stack, azimuth (grad_az)", chain, BandNames.GRADIENT_AZIMUTH, w, h, boxes,
            GRADIENT_CAPTION),
        DemoPage.gradientPanel("Gradient stack, range (grad_rg)", chain, BandNames.GRADIENT_RANGE, w, h, boxes,
            GRADIENT_CAPTION)));
    List<DetectionEntry> entries = new ArrayList<>();
    GeoCoding geo = stack.getSceneGeoCoding();
    Wgs84Positions wgs84 = Wgs84Positions.of(geo);
    for (DetectionsRead.Row r : rows) {
      LonLat centre = DetectionCorners.centre(geo, wgs84, r.box());
      entries.add(new DetectionEntry(r.id(), r.detectionClass(), r.score(), r.box(),
          centre == null ? Double.NaN : centre.lon(), centre == null ? Double.NaN : centre.lat(),
          Optional.empty(), Optional.ofNullable(sbas.timeSeries().get(r.id())),
          Optional.ofNullable(sbas.velocity().get(r.id()))));
    }
    List<String> facts = new ArrayList<>(facts(input, ifgs, w, h));
    DetectionsRead.slopeFilter(chain).ifPresent(f -> facts.add("DL-Detect's slope filter: " + f + "."));
    DetectionsRead.lineFilter(chain).ifPresent(f -> facts.add("DL-Detect's line filter: " + f + "."));
    return new ReportPage("DL-InSAR demo: detection-first chain on " + input, facts,
        quicklooks, entries, Optional.empty(), timings, DemoPage.processed(sbas, rows, w, h),
        ReportProvenance.of(chain));
  }

  static List<String> facts(String input, InterferogramStack ifgs, int w, int h) {
    var dates = ifgs.acquisitionDates();
    return List.of("Stack " + input + ", " + w + " \u00d7 " + h + " pixels, given with --input.",
        dates.size() + " acquisitions from " + dates.get(0) + " to " + dates.get(dates.size() - 1) + ", "
            + ifgs.size() + " interferograms.",
        "No truth: this run has nothing to score the detections and velocities against.",
        "Figures beside this page: report.md (the same for diffing), the chain's product and its GeoJSON/CSV.");
  }
}
