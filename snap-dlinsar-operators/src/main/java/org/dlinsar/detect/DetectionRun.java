package org.dlinsar.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlinsar.detect.DetectionScore.Evidence;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.parts.JoinedParts;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

/**
 * One run of DL-Detect over its sources, what both modes share: finds the sources that hold the
 * bands a mode needs (or fails naming what is missing), scans the gradient stack for blobs strip
 * by strip, joins the two methods' boxes and numbers the detections, the strongest first. The
 * modes' own steps are {@link LandslideRun} and {@link SubsidenceRun}; the terrain test is
 * {@link SlopeFilter}.
 */
final class DetectionRun {

  final DlDetectOp operator;
  final Product[] sources;
  final Logger log;
  final int width;
  final int height;
  final SourceRasters rasters;
  private Wgs84Positions positions;

  DetectionRun(DlDetectOp operator, Product[] sources, Logger log) {
    this.operator = operator;
    this.sources = sources.clone();
    this.log = log;
    this.width = sources[0].getSceneRasterWidth();
    this.height = sources[0].getSceneRasterHeight();
    this.rasters = new SourceRasters(operator);
  }

  /** How the first source's geocoding's positions become WGS84, found once a run. */
  Wgs84Positions positions() {
    if (positions == null) {
      positions = Wgs84Positions.of(sources[0].getSceneGeoCoding());
    }
    return positions;
  }

  /** Pixels of the frame searched: the scores of its detections account for how many it holds. */
  double frameArea() {
    return (double) width * height;
  }

  /**
   * The classical scan of the sources' gradient stack for {@code target}, strip by strip: the
   * parts of {@link LandslideRun#classical}, and of {@link SubsidenceRun#classical} when a source
   * has a gradient stack.
   */
  BlobStrips blobStrips(GradientStackDetector.Target target) {
    Product stackProduct = gradientStackOrNull();
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
    // held as the strips read it: the blobs are measured after the scan
    DivergenceRows field = HeldDivergence.over(new StackedGradientDivergence(rasters.gradientRates(
        stackProduct.getBand(BandNames.GRADIENT_AZIMUTH),
        stackProduct.getBand(BandNames.GRADIENT_RANGE), count, standardError), width, height),
        width, height);
    return new BlobStrips(new GradientStackDetector(target, width, height, 0), field);
  }

  /** The strips of the blob scan of a divergence field, scanned in parallel when here. */
  final class BlobStrips implements Parts<BlobScanner.StripScan> {
    private final GradientStackDetector detector;
    private final BlobScanner scanner;
    private final DivergenceRows field;

    private BlobStrips(GradientStackDetector detector, DivergenceRows field) {
      this.detector = detector;
      this.scanner = detector.scanner();
      this.field = field;
    }

    @Override
    public int count() {
      return scanner.strips();
    }

    @Override
    public BlobScanner.StripScan compute(int strip) {
      operator.cancelIfAsked();
      return scanner.scanStrip(field, strip);
    }

    @Override
    public List<BlobScanner.StripScan> computeHere() {
      return IntStream.range(0, count()).parallel().mapToObj(this::compute).toList();
    }
  }

  /**
   * The blobs of {@code target} in the sources' gradient stack at or above {@code minZ}, tested in
   * the interferograms when they are among the sources.
   *
   * @param runner computes the scan's strips ({@link #blobStrips}); null: here
   */
  List<Finding> stackFindings(GradientStackDetector.Target target, PartRunner runner,
      double minZ) {
    holdGradientStack(runner);
    BlobStrips strips = blobStrips(target);
    BlobScanner.Scan scan = strips.scanner.merge(PartRunner.runOrComputeHere(runner, strips));
    InterferogramStack interferograms = interferogramsOrNull();
    List<DivergenceRows> fields = interferograms == null ? List.of()
        : gradientFields(interferograms);
    PairNetwork network = interferograms == null ? null : network(interferograms);
    if (interferograms == null) {
      log.info("DL-Detect: no interferograms among the sources, so blobs are not tested against"
          + " one date's atmosphere (give the stack too, or keep its bands in the product)");
    }
    TileOrder order = SourceRasters.tileOrder(gradientStackOrNull());
    return strips.detector.select(scan, strips.field, fields, network, minZ, order,
        operator::cancelIfAsked, log);
  }

  /**
   * Keeps the gradient stack's bands as the scan reads them here ({@link HeldBands}); strips
   * computed elsewhere (a {@code runner}'s tasks) are not here to keep.
   */
  void holdGradientStack(PartRunner runner) {
    Product stack = gradientStackOrNull();
    if (runner != null || stack == null) {
      return;
    }
    List<Band> bands = Stream.of(BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE,
        BandNames.GRADIENT_COUNT, BandNames.GRADIENT_STDERR).map(stack::getBand).toList();
    // a second pass (the classical scan after the network's) keeps what the first one held
    if (!rasters.held().holdsAll(bands)) {
      rasters.hold(HeldBands.of(bands, width, height));
    }
  }

  /** The source bands the scan kept whole, for the target to serve ({@link HeldBands}). */
  HeldBands held() {
    return rasters.held();
  }

  /**
   * The runners of the two pieces of joined parts: {@code runner} computes them all at once; none
   * (null, and the parts not even laid out: the classical scan's hold a frame) computes each here.
   */
  static List<PartRunner> split(PartRunner runner, Supplier<JoinedParts> parts) {
    return runner == null ? java.util.Arrays.asList(null, null) : parts.get().split(runner);
  }

