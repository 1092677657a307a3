package org.dlinsar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.report.SeparableSites;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.SiteVisibility;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * How many of the visible landslides any detector reading the gradient stack could find at the
 * issue's precision ({@link SeparableSites}, an ideal observer that knows each slide's true
 * gradient field): an upper bound on DL-Detect's visible recall (issue 12, point 3), printed slide
 * by slide with its correlation and the background's largest.
 *
 * <p>Usage: {@code bench/java.sh OracleDetectability preset firstSeed seeds [dates neighbours]
 * [bowls | all]}: the preset's scenes as {@code DetectionEvaluation} makes them, the chain's
 * gradient stack (DL-Mask OTSU, then Phase-Gradient-Stack through GPF). With {@code bowls}, every
 * subsidence bowl instead of the visible landslides: a bowl's steady rate shows in the gradient
 * stack as a slide's does, so the same test says which bowls the stack shows at all. With
 * {@code all}, every landslide, those {@link SiteVisibility} calls invisible too (marked so).
 */
public final class OracleDetectability {

  private OracleDetectability() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: OracleDetectability preset firstSeed seeds [dates neighbours]"
          + " [bowls | all]");
      System.exit(2);
    }
    String preset = args[0];
    long first = Long.parseLong(args[1]);
    int seeds = Integer.parseInt(args[2]);
    String last = args[args.length - 1];
    boolean bowls = last.equals("bowls");
    boolean every = bowls || last.equals("all");
    int given = every ? args.length - 1 : args.length;
    int dates = given > 3 ? Integer.parseInt(args[3]) : 11;
    int neighbours = given > 4 ? Integer.parseInt(args[4]) : 2;
    SiteClass kind = bowls ? SiteClass.SUBSIDENCE : SiteClass.LANDSLIDE;
    int tested = 0;
    int found = 0;
    List<Double> margins = new ArrayList<>();
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = ScenePresets.named(preset, seed, dates, neighbours);
      StackSimulator sim = new StackSimulator(scene);
      Product stack = SimulatedProducts.stack(scene);
      Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
      Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
      float[] range = read(gradients, "grad_rg");
      float[] count = read(gradients, "grad_count");
      SeparableSites oracle = new SeparableSites(sim, read(gradients, "grad_az"), range, count,
          read(gradients, "grad_stderr"));
      List<Site> sites = sim.sites().stream().filter(s -> s.siteClass() == kind).toList();
      List<Boolean> visible = bowls ? SiteVisibility.inInterferograms(sim, sites)
          : SiteVisibility.inGradientStack(sim, sites, range, count);
      gradients.dispose();
      masked.dispose();
      stack.dispose();
      for (int s = 0; s < sites.size(); s++) {
        if (!every && !visible.get(s)) {
          continue;
        }
        Site site = sites.get(s);
        SeparableSites.Separation separation = oracle.separation(site);
        tested++;
        found += separation.separable() ? 1 : 0;
        margins.add(separation.atSite() / separation.background());
        PixelBox b = site.box();
        System.out.printf(Locale.ROOT, "seed %d %s %d box %d,%d,%d,%d %.0f mm/year%s: at the site"
            + " %.1f, background's largest %.1f%s%n", seed, bowls ? "bowl" : "slide", site.id(),
            b.x0(), b.y0(), b.x1(), b.y1(), site.peakVelocityMmPerYear(),
            visible.get(s) ? "" : " (invisible)", separation.atSite(), separation.background(),
            separation.separable() ? "" : "  MISSED");
      }
    }
    double[] sorted = margins.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%n%s seeds %d..%d, %d dates x %d neighbours: the oracle finds"
        + " %d of %d %s (%.3f); site / background ratio: 5th percentile %.2f,"
        + " median %.2f%n", preset, first, first + seeds - 1, dates, neighbours, found, tested,
        bowls ? "bowls" : every ? "slides" : "visible slides",
        (double) found / tested, sorted[(int) (0.05 * sorted.length)], sorted[sorted.length / 2]);
  }

  private static float[] read(Product product, String band) {
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    try {
      return product.getBand(band).readPixels(0, 0, w, h, new float[w * h]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
