package org.dlinsar.detect;

import java.awt.Rectangle;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
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
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.NoDataWatch;
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
 * One run of DL-Detect over its sources: finds the bands each mode needs (or fails naming what
 * is missing), runs the detector, applies the slope filter and numbers the detections, the
 * strongest first.
 */
final class DetectionRun {

  /** Significance at which one interferogram shows a bowl by itself (a search over the frame). */
  static final double SEEN_ALONE_Z = 8;
  /**
   * Pixels per strip of the landslide network's pass: about 100 MB of bands, planes and outputs;
   * on a frame 4096 wide, 512 rows, so the halo's rows cost 1.3x.
   */
  static final int STRIP_PIXELS = 1 << 21;
  /**
   * Steady-rate significance a DDNet bowl needs over the stack ({@link #steady}): one test at one
   * place, as for an interferogram showing a bowl found elsewhere ({@link
   * SubsidenceDetector#SEEN_Z}).
   */
  static final double NETWORK_BOWL_Z = SubsidenceDetector.SEEN_Z;
  /** Fewest well-covered pixels of a network's landslide box ({@link #covered}). */
  static final int MIN_COVERED_PIXELS = 10;
  /** Fewest pixels of a region of DDNet's probability that counts as a bowl. */
  static final int MIN_BOWL_PIXELS = 9;
  /**
   * The contour of DDNet's probability that bounds a bowl: where a bowl is likelier than not.
   * Fixed, so that minScore selects bowls by their peak and never reshapes them: at a lower
   * contour the neighbouring bowls of a mine join into one box that hits none of them.
   */
  static final float BOWL_PROBABILITY = 0.5f;

  /** Rows read at a time when looking for an interferogram's first sample with data. */
  private static final int NO_DATA_STRIP_ROWS = 16;

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


  /** Pixels of the frame searched: the scores of its detections account for how many it holds. */
  double frameArea() {
    return (double) width * height;
  }

  /**
   * The classical scan of the sources' gradient stack for {@code target}, strip by strip: the
   * parts of {@link #landslides}, and of {@link #subsidence} when a source has a gradient stack.
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
   * Landslides in the sources' gradient stack, with the slope filter when there is elevation.
   *
   * @param runner computes the scan's strips ({@link #blobStrips}); null: here
   */
  List<Detection> landslides(PartRunner runner, double minScore, double minSlopeDeg) {
    return number(landslideBoxes(runner, minScore, minSlopeDeg), SiteClass.LANDSLIDE);
  }

  private List<Scored> landslideBoxes(PartRunner runner, double minScore, double minSlopeDeg) {
    List<Finding> findings = stackFindings(GradientStackDetector.Target.LANDSLIDE, runner,
        DetectionScore.significance(minScore, Evidence.SLIDE_IN_STACK, frameArea()));
    InterferogramStack interferograms = interferogramsOrNull();
    List<LocalDate> span = span(interferograms == null ? null : network(interferograms));
    return onSlopes(findings, Finding::box, minSlopeDeg).stream()
        .map(f -> new Scored(f.box(), f.peakX(), f.peakY(),
            DetectionScore.of(f.z(), Evidence.SLIDE_IN_STACK, frameArea()), span)).toList();
  }

