package org.dlinsar.detect;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dlinsar.detect.DetectionRun.Scored;
import org.dlinsar.detect.DetectionScore.Evidence;
import org.dlinsar.ifg.BandNames;
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
 * DL-Detect mode LANDSLIDE: the blobs of the sources' gradient stack (method CLASSICAL), or the
 * landslide network's boxes over it a strip at a time, those on too little data dropped and
 * joined with the blobs where the model's card says how (method DL); then the slope and line
 * filters.
 */
final class LandslideRun {

  /** Fewest well-covered pixels of a network's landslide box ({@link #covered}). */
  static final int MIN_COVERED_PIXELS = 10;

  /**
   * What a box must pass to be a landslide.
   *
   * @param minSlopeDeg the slope filter's least slope ({@link SlopeFilter#onSlopes})
   * @param maxLineShare the line filter's largest share ({@link LineFilter#offLines})
   * @param maxLineTiltDeg how far off the axes its lines may run, degrees, or {@link LineFilter#BY_GRID}
   */
  record BoxRules(double minSlopeDeg, double maxLineShare, double maxLineTiltDeg) {}

  private final DetectionRun run;
  private final BoxRules rules;

  LandslideRun(DetectionRun run, BoxRules rules) {
    this.run = run;
    this.rules = rules;
  }

  /**
   * Landslides in the sources' gradient stack, with the slope filter when there is elevation and
   * the line filter.
   *
   * @param runner computes the scan's strips ({@link DetectionRun#blobStrips}); null: here
   */
  List<Detection> classical(PartRunner runner, double minScore) {
    return run.number(blobBoxes(runner, minScore), SiteClass.LANDSLIDE);
  }

  private List<Scored> blobBoxes(PartRunner runner, double minScore) {
    List<Finding> findings = run.stackFindings(GradientStackDetector.Target.LANDSLIDE, runner,
        DetectionScore.significance(minScore, Evidence.SLIDE_IN_STACK, run.frameArea()));
    List<LocalDate> span = span();
    return passing(findings, Finding::box, SlopeFilter.BLOBS).stream()
        .map(f -> run.scored(f, Evidence.SLIDE_IN_STACK, span)).toList();
  }

  /** The findings on slopes steep enough and off lines across the frame ({@link BoxRules}). */
  private <T> List<T> passing(List<T> findings, Function<T, PixelBox> boxOf, String what) {
    List<T> onSlopes = new SlopeFilter(run).onSlopes(findings, boxOf, rules.minSlopeDeg(), what);
    return new LineFilter(run, rules.maxLineTiltDeg()).offLines(onSlopes, boxOf, rules.maxLineShare(), what);
  }

  /** The first and last date of the sources' interferograms, none without them. */
  private List<LocalDate> span() {
    InterferogramStack interferograms = run.interferogramsOrNull();
    if (interferograms == null) {
      return List.of();
    }
    PairNetwork network = DetectionRun.network(interferograms);
    return List.of(network.dates().get(0), network.dates().get(network.dates().size() - 1));
  }

  /**
   * The landslide network's pass over the sources' gradient stack, a strip of rows at a time
   * (memory bounded by the strips): the parts of {@link #byNetwork}.
   *
   * @param opener opens the network once the sources are known to hold what it reads
   * @param minScore the least objectness a cell proposes a box at
   */
  NetworkStrips networkStrips(Supplier<LandslideNetwork> opener, double minScore) {
    String[] needed = {BandNames.GRADIENT_AZIMUTH, BandNames.GRADIENT_RANGE,
        BandNames.GRADIENT_COUNT, BandNames.GRADIENT_STDERR};
    Product stackProduct = run.productWith(needed);
    if (stackProduct == null) {
      // a stack with all but grad_stderr was written by Phase-Gradient-Stack before it had one
      boolean older = run.productWith(Arrays.copyOf(needed, needed.length - 1)) != null;
      throw new OperatorException("DL-Detect mode=LANDSLIDE method=DL needs a gradient stack with"
          + " its count and standard error: no source has bands " + String.join(", ", needed)
          + " (" + DetectionRun.missingIn(run.sources[0], needed) + "); " + (older
          ? "its gradient stack comes from a version of Phase-Gradient-Stack before grad_stderr: run it"
          + " again on the interferograms" : "run Phase-Gradient-Stack first") + ", or method=CLASSICAL");
    }
    Band[] bands = new Band[needed.length];
    for (int b = 0; b < needed.length; b++) {
      bands[b] = stackProduct.getBand(needed[b]);
    }
    LandslideNetwork net = opener.get();
    return new NetworkStrips(net, bands, NetworkStrip.of(run.width, run.height, net.halo()),
        minScore);
  }

