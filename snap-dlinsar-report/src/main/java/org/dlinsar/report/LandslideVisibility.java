package org.dlinsar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;

/**
 * A scene's landslides and how its gradient stack shows them: which pass the visibility bar
 * ({@link SiteVisibility}) and which the stack separates from its background ({@link
 * SeparableSites}), judged once for every detection scored against them (the second correlates
 * each slide with the whole frame).
 *
 * @param sites the scene's landslides, in id order
 * @param visible per slide, whether it passes the visibility bar
 * @param separable per slide, whether the stack separates it from its background
 */
record LandslideVisibility(List<Site> sites, List<Boolean> visible, List<Boolean> separable) {

  /**
   * @param gradients the scene's gradient stack (grad_az, grad_rg, grad_count, grad_stderr)
   */
  static LandslideVisibility of(StackSimulator sim, Product gradients) {
    List<Site> sites = DetectionTrial.sitesOf(sim, SiteClass.LANDSLIDE);
    float[] range = read(gradients, "grad_rg");
    float[] count = read(gradients, "grad_count");
    return new LandslideVisibility(sites, SiteVisibility.inGradientStack(sim, sites, range, count),
        new SeparableSites(sim, read(gradients, "grad_az"), range, count,
            read(gradients, "grad_stderr")).of(sites));
  }

  private static float[] read(Product product, String band) {
    try {
      return DemoFigures.floats(product.getBand(band));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
