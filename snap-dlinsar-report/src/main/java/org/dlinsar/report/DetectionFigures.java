package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import java.io.IOException;
import java.util.List;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;

/**
 * What the demo measured of DL-Detect: its detections against the landslides of the truth.
 *
 * @param method the method DL-Detect ran with (its Detections element's)
 * @param detections the detections, from the product's Detections metadata
 * @param sites the scene's landslides
 * @param visible per landslide, whether the gradient stack shows it ({@link SiteVisibility})
 * @param scores recall of the landslides
 * @param separable recall of the landslides the gradient stack separates from its background
 *     ({@link SeparableSites}), as the visible sites of its scores
 * @param anySite precision against every site
 * @param lookalikes lookalike cells detected
 * @param detectSeconds CPU of all threads while DL-Detect ran on the written gradient stack,
 *     reading it included
 * @param stackSeconds CPU the chain took to read the interferograms and make the gradient stack
 *     (Read, DL-Mask and Phase-Gradient-Stack, each in its own tiles and initialisation)
 */
public record DetectionFigures(String method, List<DetectionsRead.Row> detections, List<Site> sites,
    List<Boolean> visible, DetectionScores scores, DetectionScores separable,
    DetectionScores anySite, int lookalikes,
    double detectSeconds, double stackSeconds) {

  public DetectionFigures {
    detections = List.copyOf(detections);
    sites = List.copyOf(sites);
    visible = List.copyOf(visible);
  }

  /**
   * @param detected DL-Detect's product (its Detections metadata)
   * @param gradients the gradient stack it read (grad_az, grad_rg, grad_count, grad_stderr)
   */
  public static DetectionFigures measure(StackSimulator sim, Product detected, Product gradients,
      double detectSeconds, double stackSeconds) throws IOException {
    List<DetectionsRead.Row> rows = DetectionsRead.from(detected);
    LandslideVisibility slides = LandslideVisibility.of(sim, gradients);
    var boxes = rows.stream().map(DetectionsRead.Row::box).toList();
    var siteBoxes = slides.sites().stream().map(Site::box).toList();
    var allBoxes = sim.sites().stream().map(Site::box).toList();
    return new DetectionFigures(DetectionsRead.method(detected), rows, slides.sites(),
        slides.visible(), DetectionScores.of(boxes, siteBoxes, slides.visible()),
        DetectionScores.of(boxes, siteBoxes, slides.separable()),
        DetectionScores.of(boxes, allBoxes, allBoxes.stream().map(b -> Boolean.TRUE).toList()),
        DetectionScores.lookalikesFound(boxes, sim.lookalikes(), allBoxes), detectSeconds,
        stackSeconds);
  }
}
