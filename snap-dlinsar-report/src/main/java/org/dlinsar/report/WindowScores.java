package org.dlinsar.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * How well Phase-Gradient-Stack of a given window shows a simulated scene's landslides: the
 * median site contrast ({@link TruthScores#siteContrast}) of the rate |grad| and of its
 * significance |grad| / grad_stderr. Chain: DL-Mask (OTSU), then Phase-Gradient-Stack, over a
 * year of 12-day acquisitions each paired with its next three (93 interferograms).
 */
public final class WindowScores {

  /** Median site contrasts of one scene and window. */
  public record Score(double rate, double significance) {}

  private WindowScores() {}

  /** A scene of the preset, {@code size} x {@code size} pixels, with the year of pairs. */
  public static Scene scene(String preset, long seed, int size) {
    return ScenePresets.named(preset, seed).withSize(size, size)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 31, 3, 0));
  }

  /** Scores each window on the scene; the stack is simulated and masked once. */
  public static Score[] score(Scene scene, int... windows) throws IOException {
    StackSimulator sim = new StackSimulator(scene);
    List<PixelBox> sites = sim.sites().stream()
        .filter(s -> s.siteClass() == SiteClass.LANDSLIDE).map(Site::box).toList();
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the scene holds no landslide");
    }
    int w = scene.width();
    int h = scene.height();
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"),
        SimulatedProducts.stack(scene));
    Score[] scores = new Score[windows.length];
    for (int k = 0; k < windows.length; k++) {
      Product gradients = GPF.createProduct("Phase-Gradient-Stack",
          Map.of("window", windows[k]), masked);
      float[] az = gradients.getBand("grad_az").readPixels(0, 0, w, h, new float[w * h]);
      float[] rg = gradients.getBand("grad_rg").readPixels(0, 0, w, h, new float[w * h]);
      float[] se = gradients.getBand("grad_stderr").readPixels(0, 0, w, h, new float[w * h]);
      float[] count = gradients.getBand("grad_count").readPixels(0, 0, w, h, new float[w * h]);
      double rate = TruthScores.siteContrast(az, rg, count, w, h, sites, 3).median();
      float[] zAz = new float[w * h];
      float[] zRg = new float[w * h];
      for (int i = 0; i < zAz.length; i++) {
        zAz[i] = az[i] / se[i]; // infinite error: 0, none: NaN, left out
        zRg[i] = rg[i] / se[i];
      }
      double significance = TruthScores.siteContrast(zAz, zRg, count, w, h, sites, 3).median();
      scores[k] = new Score(rate, significance);
      gradients.dispose();
    }
    masked.dispose();
    return scores;
  }
}
