package org.dlinsar.report;

import org.dlinsar.detect.DetectionsRead;
import java.io.IOException;
import java.util.List;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
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
 * @param detectSeconds time of DL-Detect, reading the written gradient stack
 * @param stackSeconds time of the chain before it (read, mask, stack and write)
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
    List<Site> sites = DetectionTrial.sitesOf(sim, SiteClass.LANDSLIDE);
    float[] range = DemoFigures.floats(gradients.getBand("grad_rg"));
    float[] count = DemoFigures.floats(gradients.getBand("grad_count"));
    List<Boolean> visible = SiteVisibility.inGradientStack(sim, sites, range, count);
    List<Boolean> separable = new SeparableSites(sim,
        DemoFigures.floats(gradients.getBand("grad_az")), range, count,
        DemoFigures.floats(gradients.getBand("grad_stderr"))).of(sites);
    var boxes = rows.stream().map(DetectionsRead.Row::box).toList();
    var siteBoxes = sites.stream().map(Site::box).toList();
    var allBoxes = sim.sites().stream().map(Site::box).toList();
    return new DetectionFigures(DetectionsRead.method(detected), rows, sites, visible,
        DetectionScores.of(boxes, siteBoxes, visible), DetectionScores.of(boxes, siteBoxes, separable),
        DetectionScores.of(boxes, allBoxes, allBoxes.stream().map(b -> Boolean.TRUE).toList()),
        DetectionScores.lookalikesFound(boxes, sim.lookalikes(), allBoxes), detectSeconds,
        stackSeconds);
  }
}
