package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.mask.CoherenceMasker;
import org.dlinsar.mask.OtsuThreshold;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TrainingScenes;
import org.dlinsar.sim.TruthTile;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.Unwrappers;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * The bundled unwrapping network against the simulator's noise-free phase and beside the classical
 * unwrapper, on dense-fringe scenes of seeds neither its training (100001-100800) nor its card's
 * held-out set (910001-910040) used. Success: the share of truly coherent pixels (that Otsu's mask
 * keeps, where both methods answer) within pi of the truth after one whole-cycle offset.
 */
class UnwrapModelTruthTest {

  private static final int SIZE = 192;

  /** Pixels within pi of the truth after the commonest whole-cycle offset, and pixels scored. */
  private static long[] score(float[] unwrapped, float[] truth, boolean[] scored) {
    Map<Long, Integer> votes = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      if (scored[i]) {
        votes.merge(Math.round((unwrapped[i] - truth[i]) / (2 * Math.PI)), 1, Integer::sum);
      }
    }
    long k = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
    long good = 0;
    long n = 0;
    for (int i = 0; i < truth.length; i++) {
      if (scored[i]) {
        n++;
        good += Math.abs(unwrapped[i] - truth[i] - 2 * Math.PI * k) < Math.PI ? 1 : 0;
      }
    }
    return new long[] {good, n};
  }

  @Test
  void theNetworkUnwrapsDenseFringesAsWellAsTheClassicalUnwrapper() {
    PhaseUnwrapper network = Unwrappers.network(
        ModelSessions.forTask(ModelResolver.UNWRAP, "", null, ExecutionProvider.CPU));
    PhaseUnwrapper classical = Unwrappers.classical();
    long[] dl = new long[2];
    long[] mcf = new long[2];
    for (long seed = 960_001; seed <= 960_004; seed++) {
      StackSimulator sim = new StackSimulator(TrainingScenes.denseFringes(seed, SIZE));
      PixelBox box = PixelBox.of(0, 0, SIZE, SIZE);
      StackTile stack = sim.simulate(box);
      TruthTile truth = sim.truth(box);
      for (int p = 0; p < sim.pairs().size(); p++) {
        float[] re = stack.real(p);
        float[] im = stack.imaginary(p);
        float[] coh = stack.coherence(p);
        byte[] otsu = new byte[re.length];
        CoherenceMasker.mask(coh, re, im, OtsuThreshold.threshold(coh), otsu);
        float[] phase = new float[re.length];
        float[] weight = new float[re.length];
        for (int i = 0; i < re.length; i++) {
          phase[i] = (float) Math.atan2(im[i], re[i]);
          weight[i] = otsu[i] == 1 ? coh[i] : 0f;
        }
        float[] byNetwork = network.unwrap(phase, weight, SIZE, SIZE);
        float[] byFlow = classical.unwrap(phase, weight, SIZE, SIZE);
        float[] trueUnwrapped = sim.unwrappedPhaseRad(p, box);
        boolean[] scored = new boolean[re.length];
        byte[] trueMask = truth.mask(p);
        for (int i = 0; i < re.length; i++) {
          scored[i] = trueMask[i] == 1 && !Float.isNaN(byNetwork[i]) && !Float.isNaN(byFlow[i]);
          if (!Float.isNaN(byNetwork[i])) {
            double cycles = (byNetwork[i] - phase[i]) / (2 * Math.PI);
            assertEquals(Math.rint(cycles), cycles, 1e-3, "congruent with the wrapped phase");
          }
        }
        long[] a = score(byNetwork, trueUnwrapped, scored);
        long[] b = score(byFlow, trueUnwrapped, scored);
        dl[0] += a[0];
        dl[1] += a[1];
        mcf[0] += b[0];
        mcf[1] += b[1];
      }
    }
    double dlSuccess = (double) dl[0] / dl[1];
    double mcfSuccess = (double) mcf[0] / mcf[1];
    System.out.printf("unwrap, dense-fringe scenes 960001-960004: DL %.4f, classical %.4f (%d px)%n",
        dlSuccess, mcfSuccess, dl[1]);
    assertTrue(dlSuccess >= 0.99, "DL success " + dlSuccess);
    assertTrue(dlSuccess >= mcfSuccess - 0.005, "DL " + dlSuccess + " vs classical " + mcfSuccess);
  }

  @Test
  void dlUnwrapStitchesNetworkPatchesIntoOneCongruentRaster() throws Exception {
    Scene scene = TrainingScenes.denseFringes(960_101, 300);
    Product target = GPF.createProduct("DL-Unwrap", Map.of("method", "DL", "provider", "CPU"),
        SimulatedProducts.stack(scene));
    String name = null;
    for (String band : target.getBandNames()) {
      name = band.startsWith("Unw_Phase_ifg_") && name == null ? band : name;
    }
    String suffix = name.substring("Unw_Phase_ifg_".length());
    float[] unwrapped = floats(target, name);
    float[] re = floats(target, "i_ifg_" + suffix);
    float[] im = floats(target, "q_ifg_" + suffix);
    int congruent = 0;
    int unwrappedPixels = 0;
    for (int i = 0; i < unwrapped.length; i++) {
      if (!Float.isNaN(unwrapped[i])) {
        unwrappedPixels++;
        double cycles = (unwrapped[i] - Math.atan2(im[i], re[i])) / (2 * Math.PI);
        congruent += Math.abs(cycles - Math.rint(cycles)) < 1e-3 ? 1 : 0;
      }
    }
    assertTrue(unwrappedPixels > unwrapped.length / 2, unwrappedPixels + " pixels unwrapped");
    assertEquals(unwrappedPixels, congruent, "pixels whose unwrapped phase is the wrapped one plus whole cycles");
    // no seams: one whole-cycle offset brings the stitched raster to the truth
    StackSimulator sim = new StackSimulator(scene);
    int pair = 0;
    while (!suffix.endsWith(BandNames.formatDate(sim.pairs().get(pair).reference()) + "_"
        + BandNames.formatDate(sim.pairs().get(pair).secondary()))) {
      pair++;
    }
    PixelBox box = PixelBox.of(0, 0, 300, 300);
    byte[] trueMask = sim.truth(box).mask(pair);
    boolean[] scored = new boolean[unwrapped.length];
    for (int i = 0; i < scored.length; i++) {
      scored[i] = trueMask[i] == 1 && !Float.isNaN(unwrapped[i]);
    }
    long[] s = score(unwrapped, sim.unwrappedPhaseRad(pair, box), scored);
    assertTrue(s[0] >= 0.98 * s[1], "stitched raster: " + s[0] + " of " + s[1] + " pixels within pi of the truth");
    assertTrue(target.getBand(name).getDescription().startsWith("DL-Unwrap DL (model punet-unwrap "),
        target.getBand(name).getDescription());
  }

  private static float[] floats(Product product, String band) throws Exception {
    int w = product.getSceneRasterWidth();
    int h = product.getSceneRasterHeight();
    ProductData data = ProductData.createInstance(ProductData.TYPE_FLOAT32, w * h);
    product.getBand(band).readRasterData(0, 0, w, h, data);
    return (float[]) data.getElems();
  }
}