  /** Both methods' detections joined ({@link DetectionEnsemble}), numbered. */
  List<Detection> joined(List<Scored> network, List<Scored> classical,
      ModelCard.Ensemble points, double minScore, SiteClass detectionClass) {
    // a bowl's rim fragment lies within the largest bowl scale's radius of the bowl's box (a
    // network box has no scale; BlobSelection allows a blob the stronger blob's radius)
    int partGap = detectionClass == SiteClass.SUBSIDENCE
        ? SubsidenceDetector.RADII[SubsidenceDetector.RADII.length - 1] : 0;
    List<Scored> joined = DetectionEnsemble.join(network, classical, points, minScore, partGap);
    log.info(() -> "DL-Detect method=DL: " + network.size() + " network and " + classical.size()
        + " classical detection(s) joined into " + joined.size());
    return number(joined, detectionClass);
  }

  /** A box found, scored in [0, 1], with its peak pixel and the dates it was seen on. */
  record Scored(PixelBox box, int peakX, int peakY, double score, List<LocalDate> dates) {
    Scored withScore(double newScore) {
      return new Scored(box, peakX, peakY, newScore, dates);
    }
  }

  /** The classical detector's finding, scored on {@code evidence} in this frame. */
  Scored scored(Finding f, Evidence evidence, List<LocalDate> dates) {
    return new Scored(f.box(), f.peakX(), f.peakY(), DetectionScore.of(f.z(), evidence,
        frameArea()), dates);
  }

  /** Detections of the boxes, ids from 1 in order of falling score. */
  List<Detection> number(List<Scored> found, SiteClass detectionClass) {
    List<Scored> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingDouble((Scored f) -> -f.score())
        .thenComparingInt(Scored::peakY).thenComparingInt(Scored::peakX));
    List<Detection> detections = new ArrayList<>();
    for (Scored f : sorted) {
      detections.add(new Detection(detections.size() + 1, detectionClass, f.score(), f.box(),
          DetectionCorners.of(sources[0].getSceneGeoCoding(), positions(), f.box()), f.dates()));
    }
    return List.copyOf(detections);
  }

  /** Each interferogram's own share of the gradient stack, for the atmosphere test. */
  private List<DivergenceRows> gradientFields(InterferogramStack stack) {
    return fields(stack,
        samples -> new InterferogramGradientDivergence(samples, width, height));
  }

  /** A divergence field of each of the stack's interferograms, in the stack's order. */
  List<DivergenceRows> fields(InterferogramStack stack,
      Function<FringeDivergence.Samples, DivergenceRows> field) {
    List<DivergenceRows> fields = new ArrayList<>();
    for (Interferogram ifg : stack.interferograms()) {
      fields.add(field.apply(rasters.interferogram(ifg, stack.maskBandOf(ifg))));
    }
    return fields;
  }

  static PairNetwork network(InterferogramStack stack) {
    return PairNetwork.of(stack.interferograms().stream().map(Interferogram::pair).toList(),
        stack.acquisitionTimes());
  }

  /**
   * Warns where no test can tell one date's atmosphere from ground motion: with fewer than
   * {@value TemporalSignature#FEWEST_TO_TELL_A_DATE} interferograms, and where every
   * interferogram holds one date at or near an end of the series (a single-reference stack
   * referenced to its first or last acquisitions), whose atmosphere is then in every pair with
   * one sign, as motion is.
   */
  void warnWhereAtmosphereLooksLikeMotion() {
    InterferogramStack stack = interferogramsOrNull();
    if (stack == null) {
      return;
    }
    int n = stack.interferograms().size();
    if (n < TemporalSignature.FEWEST_TO_TELL_A_DATE) {
      log.warning("DL-Detect: " + n + " interferogram(s): most of their dates are in one pair, whose"
          + " atmosphere no test can tell from ground motion; the detections are candidates to check"
          + " in more interferograms");
      return;
    }
    PairNetwork network = network(stack);
    int reference = network.untestedReference();
    if (reference >= 0) {
      log.warning("DL-Detect: every interferogram holds " + network.dates().get(reference)
          + ", near an end of the series: its atmosphere is in every pair with one sign, as"
          + " ground motion is, and no test tells them apart, so expect more false detections"
          + " (a minScore of 0.6 trades recall for precision there; README, \"Single-reference and"
          + " short stacks\"); a reference mid-series or a small-baseline network of pairs avoids"
          + " it");
    }
  }

  /** The interferograms of the sources that hold any, or null when none does. */
  InterferogramStack interferogramsOrNull() {
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
    return refusing(() -> InterferogramStack.of(holding.toArray(new Product[0])));
  }

  /** What {@code read} gives; its IllegalArgumentException as DL-Detect's one-line error. */
  static <T> T refusing(Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Detect: " + e.getMessage(), e);
    }
  }

  /**
   * The findings {@code keep} accepts, in order; says how many were dropped ("DL-Detect: n " +
   * {@code droppedWhat}) when any were: the box filters' one way of dropping and saying so.
   */
  <T> List<T> keeping(List<T> findings, Predicate<T> keep, String droppedWhat) {
    List<T> kept = new ArrayList<>();
    for (T f : findings) {
      if (keep.test(f)) {
        kept.add(f);
      }
    }
    int dropped = findings.size() - kept.size();
    if (dropped > 0) {
      log.info(() -> "DL-Detect: " + dropped + " " + droppedWhat);
    }
    return kept;
  }

  /** The source with a gradient stack, or null when none has one. */
  Product gradientStackOrNull() {
    return productWith(BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE);
  }

  /** The first source with all of {@code bands}, or null when none has them. */
  Product productWith(String... bands) {
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

  static String missingIn(Product product, String... bands) {
    List<String> missing = new ArrayList<>();
    for (String band : bands) {
      if (product.getBand(band) == null) {
        missing.add("'" + band + "'");
      }
    }
    return "product '" + product.getName() + "' lacks " + String.join(" and ", missing);
  }
}
