package org.dlinsar.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * What the demo measured: the Otsu mask's IoU per interferogram, the site contrast of the
 * gradient stack and of single interferograms, and the rasters its quicklooks show.
 *
 * @param maskIou per interferogram suffix, the IoU of the decorrelated class against the truth
 * @param stackContrast site contrast of the gradient stack, sites in {@code sim.sites()} order
 * @param singleContrasts median site contrast of each single interferogram, ascending
 * @param gradientMagnitude sqrt(grad_az^2 + grad_rg^2), rad/pixel/year, row-major
 * @param velocityTruth the true LOS velocity, mm/year, row-major
 */
public record DemoFigures(Map<String, Double> maskIou, SiteContrast stackContrast, double[] singleContrasts,
    float[] gradientMagnitude, float[] velocityTruth) {

  /** Measures the products of the chain ({@code gradients} carries the masks) against {@code truth}. */
  public static DemoFigures measure(StackSimulator sim, Product gradients, Product truth) throws IOException {
    Map<String, Double> ious = new LinkedHashMap<>();
    for (Band trueMask : truth.getBands()) {
      if (trueMask.getName().startsWith("mask_ifg_")) {
        byte[] predicted = bytes(gradients.getBand(trueMask.getName()));
        ious.put(trueMask.getName().substring("mask_ifg_".length()),
            TruthScores.decorrelatedIou(predicted, bytes(trueMask)));
      }
    }
    int w = gradients.getSceneRasterWidth();
    int h = gradients.getSceneRasterHeight();
    float[] az = floats(gradients.getBand("grad_az"));
    float[] rg = floats(gradients.getBand("grad_rg"));
    float[] magnitude = magnitude(az, rg);
    List<PixelBox> boxes = new ArrayList<>();
    for (Site site : sim.sites()) {
      boxes.add(site.box());
    }
    return new DemoFigures(ious, TruthScores.siteContrast(az, rg, w, h, boxes, 3),
        TruthScores.singleInterferogramContrasts(sim, boxes), magnitude,
        floats(truth.getBand("velocity")));
  }

  /** sqrt(grad_az^2 + grad_rg^2) of a gradient stack, rad/pixel/year, row-major. */
  public static float[] gradientMagnitude(Product gradients) throws IOException {
    return magnitude(floats(gradients.getBand("grad_az")), floats(gradients.getBand("grad_rg")));
  }

  private static float[] magnitude(float[] az, float[] rg) {
    float[] magnitude = new float[az.length];
    for (int i = 0; i < magnitude.length; i++) {
      magnitude[i] = (float) Math.hypot(az[i], rg[i]);
    }
    return magnitude;
  }

  public double meanMaskIou() {
    return maskIou.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  public double worstMaskIou() {
    return maskIou.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public double singleContrastMedian() {
    return singleContrasts[singleContrasts.length / 2];
  }

  /** Reads a whole band as geophysical float samples. */
  static float[] floats(Band band) throws IOException {
    int w = band.getRasterWidth();
    int h = band.getRasterHeight();
    return band.readPixels(0, 0, w, h, new float[w * h]);
  }

  /** Reads a whole uint8 band. */
  static byte[] bytes(Band band) throws IOException {
    int w = band.getRasterWidth();
    int h = band.getRasterHeight();
    ProductData data = ProductData.createInstance(ProductData.TYPE_UINT8, w * h);
    band.readRasterData(0, 0, w, h, data);
    return (byte[]) data.getElems();
  }
}
