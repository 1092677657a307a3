package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import java.util.HashMap;
import java.util.Map;
import org.dlinsar.ifg.StackFixtures;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standard error of the stacked gradient against its truth: interferograms whose phase is a
 * plane have known per-pair rates g_k / dt_k, so the documented estimate (weighted scatter of those
 * rates over n_eff - 1, v = w dt) is known exactly. The existing tests only check an error of 0
 * for one constant rate (where a clamp at 0 hides a wrong scatter) and "large against small" for
 * noise, and never read grad_stderr from the operator against a value.
 */
class StandardErrorTruthTest {

  /** The documented standard error of one axis from the pairs' rates and spans (equal w). */
  static double expectedAxisError(double[] rates, double[] spans) {
    double sumV = 0;
    double sumV2 = 0;
    double sumVr = 0;
    for (int k = 0; k < rates.length; k++) {
      sumV += spans[k];
      sumV2 += spans[k] * spans[k];
      sumVr += spans[k] * rates[k];
    }
    double rate = sumVr / sumV;
    double scatter = 0;
    for (int k = 0; k < rates.length; k++) {
      scatter += spans[k] * (rates[k] - rate) * (rates[k] - rate);
    }
    scatter /= sumV;
    double effective = sumV * sumV / sumV2;
    return Math.sqrt(scatter / (effective - 1));
  }

  private static float[][] plane(int w, int h, double az, double rg) {
    float[][] z = new float[2][w * h];
    for (int i = 0; i < w * h; i++) {
      double phase = az * (i / w) + rg * (i % w);
      z[0][i] = (float) Math.cos(phase);
      z[1][i] = (float) Math.sin(phase);
    }
    return z;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void stackerErrorOfPairsWithDifferentRatesIsTheDocumentedScatter(int window) {
    int w = 21;
    int h = 21;
    double[] spans = {0.1, 0.2, 0.4};
    double[] rangeRates = {0.5, 1.0, 0.5}; // rad/pixel/year
    double[] azimuthRates = {-1.0, -0.25, -0.5};
    GradientStacker stacker = new GradientStacker(w, h, window);
    for (int k = 0; k < spans.length; k++) {
      float[][] z = plane(w, h, azimuthRates[k] * spans[k], rangeRates[k] * spans[k]);
      stacker.addInterferogram(z[0], z[1], null, null, spans[k]);
    }
    float[] az = new float[w * h];
    float[] rg = new float[w * h];
    int[] count = new int[w * h];
    float[] error = new float[w * h];
    stacker.finish(az, rg, count, error);
    double expected = Math.hypot(expectedAxisError(rangeRates, spans),
        expectedAxisError(azimuthRates, spans));
    int centre = (h / 2) * w + w / 2;
    assertEquals(3, count[centre]);
    // rates: sum(v r) / sum(v)
    assertEquals((0.05 + 0.2 + 0.2) / 0.7, rg[centre], 1e-4);
    assertEquals(expected, error[centre], 1e-3 * expected, "window " + window);
  }

  private static void addRamp(Product p, String suffix, int w, int h, double rangeRate,
      double spanYears) {
    float[] phase = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        phase[y * w + x] = (float) (rangeRate * x * spanYears);
      }
    }
    StackFixtures.addPhaseInterferogram(p, suffix, phase, StackFixtures.filled(w * h, 0.9f));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7})
  void operatorWritesTheDocumentedStandardErrorInGradStderr(int window) throws Exception {
    int w = 24;
    int h = 18;
    Product p = StackFixtures.product("ramps", w, h);
    addRamp(p, "VV_15Jan2020_27Jan2020", w, h, 3.0, 12 / 365.25);
    addRamp(p, "VV_15Jan2020_08Feb2020", w, h, 5.0, 24 / 365.25);
    addRamp(p, "VV_27Jan2020_08Feb2020", w, h, 1.0, 12 / 365.25);
    Map<String, Object> params = new HashMap<>();
    params.put("window", window);
    Product target = GPF.createProduct("Phase-Gradient-Stack", params, p);
    ProductData data = ProductData.createInstance(ProductData.TYPE_FLOAT32, w * h);
    target.getBand("grad_stderr").readRasterData(0, 0, w, h, data);
    float[] error = (float[]) data.getElems();
    // rates 3, 5, 1 over spans 12, 24, 12 days: mean 3.5, scatter 2.75, n_eff 8/3
    double expected = expectedAxisError(new double[] {3, 5, 1},
        new double[] {12 / 365.25, 24 / 365.25, 12 / 365.25});
    assertEquals(Math.sqrt(2.75 / (8.0 / 3 - 1)), expected, 1e-9);
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        assertEquals(expected, error[y * w + x], 2e-3 * expected, "stderr at " + x + "," + y);
      }
    }
  }
}
