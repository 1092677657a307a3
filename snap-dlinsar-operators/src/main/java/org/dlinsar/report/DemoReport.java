package org.dlinsar.report;

import java.util.List;
import java.util.Locale;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;

/** The demo's report as Markdown: the scene, each stage's figures against the truth, timings. */
public final class DemoReport {

  private DemoReport() {
  }

  public static String markdown(Scene scene, StackSimulator sim, DemoFigures figures, double simulateSeconds,
      double chainSeconds) {
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
    md.append("- products: `landslides.dim` (stack), `landslides_grad.dim` (masks and gradient stack)\n\n");

    md.append("## 1. DL-Mask, method OTSU\n\n");
    md.append("IoU of the decorrelated class against the true masks: mean **")
        .append(format(figures.meanMaskIou())).append("**, worst ").append(format(figures.worstMaskIou()))
        .append(" over ").append(figures.maskIou().size()).append(" interferograms.\n\n");

    md.append("## 2. Phase-Gradient-Stack\n\n");
    md.append("Site contrast = mean gradient magnitude in the site's box over the background median. ")
        .append("Stack: median **").append(format(figures.stackContrast().median()))
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
          .append(" | ").append(Double.isNaN(ratio) ? "masked in every interferogram" : format(ratio))
          .append(" |\n");
    }
    md.append("\nGradient magnitude of the stack (rad/pixel/year), true site boxes in red:\n\n")
        .append("![gradient magnitude](gradient_magnitude.png)\n\n")
        .append("True LOS velocity (mm/year):\n\n![true velocity](true_velocity.png)\n\n");

    md.append("## Timings\n\n");
    md.append("- simulate and write stack and truth: ").append(format(simulateSeconds)).append(" s\n");
    md.append("- read, mask, stack and write: ").append(format(chainSeconds)).append(" s\n\n");
    md.append("## Not yet in this release\n\n")
        .append("DL-Detect, DL-Unwrap and Local-SBAS, the stages after the gradient stack, come with ")
        .append("their own issues; the report will score their detections, unwrapped phase and ")
        .append("velocities against the same truth.\n");
    return md.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
