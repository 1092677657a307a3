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

  public static void main(String[] arguments) throws Exception {
    BenchArguments.run(() -> run(arguments));
  }

  private static void run(String[] arguments) {
    BenchArguments args = new BenchArguments("bench/java.sh OracleDetectability preset firstSeed"
        + " seeds [dates neighbours] [bowls | all]", arguments);
    String last = arguments.length > 0 ? arguments[arguments.length - 1] : "";
    boolean bowls = last.equals("bowls");
    boolean every = bowls || last.equals("all");
    int given = every ? arguments.length - 1 : arguments.length;
    if (given > 5) {
      throw args.refuse("unexpected '" + arguments[5] + "' (only the last may be bowls or all)");
    }
    args.text(2, "seeds"); // preset, firstSeed and seeds are needed
    String preset = args.oneOf(0, "preset", ScenePresets.NAMES);
    long first = args.seed(1, "firstSeed", 0);
    int seeds = args.positive(2, "seeds", 0);
    // the simulator's acquisition plan takes 2 to 1000 dates
    int dates = given > 3 ? args.within(3, "dates", 2, 1000, 0) : 11;
    int neighbours = given > 4 ? args.positive(4, "neighbours", 0) : 2;
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
    String tried = bowls ? "bowls" : every ? "slides" : "visible slides";
    if (tested == 0) {
      // the mining preset has no slides, a short stack may show none: no ratio to take
      System.out.printf(Locale.ROOT, "%n%s seeds %d..%d, %d dates x %d neighbours: no %s to test%n",
          preset, first, first + seeds - 1, dates, neighbours, tried);
      return;
    }
    double[] sorted = margins.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%n%s seeds %d..%d, %d dates x %d neighbours: the oracle finds"
        + " %d of %d %s (%.3f); site / background ratio: 5th percentile %.2f,"
        + " median %.2f%n", preset, first, first + seeds - 1, dates, neighbours, found, tested,
        tried, (double) found / tested, sorted[(int) (0.05 * sorted.length)], sorted[sorted.length / 2]);
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
