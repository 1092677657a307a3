package org.dlinsar.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.BandProvenance;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.stats.RobustSpread;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.GPF;

/**
 * What the demo measured: the chain's mask IoU per interferogram beside Otsu's on the same
 * interferograms, the site contrast of the gradient stack and of single interferograms, and the
 * rasters its quicklooks show.
 *
 * @param maskMethod how the chain masked, from its mask bands' description, e.g.
 *     {@code DL (model skrau-mask 1.0.0)}
 * @param maskIou per interferogram suffix, the IoU of the decorrelated class against the truth
 * @param otsuMaskIou the same for DL-Mask's OTSU method on the same interferograms
 * @param stackContrast site contrast of the gradient stack, sites in {@code sim.sites()} order
 * @param singleContrasts median site contrast of each single interferogram, ascending
 * @param gradientMagnitude sqrt(grad_az^2 + grad_rg^2), rad/pixel/year, row-major
 * @param velocityTruth the true LOS velocity, mm/year, row-major
 */
public record DemoFigures(String maskMethod, Map<String, Double> maskIou, Map<String, Double> otsuMaskIou,
    SiteContrast stackContrast, double[] singleContrasts,
    float[] gradientMagnitude, float[] velocityTruth) {

  /**
   * Measures the products of the chain ({@code gradients} carries the masks) against
   * {@code truth}, and Otsu's masks of {@code stack} beside them.
   */
  public static DemoFigures measure(StackSimulator sim, Product stack, Product gradients, Product truth)
      throws IOException {
    Map<String, Double> ious = new LinkedHashMap<>();
    Map<String, Double> otsuIous = new LinkedHashMap<>();
    Product otsu = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    String method = "";
    for (Band trueMask : truth.getBands()) {
      Optional<String> suffix = BandNames.suffixAfter(BandNames.MASK_PREFIX, trueMask.getName());
      if (suffix.isPresent()) {
        Band chainMask = gradients.getBand(trueMask.getName());
        method = maskMethod(chainMask);
        byte[] truthBytes = bytes(trueMask);
        ious.put(suffix.get(), TruthScores.decorrelatedIou(bytes(chainMask), truthBytes));
        otsuIous.put(suffix.get(), TruthScores.decorrelatedIou(bytes(otsu.getBand(trueMask.getName())), truthBytes));
      }
    }
    otsu.dispose();
    int w = gradients.getSceneRasterWidth();
    int h = gradients.getSceneRasterHeight();
    float[] az = floats(gradients.getBand(BandNames.GRADIENT_AZIMUTH));
    float[] rg = floats(gradients.getBand(BandNames.GRADIENT_RANGE));
    float[] magnitude = magnitude(az, rg);
    List<PixelBox> boxes = new ArrayList<>();
    for (Site site : sim.sites()) {
      boxes.add(site.box());
    }
    float[] count = floats(gradients.getBand(BandNames.GRADIENT_COUNT));
    return new DemoFigures(method, ious, otsuIous, TruthScores.siteContrast(az, rg, count, w, h, boxes, 3),
        TruthScores.singleInterferogramContrasts(sim, boxes), magnitude,
        floats(truth.getBand(BandNames.VELOCITY)));
  }

  /** sqrt(grad_az^2 + grad_rg^2) of a gradient stack, rad/pixel/year, row-major. */
  public static float[] gradientMagnitude(Product gradients) throws IOException {
    return magnitude(floats(gradients.getBand(BandNames.GRADIENT_AZIMUTH)),
        floats(gradients.getBand(BandNames.GRADIENT_RANGE)));
  }

  private static float[] magnitude(float[] az, float[] rg) {
    float[] magnitude = new float[az.length];
    for (int i = 0; i < magnitude.length; i++) {
      magnitude[i] = (float) Math.hypot(az[i], rg[i]);
    }
    return magnitude;
  }

  /**
   * How the quicklooks colour the true velocity: blue-white-red out to its fastest pixel, so that
   * every site shows its own shade rather than the end colour of a scale fitted to still ground;
   * its ends named toward and away from the satellite.
   */
  public ColourScale velocityTruthScale() {
    return ColourScale.symmetricToPeak(ColourMap.DIVERGING, velocityTruth, "mm/year").lineOfSight();
  }

  public double meanMaskIou() {
    return maskIou.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  public double meanOtsuMaskIou() {
    return otsuMaskIou.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /**
   * How DL-Mask made a mask band, from its description ({@code DL-Mask <how>: ...}): e.g.
   * {@code OTSU} or {@code DL (model skrau-mask 1.0.0)}; "unknown" for a band DL-Mask did not write.
   */
  public static String maskMethod(Band mask) {
    String how = BandProvenance.how(mask, "DL-Mask");
    return how == null ? "unknown" : how;
  }

  public double worstMaskIou() {
    return maskIou.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public double singleContrastMedian() {
    return RobustSpread.median(singleContrasts);
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
