package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.report.SiteContrast;
import org.dlinsar.report.TruthScores;
import org.dlinsar.report.WindowScores;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.stats.RobustSpread;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * Slow landslides that single interferograms hide stand out of the gradient stack (window 1 in the
 * first test; the default window against it in the second). Contrast =
 * mean gradient magnitude in a site's box over the background median (TruthScores). Floors sit
 * below the figures measured when they were set (printed by the test): landslides 2.66 in the stack against 1.54
 * in single interferograms (seed 21, 93 interferograms); 2.50 since the stack's contrast counts only
 * the pixels it covers (two of the eight sites decorrelated, counting 0).
 */
class GradientStackTruthTest {

  private static final int SIZE = 256;
  private static final int DEFAULT_WINDOW = 7;

  @Test
  void landslidesStandOutOfTheStackButNotOfSingleInterferograms() throws IOException {
    // A year of 12-day acquisitions, each paired with its next three: slow motion accumulates
    // while turbulence and decorrelation noise average out.
    Scene scene = ScenePresets.landslides(21).withSize(SIZE, SIZE)
        .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 31, 3, 0));
    StackSimulator sim = new StackSimulator(scene);
    List<PixelBox> landslides = sim.sites().stream()
        .filter(s -> s.siteClass() == SiteClass.LANDSLIDE).map(Site::box).toList();
    assertTrue(landslides.size() >= 3, "the scene should hold landslides, has " + landslides.size());

    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), SimulatedProducts.stack(scene));
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", Map.of("window", 1), masked);
    float[] az = gradients.getBand("grad_az").readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
    float[] rg = gradients.getBand("grad_rg").readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
    float[] count = gradients.getBand("grad_count").readPixels(0, 0, SIZE, SIZE, new float[SIZE * SIZE]);
    SiteContrast stacked = TruthScores.siteContrast(az, rg, count, SIZE, SIZE, landslides, 3);

    double[] single = TruthScores.singleInterferogramContrasts(sim, landslides);
    double singleMedian = RobustSpread.median(single);
    System.out.println("landslide contrast per site (NaN: decorrelated): " + stacked.ratios());
    System.out.printf(Locale.ROOT, "landslide contrast: stack median %.2f; single interferograms median %.2f best %.2f%n",
        stacked.median(), singleMedian, single[single.length - 1]);

    assertTrue(stacked.median() >= 2.0, "stack contrast " + stacked.median());
    assertTrue(stacked.median() >= 1.5 * singleMedian,
        "stack contrast " + stacked.median() + " not well above single interferograms' " + singleMedian);
  }

  /**
   * The default window shows landslides far better than single-pixel differences, on seeds the
   * default was not chosen on (bench/window-eval.sh chose it on seeds 1 to 3). Measured when set:
   * rate contrast 2.66 / 17.88 and significance contrast 2.34 / 10.69 (landslides 21), 2.65 /
   * 21.73 and 2.78 / 9.63 (mixed 22), window 1 / default; the floor asks for twice window 1.
   * Over covered pixels only (decorrelated boxes count 0): 2.50 / 18.69, 2.45 / 11.72, 2.70 / 22.94
   * and 2.76 / 9.92; with RobustSpread's medians (the mean of the two middle values of an even
   * count, not the upper one): 2.33 / 17.75, 2.08 / 10.41, 2.16 / 16.21 and 2.18 / 9.37.
   */
  @Test
  void theDefaultWindowBeatsSinglePixelsOnHeldOutSeeds() throws IOException {
    for (String preset : List.of("landslides 21", "mixed 22")) {
      String[] name = preset.split(" ");
      Scene scene = WindowScores.scene(name[0], Long.parseLong(name[1]), SIZE);
      WindowScores.Score[] s = WindowScores.score(scene, 1, DEFAULT_WINDOW);
      System.out.printf(Locale.ROOT, "%s: rate contrast %.2f / %.2f, significance contrast %.2f /"
          + " %.2f (window 1 / %d)%n", preset, s[0].rate(), s[1].rate(), s[0].significance(),
          s[1].significance(), DEFAULT_WINDOW);
      assertTrue(s[1].rate() >= 2 * s[0].rate(), "rate contrast " + s[1].rate() + " against "
          + s[0].rate());
      assertTrue(s[1].significance() >= 2 * s[0].significance(), "significance contrast "
          + s[1].significance() + " against " + s[0].significance());
    }
  }

  @Test
  void maskAndGradientStackOfASimulatedStackDoNotDependOnTheTileGrid() throws IOException {
    Scene scene = ScenePresets.mining(4).withSize(96, 80);
    float[][] whole = chainOutputs(scene, new Dimension(96, 80));
    float[][] tiled = chainOutputs(scene, new Dimension(17, 23));

    for (int band = 0; band < whole.length; band++) {
      assertArrayEquals(whole[band], tiled[band], 0f, "band " + band + " differs between tile grids");
    }
  }

  /** grad_az, grad_rg, grad_count and the first mask of the chain, with the given tile grid. */
  private static float[][] chainOutputs(Scene scene, Dimension tileSize) throws IOException {
    Product stack = SimulatedProducts.stack(scene);
    stack.setPreferredTileSize(tileSize);
    Product masked = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, masked);
    int w = scene.width();
    int h = scene.height();
    String firstMask = Arrays.stream(gradients.getBandNames()).filter(n -> n.startsWith("mask_ifg_"))
        .findFirst().orElseThrow();
    float[][] out = new float[4][];
    String[] names = {"grad_az", "grad_rg", "grad_count", firstMask};
    for (int b = 0; b < names.length; b++) {
      out[b] = gradients.getBand(names[b]).readPixels(0, 0, w, h, new float[w * h]);
    }
    return out;
  }
}
