package org.dlinsar.detect;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

/**
 * One run of DL-Detect over its sources: finds the bands each mode needs (or fails naming what
 * is missing), runs the detector, applies the slope filter and numbers the detections, the
 * strongest first.
 */
final class DetectionRun {

  /** Significance at which one interferogram shows a bowl by itself (a search over the frame). */
  static final double SEEN_ALONE_Z = 8;

  private final DlDetectOp operator;
  private final Product[] sources;
  private final Logger log;
  private final int width;
  private final int height;
  private final SourceRasters rasters;

  DetectionRun(DlDetectOp operator, Product[] sources, Logger log) {
    this.operator = operator;
    this.sources = sources.clone();
    this.log = log;
    this.width = sources[0].getSceneRasterWidth();
    this.height = sources[0].getSceneRasterHeight();
    this.rasters = new SourceRasters(operator);
  }

  /** Landslides in the sources' gradient stack, with the slope filter when there is elevation. */
  List<Detection> landslides(double minZ, double minSlopeDeg) {
    Product stackProduct = productWith(BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE);
    if (stackProduct == null) {
      throw new OperatorException("DL-Detect mode=LANDSLIDE needs a gradient stack: no source"
          + " has bands '" + BandNames.GRADIENT_AZIMUTH + "' and '" + BandNames.GRADIENT_RANGE
          + "' (" + missingIn(sources[0], BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE)
          + "); run Phase-Gradient-Stack first, or mode=SUBSIDENCE on interferograms");
    }
    Band count = stackProduct.getBand(BandNames.GRADIENT_COUNT);
    Band standardError = stackProduct.getBand(BandNames.GRADIENT_STDERR);
    if (count == null) {
      log.warning("DL-Detect: product '" + stackProduct.getName() + "' has no '"
          + BandNames.GRADIENT_COUNT + "' band: every stacked rate weighs alike");
    } else if (standardError == null) {
      log.warning("DL-Detect: product '" + stackProduct.getName() + "' has no '"
          + BandNames.GRADIENT_STDERR + "' band: rates are weighted by their count alone, so"
          + " rates of a few noisy interferograms may make false detections");
    }
    DivergenceRows field = new StackedGradientDivergence(rasters.gradientRates(
        stackProduct.getBand(BandNames.GRADIENT_AZIMUTH),
        stackProduct.getBand(BandNames.GRADIENT_RANGE), count, standardError), width, height);
    InterferogramStack interferograms = interferogramsOrNull();
    List<DivergenceRows> fields = interferograms == null ? List.of()
        : gradientFields(interferograms);
    PairNetwork network = interferograms == null ? null : network(interferograms);
    if (interferograms == null) {
      log.info("DL-Detect: no interferograms among the sources, so blobs are not tested against"
          + " one date's atmosphere (give the stack too, or keep its bands in the product)");
    }
    List<Finding> findings = new LandslideDetector(width, height, 0)
        .detect(field, fields, network, minZ, operator::cancelIfAsked, log);
    findings = onSlopes(findings, minSlopeDeg);
    List<LocalDate> span = network == null ? List.of()
        : List.of(network.dates().get(0), network.dates().get(network.dates().size() - 1));
    return number(findings, SiteClass.LANDSLIDE, f -> span);
  }

  /** Subsidence bowls in the sources' interferograms. */
  List<Detection> subsidence(double minZ) {
    InterferogramStack interferograms = interferogramsOrNull();
    if (interferograms == null) {
      throw new OperatorException("DL-Detect mode=SUBSIDENCE needs wrapped interferograms:"
          + " product '" + sources[0].getName() + "' has no interferogram bands; expected"
          + " band pairs i_ifg_<tag>_<ref>_<sec> and q_ifg_<tag>_<ref>_<sec>");
    }
    PairNetwork network = network(interferograms);
    List<Finding> findings = new SubsidenceDetector(width, height, 0).detect(
        fringeFields(interferograms), network, SEEN_ALONE_Z, minZ, operator::cancelIfAsked);
    return number(findings, SiteClass.SUBSIDENCE, f -> {
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (int p : f.interferogramsSeen()) {
        dates.add(network.dates().get(network.reference()[p]));
        dates.add(network.dates().get(network.secondary()[p]));
      }
      return List.copyOf(dates);
    });
  }