  /** A strip's box proposals, and the most interferograms any of its pixels' rates holds. */
  record Proposals(List<BoxSuppression.Proposal> list, float mostCount) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The strips of the landslide network's pass, one after the other when here. */
  final class NetworkStrips implements Parts<Proposals> {
    private final LandslideNetwork net;
    private final Band[] bands;
    private final List<NetworkStrip> strips;
    private final double minScore;

    private NetworkStrips(LandslideNetwork net, Band[] bands, List<NetworkStrip> strips,
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
      run.operator.cancelIfAsked();
      NetworkStrip strip = strips.get(part);
      float[][] values = run.rasters.read(strip.read(), bands);
      float[][] planes = new float[GradientStackInputs.CHANNELS.size()][run.width * strip.rows()];
      GradientStackInputs.fill(values[0], values[1], values[2], values[3], planes);
      float mostCount = 0;
      for (float count : values[2]) {
        mostCount = count > mostCount ? count : mostCount;
      }
      return new Proposals(net.propose(planes, run.width, strip.rows(), strip.y0(), strip.from(),
          strip.to(), run.height, minScore), mostCount);
    }
  }

  /**
   * Landslides found by a detection network in the sources' gradient stack, a strip of rows at a
   * time ({@link #networkStrips}), proposals merged over the whole frame ({@link
   * BoxSuppression}), with the slope filter when there is elevation and the line filter; joined
   * with the classical scan's ({@link DetectionEnsemble}) when the model's card says how.
   *
   * @param opener opens the network once the sources are known to hold what it reads
   * @param runner computes the strips; null: here
   */
  List<Detection> byNetwork(Supplier<LandslideNetwork> opener, PartRunner runner, double minScore) {
    ModelCard.Ensemble points = networkStrips(opener, minScore).net.card().ensemble();
    if (points == null) {
      return run.number(networkBoxes(opener, runner, minScore), SiteClass.LANDSLIDE);
    }
    List<PartRunner> runners = DetectionRun.split(runner,
        () -> joinedParts(opener, minScore, points));
    List<Scored> network = networkBoxes(opener, runners.get(0),
        DetectionEnsemble.networkFloor(minScore, points));
    List<Scored> classical = blobBoxes(runners.get(1),
        DetectionEnsemble.classicalFloor(minScore, points));
    return run.joined(network, classical, points, minScore, SiteClass.LANDSLIDE);
  }

  /**
   * The parts of {@link #byNetwork}: the network's strips, and the classical scan's after them
   * when the model's card joins the two.
   */
  Parts<?> networkParts(Supplier<LandslideNetwork> opener, double minScore) {
    NetworkStrips strips = networkStrips(opener, minScore);
    ModelCard.Ensemble points = strips.net.card().ensemble();
    return points == null ? strips : joinedParts(opener, minScore, points);
  }

  private JoinedParts joinedParts(Supplier<LandslideNetwork> opener, double minScore,
      ModelCard.Ensemble points) {
    return new JoinedParts(networkStrips(opener, DetectionEnsemble.networkFloor(minScore, points)),
        run.blobStrips(GradientStackDetector.Target.LANDSLIDE));
  }

  private List<Scored> networkBoxes(Supplier<LandslideNetwork> opener, PartRunner runner,
      double minScore) {
    run.holdGradientStack(runner);
    NetworkStrips strips = networkStrips(opener, minScore);
    List<BoxSuppression.Proposal> proposals = new ArrayList<>();
    float mostCount = 0;
    for (Proposals strip : PartRunner.runOrComputeHere(runner, strips)) {
      proposals.addAll(strip.list());
      mostCount = Math.max(mostCount, strip.mostCount());
    }
    List<BoxSuppression.Proposal> merged = BoxSuppression.suppress(proposals);
    List<BoxSuppression.Proposal> kept = covered(merged, strips.bands[2], mostCount);
    run.log.info(() -> "DL-Detect method=DL: " + proposals.size() + " cell(s) at score >= "
        + minScore + " merged into " + merged.size() + " box(es), "
        + (merged.size() - kept.size()) + " of them dropped on too little data");
    List<LocalDate> span = span();
    return passing(kept, BoxSuppression.Proposal::box, SlopeFilter.NETWORK_BOXES).stream()
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
      if (wellCovered(run.rasters.read(b.rectangle(),
          count)[0], mostCount)) {
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
}
