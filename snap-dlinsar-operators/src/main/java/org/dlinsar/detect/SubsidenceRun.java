package org.dlinsar.detect;

import java.awt.Rectangle;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dlinsar.detect.DetectionRun.Scored;
import org.dlinsar.detect.DetectionScore.Evidence;
import org.dlinsar.ifg.Interferogram;
import org.dlinsar.ifg.InterferogramStack;
import org.dlinsar.ifg.InterferogramTile;
import org.dlinsar.ifg.InterferogramTiles;
import org.dlinsar.ifg.NoDataWatch;
import org.dlinsar.ifg.WholeFrameArrays;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.parts.HeapToGive;
import org.dlinsar.parts.PartHeap;
import org.dlinsar.parts.JoinedParts;
import org.dlinsar.parts.PartRunner;
import org.dlinsar.parts.Parts;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.esa.snap.core.gpf.OperatorException;

/**
 * DL-Detect mode SUBSIDENCE: bowls in the sources' gradient stack when one has it, dated by the
 * interferograms that show them, else in each interferogram's fringes and then their stack
 * (method CLASSICAL); or DDNet's bowls in each interferogram, kept where the ground subsides
 * steadily and joined with the classical bowls where the model's card says how (method DL); then
 * the slope filter.
 */
final class SubsidenceRun {

  /** Significance at which one interferogram shows a bowl by itself (a search over the frame). */
  static final double SEEN_ALONE_Z = 8;
  /**
   * Steady-rate significance a DDNet bowl needs over the stack ({@link #steady}): one test at one
   * place, as for an interferogram showing a bowl found elsewhere ({@link
   * SubsidenceDetector#SEEN_Z}).
   */
  static final double NETWORK_BOWL_Z = SubsidenceDetector.SEEN_Z;
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

  /**
   * What a box must pass to be a bowl.
   *
   * @param maxSlopeDeg the slope filter's steepest middle ({@link SlopeFilter#offSlopes})
   * @param maxLineShare the line filter's largest share ({@link LineFilter#offLines}), which runs
   *     when the sources have a gradient stack
   * @param maxLineTiltDeg how far off the axes its lines may run, degrees, or {@link LineFilter#BY_GRID}
   */
  record BowlRules(double maxSlopeDeg, double maxLineShare, double maxLineTiltDeg) {}

  private final DetectionRun run;
  private final BowlRules rules;

  SubsidenceRun(DetectionRun run, BowlRules rules) {
    this.run = run;
    this.rules = rules;
  }

  /** The bowls off slopes too steep and off lines across the frame ({@link BowlRules}). */
  private <T> List<T> passing(List<T> bowls, Function<T, PixelBox> boxOf, String what) {
    List<T> offSlopes = new SlopeFilter(run).offSlopes(bowls, boxOf, rules.maxSlopeDeg(), what);
    return new LineFilter(run, rules.maxLineTiltDeg()).offLines(offSlopes, boxOf, rules.maxLineShare(), what);
  }

  /**
   * Subsidence bowls: in the sources' gradient stack when one has it ({@link
   * GradientStackDetector.Target#SUBSIDENCE}), dated by the interferograms that show them; else in
   * the interferograms' fringes, each scanned on its own, then their stack ({@link
   * SubsidenceDetector}).
   *
   * @param runner computes the parts ({@link #bowlParts}); null: here
   */
  List<Detection> classical(PartRunner runner, double minScore) {
    return run.number(passing(classicalBowls(runner, minScore).bowls(), Scored::box,
        SlopeFilter.BLOBS), SiteClass.SUBSIDENCE);
  }

  /**
   * The parts of {@link #classical}: the strips of the sources' gradient stack scanned for bowls
   * when a source has one, else each of the sources' interferograms scanned for bowls on its own.
   */
  Parts<?> bowlParts() {
    return run.gradientStackOrNull() == null ? interferogramScans()
        : run.blobStrips(GradientStackDetector.Target.SUBSIDENCE);
  }

  private InterferogramScans interferogramScans() {
    InterferogramStack interferograms = interferograms();
    return new InterferogramScans(fringeFields(interferograms),
        DetectionRun.network(interferograms));
  }