  private interface Dates {
    List<LocalDate> of(Finding finding);
  }

  /** Detections of the findings, ids from 1 in order of falling significance. */
  private List<Detection> number(List<Finding> findings, SiteClass detectionClass, Dates dates) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingDouble((Finding f) -> -f.z())
        .thenComparingInt(Finding::peakY).thenComparingInt(Finding::peakX));
    List<Detection> detections = new ArrayList<>();
    for (Finding f : sorted) {
      detections.add(new Detection(detections.size() + 1, detectionClass,
          DetectionScore.of(f.z(), detectionClass), f.box(),
          DetectionCorners.of(sources[0].getSceneGeoCoding(), f.box()), dates.of(f)));
    }
    return List.copyOf(detections);
  }

  /** The findings on terrain at least {@code minSlopeDeg} steep, all of them without elevation. */
  private List<Finding> onSlopes(List<Finding> findings, double minSlopeDeg) {
    Product withElevation = productWith(BandNames.ELEVATION);
    if (withElevation == null || findings.isEmpty() || minSlopeDeg <= 0) {
      return findings;
    }
    String[] missing = new String[1];
    RadarSpacing spacing = RadarSpacing.of(withElevation, missing);
    if (spacing == null) {
      log.warning("DL-Detect: no slope filter: product '" + withElevation.getName()
          + "' lacks " + missing[0] + " to turn elevation into slope");
      return findings;
    }
    Band elevation = withElevation.getBand(BandNames.ELEVATION);
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      PixelBox grown = f.box().grownWithin(1, width, height);
      Rectangle window = new Rectangle(grown.x0(), grown.y0(), grown.width(), grown.height());
      double slope = TerrainSlope.quantileDegrees(rasters.elevation(elevation, window),
          window.width, window.height, spacing.groundRangeMetres(), spacing.azimuthMetres(),
          TerrainSlope.UPPER_QUARTILE);
      if (!(slope < minSlopeDeg)) {
        kept.add(f);
      }
    }
    int dropped = findings.size() - kept.size();
    if (dropped > 0) {
      log.info(() -> "DL-Detect: " + dropped + " blob(s) dropped on terrain flatter than "
          + minSlopeDeg + " deg");
    }
    return kept;
  }

  private List<DivergenceRows> fringeFields(InterferogramStack stack) {
    List<DivergenceRows> fields = new ArrayList<>();
    for (Interferogram ifg : stack.interferograms()) {
      fields.add(new FringeDivergence(rasters.interferogram(ifg, stack.maskBandOf(ifg)), width,
          height));
    }
    return fields;
  }

  /** Each interferogram's own share of the gradient stack, for the atmosphere test. */
  private List<DivergenceRows> gradientFields(InterferogramStack stack) {
    List<DivergenceRows> fields = new ArrayList<>();
    for (Interferogram ifg : stack.interferograms()) {
      fields.add(new InterferogramGradientDivergence(
          rasters.interferogram(ifg, stack.maskBandOf(ifg)), width, height));
    }
    return fields;
  }

  private static PairNetwork network(InterferogramStack stack) {
    return PairNetwork.of(stack.interferograms().stream().map(Interferogram::pair).toList());
  }

  /** The interferograms of the sources that hold any, or null when none does. */
  private InterferogramStack interferogramsOrNull() {
    List<Product> holding = new ArrayList<>();
    for (Product p : sources) {
      for (String name : p.getBandNames()) {
        if (name.startsWith(BandNames.REAL_PREFIX)) {
          holding.add(p);
          break;
        }
      }
    }
    if (holding.isEmpty()) {
      return null;
    }
    try {
      return InterferogramStack.of(holding.toArray(new Product[0]));
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Detect: " + e.getMessage(), e);
    }
  }

  private Product productWith(String... bands) {
    for (Product p : sources) {
      boolean all = true;
      for (String band : bands) {
        all &= p.getBand(band) != null;
      }
      if (all) {
        return p;
      }
    }
    return null;
  }

  private static String missingIn(Product product, String... bands) {
    List<String> missing = new ArrayList<>();
    for (String band : bands) {
      if (product.getBand(band) == null) {
        missing.add("'" + band + "'");
      }
    }
    return "product '" + product.getName() + "' lacks " + String.join(" and ", missing);
  }
}