  /**
   * The blobs of {@code target} in the sources' gradient stack at or above {@code minZ}, tested in
   * the interferograms when they are among the sources.
   *
   * @param runner computes the scan's strips ({@link #blobStrips}); null: here
   */
  private List<Finding> stackFindings(GradientStackDetector.Target target, PartRunner runner,
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
  private void holdGradientStack(PartRunner runner) {
    Product stack = gradientStackOrNull();
    if (runner != null || stack == null) {
      return;
    }
    rasters.hold(HeldBands.of(Stream.of(BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE,
        BandNames.GRADIENT_COUNT, BandNames.GRADIENT_STDERR).map(stack::getBand).toList(), width, height));
  }

  /** The source bands the scan kept whole, for the target to serve ({@link HeldBands}). */
  HeldBands held() {
    return rasters.held();
  }

  /**
   * The landslide network's pass over the sources' gradient stack, a strip of rows at a time
   * (memory bounded by the strips): the parts of {@link #landslidesByNetwork}.
   *
   * @param opener opens the network once the sources are known to hold what it reads
   * @param minScore the least objectness a cell proposes a box at
   */
  NetworkStrips networkStrips(Supplier<LandslideNetwork> opener, double minScore) {
    String[] needed = {BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE,
        BandNames.GRADIENT_COUNT, BandNames.GRADIENT_STDERR};
    Product stackProduct = productWith(needed);
    if (stackProduct == null) {
      throw new OperatorException("DL-Detect mode=LANDSLIDE method=DL needs a gradient stack with"
          + " its count and standard error: no source has bands " + String.join(", ", needed)
          + " (" + missingIn(sources[0], needed) + "); run Phase-Gradient-Stack first, or"
          + " method=CLASSICAL");
    }
    Band[] bands = new Band[needed.length];
    for (int b = 0; b < needed.length; b++) {
      bands[b] = stackProduct.getBand(needed[b]);
    }
    LandslideNetwork net = opener.get();
    return new NetworkStrips(net, bands, strips(net.halo()), minScore);
  }

  /** A strip's box proposals, and the most interferograms any of its pixels' rates holds. */
  record Proposals(List<BoxSuppression.Proposal> list, float mostCount) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The strips of the landslide network's pass, one after the other when here. */
  final class NetworkStrips implements Parts<Proposals> {
    private final LandslideNetwork net;
    private final Band[] bands;
    private final List<Strip> strips;
    private final double minScore;

    private NetworkStrips(LandslideNetwork net, Band[] bands, List<Strip> strips,
        double minScore) {
      this.net = net;
      this.bands = bands;
      this.strips = strips;
      this.minScore = minScore;
    }

    @Override
    public int count() {
      return strips.size();
    }

    @Override
    public Proposals compute(int part) {
      operator.cancelIfAsked();
      Strip strip = strips.get(part);
      float[][] values = rasters.read(strip.read(), bands);
      float[][] planes = new float[GradientStackInputs.CHANNELS.size()][width * strip.rows()];
      GradientStackInputs.fill(values[0], values[1], values[2], values[3], planes);
      float mostCount = 0;
      for (float count : values[2]) {
        mostCount = count > mostCount ? count : mostCount;
      }
      return new Proposals(net.propose(planes, width, strip.rows(), strip.y0(), strip.from(),
          strip.to(), height, minScore), mostCount);
    }
  }

  /**
   * Landslides found by a detection network in the sources' gradient stack, a strip of rows at a
   * time ({@link #networkStrips}), proposals merged over the whole frame ({@link
   * BoxSuppression}), with the slope filter when there is elevation; joined with the classical
   * scan's ({@link DetectionEnsemble}) when the model's card says how.
   *
   * @param opener opens the network once the sources are known to hold what it reads
   * @param runner computes the strips; null: here
   */
  List<Detection> landslidesByNetwork(Supplier<LandslideNetwork> opener, PartRunner runner,
      double minScore, double minSlopeDeg) {
    ModelCard.Ensemble points = networkStrips(opener, minScore).net.card().ensemble();
    if (points == null) {
      return number(networkLandslideBoxes(opener, runner, minScore, minSlopeDeg), SiteClass.LANDSLIDE);
    }
    List<PartRunner> runners = split(runner, () -> joinedLandslideParts(opener, minScore, points));
    List<Scored> network = networkLandslideBoxes(opener, runners.get(0),
        DetectionEnsemble.networkFloor(minScore, points), minSlopeDeg);
    List<Scored> classical = landslideBoxes(runners.get(1),
        DetectionEnsemble.classicalFloor(minScore, points), minSlopeDeg);
    return joined(network, classical, points, minScore, SiteClass.LANDSLIDE);
  }

  /**
   * The parts of {@link #landslidesByNetwork}: the network's strips, and the classical scan's
   * after them when the model's card joins the two.
   */
  Parts<?> landslideParts(Supplier<LandslideNetwork> opener, double minScore) {
    NetworkStrips strips = networkStrips(opener, minScore);
    ModelCard.Ensemble points = strips.net.card().ensemble();
    return points == null ? strips : joinedLandslideParts(opener, minScore, points);
  }

  private JoinedParts joinedLandslideParts(Supplier<LandslideNetwork> opener, double minScore,
      ModelCard.Ensemble points) {
    return new JoinedParts(networkStrips(opener, DetectionEnsemble.networkFloor(minScore, points)),
        blobStrips(GradientStackDetector.Target.LANDSLIDE));
  }

  private List<Scored> networkLandslideBoxes(Supplier<LandslideNetwork> opener, PartRunner runner,
      double minScore, double minSlopeDeg) {
    holdGradientStack(runner);
    NetworkStrips strips = networkStrips(opener, minScore);
    List<BoxSuppression.Proposal> proposals = new ArrayList<>();
    float mostCount = 0;
    for (Proposals strip : PartRunner.runOrComputeHere(runner, strips)) {
      proposals.addAll(strip.list());
      mostCount = Math.max(mostCount, strip.mostCount());
    }
    List<BoxSuppression.Proposal> merged = BoxSuppression.suppress(proposals);
    List<BoxSuppression.Proposal> kept = covered(merged, strips.bands[2], mostCount);
    log.info(() -> "DL-Detect method=DL: " + proposals.size() + " cell(s) at score >= " + minScore
        + " merged into " + merged.size() + " box(es), " + (merged.size() - kept.size())
        + " of them dropped on too little data");
    InterferogramStack interferograms = interferogramsOrNull();
    List<LocalDate> span = span(interferograms == null ? null : network(interferograms));
    return onSlopes(kept, BoxSuppression.Proposal::box, minSlopeDeg).stream()
        .map(p -> new Scored(p.box(), p.cellX(), p.cellY(), p.score(), span)).toList();
  }

  /**
   * The network's boxes with data to act on: at least {@value #MIN_COVERED_PIXELS} pixels whose
   * rates hold at least half the most interferograms of the frame (as a site needs to be visible,
   * {@code SiteVisibility}). A box on pixels that most interferograms leave out (vegetation,
   * decorrelated slopes) has no time series for Local-SBAS to measure either.
   */
  private List<BoxSuppression.Proposal> covered(List<BoxSuppression.Proposal> boxes, Band count,
      float mostCount) {
    List<BoxSuppression.Proposal> kept = new ArrayList<>();
    for (BoxSuppression.Proposal p : boxes) {
      PixelBox b = p.box();
      if (wellCovered(rasters.read(new Rectangle(b.x0(), b.y0(), b.width(), b.height()), count)[0],
          mostCount)) {
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * Whether a box's grad_count samples (NaN where none) hold at least {@value
   * #MIN_COVERED_PIXELS} pixels of at least half {@code mostCount} interferograms.
   */
  static boolean wellCovered(float[] counts, float mostCount) {
    int covered = 0;
    for (float n : counts) {
      covered += 2 * n >= mostCount ? 1 : 0;
    }
    return covered >= MIN_COVERED_PIXELS;
  }

  /**
   * The runners of the two pieces of joined parts: {@code runner} computes them all at once; none
   * (null, and the parts not even laid out: the classical scan's hold a frame) computes each here.
   */
  private static List<PartRunner> split(PartRunner runner, Supplier<JoinedParts> parts) {
    return runner == null ? java.util.Arrays.asList(null, null) : parts.get().split(runner);
  }

  /** Both methods' detections joined ({@link DetectionEnsemble}), numbered. */
  private List<Detection> joined(List<Scored> network, List<Scored> classical,
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

  /**
   * DDNet over each of the sources' interferograms, a strip of rows at a time: the parts of
   * {@link #subsidenceByNetwork}.
   *
   * @param opener opens the network once the sources are known to hold interferograms
   */
  InterferogramRegions networkRegions(Supplier<SubsidenceNetwork> opener) {
    InterferogramStack interferograms = subsidenceInterferograms();
    SubsidenceNetwork net = opener.get();
    return new InterferogramRegions(interferograms, net, strips(net.halo()));
  }

  /** One interferogram's regions of high bowl probability. */
  record Regions(List<ScoreComponents.Region> list) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One part per interferogram: its probability map, strip by strip (memory: one frame of
   * probability), and the regions where it reaches {@value #BOWL_PROBABILITY}.
   */
  final class InterferogramRegions implements Parts<Regions> {
    private final InterferogramStack interferograms;
    private final SubsidenceNetwork net;
    private final List<Strip> strips;

    private InterferogramRegions(InterferogramStack interferograms, SubsidenceNetwork net,
        List<Strip> strips) {
      this.interferograms = interferograms;
      this.net = net;
      this.strips = strips;
    }

    @Override
    public int count() {
      return interferograms.interferograms().size();
    }

    @Override
    public Regions compute(int part) {
      Interferogram ifg = interferograms.interferograms().get(part);
      FringeDivergence.Samples samples = rasters.interferogram(ifg, interferograms.maskBandOf(ifg));
      float[] probability = new float[width * height];
      for (Strip strip : strips) {
        operator.cancelIfAsked();
        int n = width * strip.rows();
        float[] re = new float[n];
        float[] im = new float[n];
        samples.read(0, strip.y0(), width, strip.rows(), re, im);
        float[] coherence = nan(n);
        if (ifg.coherence() != null) {
          coherence = rasters.read(strip.read(), ifg.coherence())[0];
          InterferogramTiles.checkCoherence(coherence, ifg.coherence(), strip.read());
        }
        float[] stripProbability = new float[n];
        net.probability(re, im, coherence, width, strip.rows(), stripProbability);
        System.arraycopy(stripProbability, (strip.from() - strip.y0()) * width, probability,
            strip.from() * width, (strip.to() - strip.from()) * width);
      }
      return new Regions(ScoreComponents.of(probability, width, height, BOWL_PROBABILITY,
          MIN_BOWL_PIXELS));
    }
  }

  /**
   * Subsidence bowls found by DDNet in each of the sources' interferograms ({@link
   * #networkRegions}): the regions where the bowl probability reaches {@value #BOWL_PROBABILITY}
   * (at least {@value #MIN_BOWL_PIXELS} pixels) and peaks at {@code minScore} or more, the same
   * bowl in several interferograms one detection
   * ({@link Bowl}) with the dates of them all, its box and score those of the interferogram that
   * shows it best. A bowl of one date's interferograms is dropped: that date's atmosphere, not
   * steady motion ({@link Bowl#oneDate}).
   *
   * @param opener opens the network once the sources are known to hold interferograms
   * @param runner computes the interferograms' regions; null: here
   */
  List<Detection> subsidenceByNetwork(Supplier<SubsidenceNetwork> opener, PartRunner runner,
      double minScore, double maxSlopeDeg) {
    ModelCard.Ensemble points = networkRegions(opener).net.card().ensemble();
    if (points == null) {
      return number(offSlopes(networkBowls(opener, runner, minScore), Scored::box, maxSlopeDeg),
          SiteClass.SUBSIDENCE);
    }
    List<PartRunner> runners = split(runner,
        () -> new JoinedParts(networkRegions(opener), bowlParts()));
    ClassicalBowls classical = classicalBowls(runners.get(1),
        DetectionEnsemble.classicalFloor(minScore, points));
    List<Scored> network = steady(networkBowls(opener, runners.get(0),
        DetectionEnsemble.networkFloor(minScore, points)), classical);
    return joined(offSlopes(network, Scored::box, maxSlopeDeg),
        offSlopes(classical.bowls(), Scored::box, maxSlopeDeg), points, minScore,
        SiteClass.SUBSIDENCE);
  }

  /**
   * DDNet's bowls where the ground subsides steadily over the stack ({@link
   * SubsidenceDetector#steadyRateZ} at least {@value #NETWORK_BOWL_Z}): the classical detector's
   * time-series tests, at the one-place level since the network did the search. What it drops are
   * patterns of one date or of no steady rate: atmosphere, orbit ramps, phase of another kind.
   */
  private List<Scored> steady(List<Scored> bowls, ClassicalBowls classical) {
    SubsidenceDetector detector = new SubsidenceDetector(width, height, 0);
    List<Scored> kept = new ArrayList<>();
    for (Scored b : bowls) {
      double z = detector.steadyRateZ(b.box(), b.peakX(), b.peakY(), classical.fields(),
          classical.network(), operator::cancelIfAsked);
      if (z >= NETWORK_BOWL_Z) {
        kept.add(b);
      } else {
        log.info(unsteadyBowl(b.box(), z));
      }
    }
    return kept;
  }

  /**
   * Why DDNet's bowl in {@code box} was dropped, as the steadiness test found it: the test compares
   * the place with the ground around it, so a bowl inside a wider subsiding area can fail it while
   * the ground there subsides.
   */
  static String unsteadyBowl(PixelBox box, double steadyRateZ) {
    String place = "DL-Detect method=DL: DDNet's bowl at x " + box.x0() + "-" + (box.x1() - 1)
        + ", y " + box.y0() + "-" + (box.y1() - 1) + " dropped by the steadiness test: ";
    if (steadyRateZ == Double.NEGATIVE_INFINITY) {
      return place + "at every scale, one date's phase screen (such as its atmosphere) explains"
          + " its responses in the interferograms better than a steady rate does";
    }
    return place + String.format(Locale.ROOT, "its responses in the interferograms, against the"
        + " noise of the ground around it, fit a steady rate at %.1f sigma of their scatter, below"
        + " the %.1f it needs (ground that subsides with the ground around it fails it too)", steadyRateZ,
        NETWORK_BOWL_Z);
  }

  /**
   * The parts of {@link #subsidenceByNetwork}: DDNet's per interferogram, and the classical scans'
   * after them when the model's card joins the two.
   */
  Parts<?> subsidenceParts(Supplier<SubsidenceNetwork> opener) {
    InterferogramRegions regions = networkRegions(opener);
    return regions.net.card().ensemble() == null ? regions
        : new JoinedParts(regions, bowlParts());
  }

  private List<Scored> networkBowls(Supplier<SubsidenceNetwork> opener, PartRunner runner,
      double minScore) {
    InterferogramRegions regions = networkRegions(opener);
    PairNetwork network = network(regions.interferograms);
    List<List<ScoreComponents.Region>> seen = new ArrayList<>();
    for (Regions r : PartRunner.runOrComputeHere(runner, regions)) {
      seen.add(r.list().stream().filter(region -> region.peak() >= minScore).toList());
    }
    List<Scored> bowls = new ArrayList<>();
    int oneDate = 0;
    for (Bowl b : Bowl.merge(seen)) {
      if (b.oneDate(network)) {
        oneDate++;
        continue;
      }
      bowls.add(new Scored(b.box(), b.best().peakX(), b.best().peakY(), b.best().peak(),
          datesOf(b.interferograms(), network)));
    }
    int dropped = oneDate;
    log.info(() -> "DL-Detect method=DL: " + bowls.size() + " bowl(s) in " + regions.count()
        + " interferogram(s); " + dropped + " dropped: seen mostly in the interferograms of one"
        + " date (atmosphere) or in two or fewer");
    return bowls;
  }

  private static float[] nan(int n) {
    float[] values = new float[n];
    java.util.Arrays.fill(values, Float.NaN);
    return values;
  }

  /**
   * Rows {@code [from, to)} of the frame that a network's pass owns, and the rows
   * {@code [y0, y1)} it reads for them: its own and a halo of context above and below.
   */
  private record Strip(int from, int to, int y0, int y1, int width) {
    int rows() {
      return y1 - y0;
    }

    Rectangle read() {
      return new Rectangle(0, y0, width, y1 - y0);
    }
  }

  /** The frame's strips of {@link #stripRows} rows with {@code halo} rows of context. */
  private List<Strip> strips(int halo) {
    int rows = stripRows(width);
    List<Strip> strips = new ArrayList<>();
    for (int from = 0; from < height; from += rows) {
      int to = Math.min(height, from + rows);
      strips.add(new Strip(from, to, Math.max(0, from - halo), Math.min(height, to + halo), width));
    }
    return strips;
  }

  /**
   * Rows per strip of the network: about {@value #STRIP_PIXELS} pixels, at least 64 rows, a
   * multiple of the network's alignment.
   */
  static int stripRows(int width) {
    int rows = Math.max(64, STRIP_PIXELS / Math.max(1, width));
    return rows / LandslideNetwork.ALIGN * LandslideNetwork.ALIGN;
  }

  private static List<LocalDate> span(PairNetwork network) {
    return network == null ? List.of()
        : List.of(network.dates().get(0), network.dates().get(network.dates().size() - 1));
  }

  /**
   * The parts of {@link #subsidence}: the strips of the sources' gradient stack scanned for bowls
   * when a source has one, else each of the sources' interferograms scanned for bowls on its own.
   */
  Parts<?> bowlParts() {
    return gradientStackOrNull() == null ? interferogramScans()
        : blobStrips(GradientStackDetector.Target.SUBSIDENCE);
  }

  private InterferogramScans interferogramScans() {
    InterferogramStack interferograms = subsidenceInterferograms();
    return new InterferogramScans(fringeFields(interferograms), network(interferograms));
  }

  /** One part per interferogram: its scan ({@link SubsidenceDetector#scan}). */
  final class InterferogramScans implements Parts<SubsidenceDetector.InterferogramScan> {
    private final List<DivergenceRows> fields;
    private final PairNetwork network;
    private final SubsidenceDetector detector = new SubsidenceDetector(width, height, 0);

    private InterferogramScans(List<DivergenceRows> fields, PairNetwork network) {
      this.fields = fields;
      this.network = network;
    }

    @Override
    public int count() {
      return fields.size();
    }

    @Override
    public SubsidenceDetector.InterferogramScan compute(int part) {
      operator.cancelIfAsked();
      return detector.scan(fields.get(part), SEEN_ALONE_Z, operator::cancelIfAsked);
    }
  }

  /**
   * Subsidence bowls: in the sources' gradient stack when one has it ({@link
   * GradientStackDetector.Target#SUBSIDENCE}), dated by the interferograms that show them; else in
   * the interferograms' fringes, each scanned on its own, then their stack ({@link
   * SubsidenceDetector}).
   *
   * @param runner computes the parts ({@link #bowlParts}); null: here
   */
  List<Detection> subsidence(PartRunner runner, double minScore, double maxSlopeDeg) {
    return number(offSlopes(classicalBowls(runner, minScore).bowls(), Scored::box, maxSlopeDeg),
        SiteClass.SUBSIDENCE);
  }

  /**
   * The classical method's bowls, with the interferograms' fringe fields they were found or dated
   * in (the network's bowls are tested in them too, {@link #steady}).
   */
  private record ClassicalBowls(List<DivergenceRows> fields, PairNetwork network,
      List<Scored> bowls) {}

  private ClassicalBowls classicalBowls(PartRunner runner, double minScore) {
    if (gradientStackOrNull() == null) {
      InterferogramScans scans = interferogramScans();
      List<SubsidenceDetector.InterferogramScan> scanned = PartRunner.runOrComputeHere(runner,
          scans);
      return new ClassicalBowls(scans.fields, scans.network, fringeBowls(scans, scanned, minScore));
    }
    // the bowls come from the stack and are dated around themselves in the interferograms, so a
    // frame is not read interferogram by interferogram (LocalNoise)
    InterferogramStack interferograms = subsidenceInterferograms();
    List<DivergenceRows> fields = fringeFields(interferograms);
    PairNetwork network = network(interferograms);
    SubsidenceDetector detector = new SubsidenceDetector(width, height, 0);
    List<Finding> findings = stackFindings(GradientStackDetector.Target.SUBSIDENCE, runner,
        DetectionScore.significance(minScore, Evidence.BOWL_IN_STACK, frameArea()));
    List<Scored> bowls = findings.stream().map(f -> new Scored(f.box(), f.peakX(), f.peakY(),
        DetectionScore.of(f.z(), Evidence.BOWL_IN_STACK, frameArea()),
        datesOf(detector.seenIn(f.box(), f.peakX(), f.peakY(), f.radius(), fields,
            operator::cancelIfAsked), network))).toList();
    return new ClassicalBowls(fields, network, bowls);
  }

  private List<Scored> fringeBowls(InterferogramScans scans,
      List<SubsidenceDetector.InterferogramScan> scanned, double minScore) {
    double minZ = DetectionScore.significance(minScore, Evidence.BOWL_IN_FRINGES, frameArea());
    PairNetwork network = scans.network;
    List<Finding> findings = scans.detector.detect(scans.fields, scanned, network, minZ,
        operator::cancelIfAsked);
    return findings.stream().map(f -> new Scored(f.box(), f.peakX(), f.peakY(),
        DetectionScore.of(f.z(), Evidence.BOWL_IN_FRINGES, frameArea()), datesSeen(f, network))).toList();
  }

  /**
   * SUBSIDENCE on interferograms (no gradient stack, whose making warned of them already): warns of
   * interferograms without any data (all NaN or 0 + 0i), which show no bowl. A band with data is
   * read only until its first strip with data, usually its first; an empty one is read whole.
   */
  void warnOfInterferogramsWithoutData() {
    if (gradientStackOrNull() != null) {
      return;
    }
    List<Interferogram> interferograms = subsidenceInterferograms().interferograms();
    List<String> emptyBands = new ArrayList<>();
    int empty = 0;
    for (Interferogram ifg : interferograms) {
      boolean data = false;
      for (int y0 = 0; y0 < height && !data; y0 += NO_DATA_STRIP_ROWS) {
        InterferogramTile strip = InterferogramTiles.readPhasors(operator, ifg,
            new Rectangle(0, y0, width, Math.min(NO_DATA_STRIP_ROWS, height - y0)));
        data = NoDataWatch.hasPhase(strip.real(), strip.imaginary());
      }
      if (!data) {
        empty++;
        emptyBands.add(ifg.real().getName());
        emptyBands.add(ifg.imaginary().getName());
      }
    }
    if (empty > 0) {
      log.warning(NoDataWatch.line("DL-Detect", emptyBands, empty, interferograms.size(), "they show no bowl",
          "no bowl can be found"));
    }
  }

  /** The sources' interferograms, or the one-line error of mode SUBSIDENCE without them. */
  private InterferogramStack subsidenceInterferograms() {
    InterferogramStack interferograms = interferogramsOrNull();
    if (interferograms == null) {
      throw new OperatorException("DL-Detect mode=SUBSIDENCE needs wrapped interferograms:"
          + " product '" + sources[0].getName() + "' has no interferogram bands; expected"
          + " band pairs i_ifg_<tag>_<ref>_<sec> and q_ifg_<tag>_<ref>_<sec>");
    }
    return interferograms;
  }

  private static List<LocalDate> datesSeen(Finding f, PairNetwork network) {
    return datesOf(f.interferogramsSeen(), network);
  }

  /** The dates of the interferograms {@code seen} (indexes into the network), ascending. */
  private static List<LocalDate> datesOf(List<Integer> seen, PairNetwork network) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (int p : seen) {
      dates.add(network.dates().get(network.reference()[p]));
      dates.add(network.dates().get(network.secondary()[p]));
    }
    return List.copyOf(dates);
  }

  /** A box found, scored in [0, 1], with its peak pixel and the dates it was seen on. */
  record Scored(PixelBox box, int peakX, int peakY, double score, List<LocalDate> dates) {
    Scored withScore(double newScore) {
      return new Scored(box, peakX, peakY, newScore, dates);
    }
  }

  /** Detections of the boxes, ids from 1 in order of falling score. */
  private List<Detection> number(List<Scored> found, SiteClass detectionClass) {
    List<Scored> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingDouble((Scored f) -> -f.score())
        .thenComparingInt(Scored::peakY).thenComparingInt(Scored::peakX));
    List<Detection> detections = new ArrayList<>();
    for (Scored f : sorted) {
      detections.add(new Detection(detections.size() + 1, detectionClass, f.score(), f.box(),
          DetectionCorners.of(sources[0].getSceneGeoCoding(), f.box()), f.dates()));
    }
    return List.copyOf(detections);
  }

  /**
   * The boxes on terrain at least {@code minSlopeDeg} steep, all of them without elevation: the
   * box's upper quartile of slope or its middle third's median reaches it ({@link TerrainSlope}).
   */
  private <T> List<T> onSlopes(List<T> findings, Function<T, PixelBox> boxOf, double minSlopeDeg) {
    return bySlope(findings, boxOf, filtersLandslides(minSlopeDeg),
        s -> !(s.upperQuartile() < minSlopeDeg) || !(s.middle() < minSlopeDeg),
        "blob(s) dropped on terrain flatter than " + minSlopeDeg + " deg");
  }

  /**
   * The bowls whose middle third's median slope is below {@code maxSlopeDeg}, all of them without
   * elevation: a blob whose middle lies on a slope that steep is a moving slope, which mode
   * LANDSLIDE reports, not a bowl.
   */
  private <T> List<T> offSlopes(List<T> bowls, Function<T, PixelBox> boxOf, double maxSlopeDeg) {
    return bySlope(bowls, boxOf, filtersBowls(maxSlopeDeg), s -> !(s.middle() >= maxSlopeDeg),
        "blob(s) dropped whose middle lies on slopes of " + maxSlopeDeg
            + " deg or more: moving slopes, which mode LANDSLIDE reports, not bowls");
  }

  /**
   * A box's slopes, degrees, from one read of its elevation and ring (the middle third lies
   * inside), each figure computed only when a rule asks for it.
   */
  private final class BoxSlopes {
    private final float[] window;
    private final PixelBox grown;
    private final PixelBox box;
    private final GroundSpacing spacing;

    private BoxSlopes(float[] window, PixelBox grown, PixelBox box, GroundSpacing spacing) {
      this.window = window;
      this.grown = grown;
      this.box = box;
      this.spacing = spacing;
    }

    /** The upper quartile of the box's slopes. */
    double upperQuartile() {
      return TerrainSlope.quantileDegrees(window, grown, grown, spacing.xMetres(),
          spacing.yMetres(), TerrainSlope.UPPER_QUARTILE);
    }

    /** The median slope of the box's middle third. */
    double middle() {
      return TerrainSlope.quantileDegrees(window, grown,
          TerrainSlope.middleThird(box).grownWithin(1, width, height),
          spacing.xMetres(), spacing.yMetres(), 0.5);
    }
  }

  /**
   * The findings whose box's slopes {@code keep} accepts; all of them when {@code on} is false or
   * the product has no elevation.
   */
  private <T> List<T> bySlope(List<T> findings, Function<T, PixelBox> boxOf, boolean on,
      Predicate<BoxSlopes> keep, String droppedWhat) {
    if (findings.isEmpty() || !on) {
      return findings;
    }
    Terrain terrain = terrain();
    if (terrain.elevation() == null) {
      if (!NO_ELEVATION.equals(terrain.missing())) {
        log.warning("DL-Detect: no slope filter: " + terrain.missing());
      }
      return findings;
    }
    List<T> kept = new ArrayList<>();
    for (T f : findings) {
      PixelBox box = boxOf.apply(f);
      PixelBox grown = box.grownWithin(1, width, height);
      float[] window = rasters.elevation(terrain.elevation(),
          new Rectangle(grown.x0(), grown.y0(), grown.width(), grown.height()));
      if (keep.test(new BoxSlopes(window, grown, box, terrain.spacing()))) {
        kept.add(f);
      }
    }
    int dropped = findings.size() - kept.size();
    if (dropped > 0) {
      log.info(() -> "DL-Detect: " + dropped + " " + droppedWhat);
    }
    return kept;
  }

  /**
   * The elevation band and the ground spacing that turn it into slope, or what is missing.
   *
   * @param missing why there is no slope, or null
   */
  private record Terrain(Band elevation, GroundSpacing spacing, String missing) {}

  private static final String NO_ELEVATION = "no elevation band";

  private Terrain terrain() {
    Product withElevation = productWith(BandNames.ELEVATION);
    if (withElevation == null) {
      return new Terrain(null, null, NO_ELEVATION);
    }
    Band elevation = sceneSized(withElevation.getBand(BandNames.ELEVATION));
    String[] missing = new String[1];
    GroundSpacing spacing = GroundSpacing.of(withElevation, missing);
    // the sources share one raster: a DEM product without radar metadata takes the stack's
    for (int k = 0; spacing == null && k < sources.length; k++) {
      spacing = GroundSpacing.of(sources[k], new String[1]);
    }
    if (spacing == null) {
      return new Terrain(null, null, "product '" + withElevation.getName() + "' lacks " + missing[0]
          + " to turn elevation into slope, and so do the other sources");
    }
    return new Terrain(elevation, spacing, null);
  }

  /** {@code band}, refused naming it and both sizes when it is not of its product's scene size. */
  private static Band sceneSized(Band band) {
    try {
      return InterferogramStack.sceneSized(band);
    } catch (IllegalArgumentException e) {
      throw new OperatorException("DL-Detect: " + e.getMessage(), e);
    }
  }

  private static boolean filtersLandslides(double minSlopeDeg) {
    return minSlopeDeg > 0;
  }

  private static boolean filtersBowls(double maxSlopeDeg) {
    return maxSlopeDeg < 90;
  }

  /** What {@link #onSlopes} does with {@code minSlopeDeg}, for the {@code Detections} metadata. */
  String landslideSlopeFilter(double minSlopeDeg) {
    return slopeFilter("minSlope", minSlopeDeg, filtersLandslides(minSlopeDeg));
  }

  /** What {@link #offSlopes} does with {@code maxSlopeDeg}, for the {@code Detections} metadata. */
  String bowlSlopeFilter(double maxSlopeDeg) {
    return slopeFilter("maxBowlSlope", maxSlopeDeg, filtersBowls(maxSlopeDeg));
  }

  /**
   * What a slope filter does: the rule and where its slopes come from, or why it does not run.
   *
   * @param on whether the parameter's value asks for the filter
   */
  private String slopeFilter(String parameter, double degrees, boolean on) {
    String rule = parameter + " " + degrees + " deg";
    if (!on) {
      return "off: " + rule;
    }
    Terrain terrain = terrain();
    if (terrain.elevation() == null) {
      return "off: " + terrain.missing();
    }
    return String.format(Locale.ROOT, "%s on band '%s' of '%s', ground spacing %.2f x %.2f m"
        + " from %s", rule, BandNames.ELEVATION, terrain.elevation().getProduct().getName(),
        terrain.spacing().xMetres(), terrain.spacing().yMetres(), terrain.spacing().source());
  }

  private List<DivergenceRows> fringeFields(InterferogramStack stack) {
    List<DivergenceRows> fields = new ArrayList<>();
    WorkArrays work = new WorkArrays(FringeDivergence.WORK_ARRAYS);
    for (Interferogram ifg : stack.interferograms()) {
      fields.add(new FringeDivergence(rasters.interferogram(ifg, stack.maskBandOf(ifg)), width,
          height, work));
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

  /** The source with a gradient stack, or null when none has one. */
  private Product gradientStackOrNull() {
    return productWith(BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE);
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