  /** One part per interferogram: its scan ({@link SubsidenceDetector#scan}). */
  final class InterferogramScans implements Parts<SubsidenceDetector.InterferogramScan> {
    private final List<DivergenceRows> fields;
    private final PairNetwork network;
    private final SubsidenceDetector detector = new SubsidenceDetector(run.width, run.height, 0);

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
      run.operator.cancelIfAsked();
      return detector.scan(fields.get(part), SEEN_ALONE_Z, run.operator::cancelIfAsked);
    }
  }

  /**
   * The classical method's bowls, with the interferograms' fringe fields they were found or dated
   * in (the network's bowls are tested in them too, {@link #steady}).
   */
  private record ClassicalBowls(List<DivergenceRows> fields, PairNetwork network,
      List<Scored> bowls) {}

  private ClassicalBowls classicalBowls(PartRunner runner, double minScore) {
    if (run.gradientStackOrNull() == null) {
      InterferogramScans scans = interferogramScans();
      List<SubsidenceDetector.InterferogramScan> scanned = PartRunner.runOrComputeHere(runner,
          scans);
      return new ClassicalBowls(scans.fields, scans.network, fringeBowls(scans, scanned, minScore));
    }
    // the bowls come from the stack and are dated around themselves in the interferograms, so a
    // frame is not read interferogram by interferogram (LocalNoise)
    InterferogramStack interferograms = interferograms();
    List<DivergenceRows> fields = fringeFields(interferograms);
    PairNetwork network = DetectionRun.network(interferograms);
    SubsidenceDetector detector = new SubsidenceDetector(run.width, run.height, 0);
    List<Finding> findings = run.stackFindings(GradientStackDetector.Target.SUBSIDENCE, runner,
        DetectionScore.significance(minScore, Evidence.BOWL_IN_STACK, run.frameArea()));
    List<Scored> bowls = findings.stream().map(f -> run.scored(f, Evidence.BOWL_IN_STACK,
        datesOf(DatesSeen.inResponses(detector.responsesIn(f.box(), f.peakX(), f.peakY(),
            f.radius(), fields, run.operator::cancelIfAsked), network), network))).toList();
    return new ClassicalBowls(fields, network, bowls);
  }

  private List<Scored> fringeBowls(InterferogramScans scans,
      List<SubsidenceDetector.InterferogramScan> scanned, double minScore) {
    double minZ = DetectionScore.significance(minScore, Evidence.BOWL_IN_FRINGES, run.frameArea());
    PairNetwork network = scans.network;
    List<Finding> findings = scans.detector.detect(scans.fields, scanned, network, minZ,
        run.operator::cancelIfAsked);
    return findings.stream().map(f -> run.scored(f, Evidence.BOWL_IN_FRINGES,
        datesOf(f.datesSeen(), network))).toList();
  }

  /**
   * DDNet over each of the sources' interferograms, a strip of rows at a time: the parts of
   * {@link #byNetwork}.
   *
   * @param opener opens the network once the sources are known to hold interferograms
   */
  InterferogramRegions networkRegions(Supplier<SubsidenceNetwork> opener) {
    InterferogramStack interferograms = interferograms();
    // before the model opens: each interferogram's probability is one array of the frame
    checkProbabilityFits(run.width, run.height);
    SubsidenceNetwork net = opener.get();
    if (interferograms.interferograms().stream().allMatch(ifg -> interferograms.maskBandOf(ifg) == null)) {
      run.log.warning(() -> interferograms.lineOf("DL-Detect mode=SUBSIDENCE method=DL") + ": no mask_ifg_"
          + " band, so DDNet sees the phase of every pixel, decorrelated ones too, where it was trained on"
          + " phase behind Otsu's mask; run DL-Mask before (graphs/detection-first.xml does)");
    }
    return new InterferogramRegions(interferograms, net,
        NetworkStrip.of(run.width, run.height, net.halo()));
  }

  /** Refuses a frame whose bowl probability does not fit one array, before the network opens. */
  static void checkProbabilityFits(int width, int height) {
    WholeFrameArrays.check("DL-Detect mode=SUBSIDENCE method=DL",
        "each interferogram's bowl probability", width, height,
        "process a part of the frame (-PpixelRegion=x,y,width,height, or a subset in SNAP), or use"
        + " method=CLASSICAL, which scans strips of rows; bin/dlinsar-spark holds the same"
        + " array in each interferogram's task");
  }

  /** Bytes per frame pixel an interferogram's DDNet pass holds here: its probability, and the regions' marks and labels. */
  static final int PROBABILITY_BYTES_PER_PIXEL = Float.BYTES + 1 + Integer.BYTES;

  /**
   * Refuses, before the network opens, a frame whose bowl probability and regions (computed here,
   * one interferogram at a time) would not fit half of {@code heap}: a 40000 x 40000 frame passed
   * the array limit and ran out of memory on its first interferogram. A runner (bin/dlinsar-spark)
   * holds them in its executors, whose heaps are not this one ({@link InterferogramRegions#checkFits}).
   */
  static void checkProbabilityFitsHeap(int width, int height, long heap) {
    long bytes = (long) PROBABILITY_BYTES_PER_PIXEL * width * height;
    if (bytes <= heap / 2) {
      return;
    }
    long mib = 1L << 20;
    String option = HeapToGive.holding(bytes, 2);
    throw new OperatorException(String.format(Locale.ROOT, "DL-Detect mode=SUBSIDENCE method=DL:"
        + " each interferogram's bowl probability and its regions hold %d MiB for the %d x %d frame"
        + " (%d bytes a pixel), more than half of the %d MiB Java heap; give Java at least -Xmx%s"
        + " (bin/dlinsar: JAVA_OPTS=-Xmx%s), process a part of the frame (-PpixelRegion=x,y,width,height,"
        + " or a subset in SNAP), or use method=CLASSICAL, which scans strips of rows", bytes / mib,
        width, height, PROBABILITY_BYTES_PER_PIXEL, heap / mib, option, option));
  }

  /**
   * Refuses, before any task runs, a frame whose bowl probability and regions the runner's heap
   * (bin/dlinsar-spark: an executor's, each of its tasks computing one interferogram) would not
   * hold in half, as many at once as it runs there; a driver-side check against this JVM's heap
   * would refuse cluster runs that fit.
   */
  static void checkProbabilityFitsHeap(int width, int height, PartHeap heap) {
    long bytes = (long) PROBABILITY_BYTES_PER_PIXEL * width * height;
    long fitting = heap.bytes() / 2 / bytes;
    if (fitting >= heap.atOnce()) {
      return;
    }
    long mib = 1L << 20;
    throw new OperatorException(String.format(Locale.ROOT, "DL-Detect mode=SUBSIDENCE method=DL:"
        + " each interferogram's bowl probability and its regions hold %d MiB for the %d x %d frame"
        + " (%d bytes a pixel); %s computes %d at once, of which half of its %d MiB Java heap holds"
        + " %d; %s; or process a part of the frame (-PpixelRegion=x,y,width,height), or use"
        + " method=CLASSICAL, which scans strips of rows", bytes / mib, width, height,
        PROBABILITY_BYTES_PER_PIXEL, heap.holder(), heap.atOnce(), heap.bytes() / mib, fitting,
        heap.remedy().toGive(HeapToGive.holding(heap.atOnce() * bytes, 2), HeapToGive.holding(bytes, 2),
            fitting)));
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
    private final List<NetworkStrip> strips;

    private InterferogramRegions(InterferogramStack interferograms, SubsidenceNetwork net,
        List<NetworkStrip> strips) {
      this.interferograms = interferograms;
      this.net = net;
      this.strips = strips;
    }

    @Override
    public int count() {
      return interferograms.interferograms().size();
    }

    @Override
    public void checkFits(PartHeap heap) {
      checkProbabilityFitsHeap(run.width, run.height, heap);
    }

    @Override
    public Regions compute(int part) {
      int width = run.width;
      Interferogram ifg = interferograms.interferograms().get(part);
      FringeDivergence.Samples samples = run.rasters.interferogram(ifg,
          interferograms.maskBandOf(ifg));
      float[] probability = new float[width * run.height];
      for (NetworkStrip strip : strips) {
        run.operator.cancelIfAsked();
        int n = width * strip.rows();
        float[] re = new float[n];
        float[] im = new float[n];
        samples.read(0, strip.y0(), width, strip.rows(), re, im);
        float[] coherence = nan(n);
        if (ifg.coherence() != null) {
          coherence = run.rasters.read(strip.read(), ifg.coherence())[0];
          InterferogramTiles.checkCoherence(coherence, ifg.coherence(), strip.read());
        }
        float[] stripProbability = new float[n];
        net.probability(re, im, coherence, width, strip.rows(), stripProbability);
        System.arraycopy(stripProbability, (strip.from() - strip.y0()) * width, probability,
            strip.from() * width, (strip.to() - strip.from()) * width);
      }
      return new Regions(ScoreComponents.of(probability, width, run.height, BOWL_PROBABILITY,
          MIN_BOWL_PIXELS));
    }
  }

  private static float[] nan(int n) {
    float[] values = new float[n];
    java.util.Arrays.fill(values, Float.NaN);
    return values;
  }

  /**
   * Subsidence bowls found by DDNet in each of the sources' interferograms ({@link
   * #networkRegions}): the regions where the bowl probability reaches {@value #BOWL_PROBABILITY}
   * (at least {@value #MIN_BOWL_PIXELS} pixels) and peaks at {@code minScore} or more, the same
   * bowl in several interferograms one detection
   * ({@link Bowl}) with the dates of them all, its box and score those of the interferogram that
   * shows it best. A bowl of one date's interferograms is dropped: that date's atmosphere, not
   * steady motion; so is one seen in too few of the stack's to tell from chance ({@link
   * Bowl#atmosphereOrChance}).
   *
   * @param opener opens the network once the sources are known to hold interferograms
   * @param runner computes the interferograms' regions; null: here
   */
  List<Detection> byNetwork(Supplier<SubsidenceNetwork> opener, PartRunner runner,
      double minScore) {
    if (runner == null) {
      // the array's limit first: a frame past it needs another remedy than heap
      checkProbabilityFits(run.width, run.height);
      checkProbabilityFitsHeap(run.width, run.height, Runtime.getRuntime().maxMemory());
    }
    ModelCard.Ensemble points = networkRegions(opener).net.card().ensemble();
    if (points == null) {
      return run.number(passing(networkBowls(opener, runner, minScore), Scored::box,
          SlopeFilter.NETWORK_BOXES), SiteClass.SUBSIDENCE);
    }
    List<PartRunner> runners = DetectionRun.split(runner,
        () -> new JoinedParts(networkRegions(opener), bowlParts()));
    ClassicalBowls classical = classicalBowls(runners.get(1),
        DetectionEnsemble.classicalFloor(minScore, points));
    List<Scored> network = steady(networkBowls(opener, runners.get(0),
        DetectionEnsemble.networkFloor(minScore, points)), classical);
    return run.joined(passing(network, Scored::box, SlopeFilter.NETWORK_BOXES),
        passing(classical.bowls(), Scored::box, SlopeFilter.BLOBS), points, minScore,
        SiteClass.SUBSIDENCE);
  }

  /**
   * The parts of {@link #byNetwork}: DDNet's per interferogram, and the classical scans' after
   * them when the model's card joins the two.
   */
  Parts<?> networkParts(Supplier<SubsidenceNetwork> opener) {
    InterferogramRegions regions = networkRegions(opener);
    return regions.net.card().ensemble() == null ? regions
        : new JoinedParts(regions, bowlParts());
  }

  private List<Scored> networkBowls(Supplier<SubsidenceNetwork> opener, PartRunner runner,
      double minScore) {
    InterferogramRegions regions = networkRegions(opener);
    PairNetwork network = DetectionRun.network(regions.interferograms);
    List<List<ScoreComponents.Region>> seen = new ArrayList<>();
    for (Regions r : PartRunner.runOrComputeHere(runner, regions)) {
      seen.add(r.list().stream().filter(region -> region.peak() >= minScore).toList());
    }
    List<Scored> bowls = new ArrayList<>();
    int explainedAway = 0;
    for (Bowl b : Bowl.merge(seen)) {
      if (b.atmosphereOrChance(network, run.width, run.height, regions.net.halo())) {
        explainedAway++;
        continue;
      }
      bowls.add(new Scored(b.box(), b.best().peakX(), b.best().peakY(), b.best().peak(),
          datesOf(DatesSeen.inShown(b.interferograms(), network), network)));
    }
    int dropped = explainedAway;
    run.log.info(() -> "DL-Detect method=DL: " + bowls.size() + " bowl(s) in " + regions.count()
        + " interferogram(s); " + dropped + " dropped: seen mostly in the interferograms of one"
        + " date (atmosphere) or in fewer than " + Bowl.fewestShown(regions.count())
        + " (chance; more within " + regions.net.halo() + " px of the frame's edge)");
    return bowls;
  }

  /**
   * DDNet's bowls where the ground subsides steadily over the stack ({@link
   * SubsidenceDetector#steadyRateZ} at least {@value #NETWORK_BOWL_Z}): the classical detector's
   * time-series tests, at the one-place level since the network did the search. What it drops are
   * patterns of one date or of no steady rate: atmosphere, orbit ramps, phase of another kind;
   * and, as for the classical bowls, the rings of rising ground ({@link OppositeCore}).
   */
  private List<Scored> steady(List<Scored> bowls, ClassicalBowls classical) {
    SubsidenceDetector detector = new SubsidenceDetector(run.width, run.height, 0);
    List<Scored> kept = new ArrayList<>();
    for (Scored b : bowls) {
      double z = detector.steadyRateZ(b.box(), b.peakX(), b.peakY(), classical.fields(),
          classical.network(), run.operator::cancelIfAsked);
      if (z < NETWORK_BOWL_Z) {
        run.log.info(unsteadyBowl(b.box(), z));
      } else if (SubsidenceDetector.risingGround(b.peakX(), b.peakY(), classical.fields(),
          classical.network())) {
        run.log.info(risingBowl(b.box()));
      } else {
        kept.add(b);
      }
    }
    return kept;
  }

  /** Why DDNet's bowl in {@code box} was dropped as the ring of rising ground. */
  static String risingBowl(PixelBox box) {
    return "DL-Detect method=DL: DDNet's bowl at " + box + " dropped: it lies beside a core of the"
        + " other sign over " + OppositeCore.K + " times as strong (the ring of rising ground)";
  }

  /**
   * Why DDNet's bowl in {@code box} was dropped, as the steadiness test found it: the test compares
   * the place with the ground around it, so a bowl inside a wider subsiding area can fail it while
   * the ground there subsides.
   */
  static String unsteadyBowl(PixelBox box, double steadyRateZ) {
    String place = "DL-Detect method=DL: DDNet's bowl at " + box + " dropped by the steadiness test: ";
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
   * SUBSIDENCE on interferograms (no gradient stack, whose making warned of them already): warns of
   * interferograms without any data (all NaN or 0 + 0i), which show no bowl. A band with data is
   * read only until its first strip with data, usually its first; an empty one is read whole.
   */
  void warnOfInterferogramsWithoutData() {
    if (run.gradientStackOrNull() != null) {
      return;
    }
    InterferogramStack stack = interferograms();
    List<Interferogram> interferograms = stack.interferograms();
    List<String> emptyBands = new ArrayList<>();
    int empty = 0;
    for (Interferogram ifg : interferograms) {
      boolean data = false;
      for (int y0 = 0; y0 < run.height && !data; y0 += NO_DATA_STRIP_ROWS) {
        InterferogramTile strip = InterferogramTiles.readPhasors(run.operator, ifg,
            new Rectangle(0, y0, run.width, Math.min(NO_DATA_STRIP_ROWS, run.height - y0)));
        data = NoDataWatch.hasPhase(strip.real(), strip.imaginary());
      }
      if (!data) {
        empty++;
        emptyBands.add(ifg.real().getName());
        emptyBands.add(ifg.imaginary().getName());
      }
    }
    if (empty > 0) {
      run.log.warning(NoDataWatch.line(stack.lineOf("DL-Detect"), emptyBands, empty, interferograms.size(),
          "they show no bowl", "no bowl can be found"));
    }
  }

  /** The sources' interferograms, or the one-line error of mode SUBSIDENCE without them. */
  private InterferogramStack interferograms() {
    InterferogramStack interferograms = run.interferogramsOrNull();
    if (interferograms == null) {
      throw new OperatorException("DL-Detect mode=SUBSIDENCE needs wrapped interferograms:"
          + " product '" + run.sources[0].getName() + "' has no interferogram bands; expected"
          + " band pairs i_ifg_<tag>_<ref>_<sec> and q_ifg_<tag>_<ref>_<sec>");
    }
    return interferograms;
  }

  private List<DivergenceRows> fringeFields(InterferogramStack stack) {
    WorkArrays work = new WorkArrays(FringeDivergence.WORK_ARRAYS);
    return run.fields(stack, samples -> new FringeDivergence(samples, run.width, run.height, work));
  }

  /** The network's dates of indexes {@code dates} ({@link DatesSeen}). */
  private static List<LocalDate> datesOf(List<Integer> dates, PairNetwork network) {
    return dates.stream().map(network.dates()::get).toList();
  }
}
