package org.dlinsar.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.dlinsar.sim.PixelBox;

/**
 * Finds subsidence bowls in wrapped interferograms: closed, dense fringes, seen as blobs of each
 * interferogram's fringe divergence ({@link FringeDivergence}) at scales of 3.5 to 8.5 pixels
 * (bowls of sigma 6 to 16 pixels and more).
 *
 * <p>Each interferogram is scanned on its own against its own noise floor; peaks at or above
 * {@code seenZ} there are candidates. So are the peaks of the interferograms' fields stacked with
 * weights span / noise ({@link WeightedSum}), where a bowl too slow for any single interferogram
 * adds up. Candidates at one place are one bowl (the strongest sets its peak and scale). Each
 * bowl's response is then measured in every interferogram, in units of that interferogram's
 * noise, and kept when its steady-rate significance over the stack, divided by the responses'
 * scatter about the rate ({@link RateScatter}), reaches {@code minZ} and one
 * date's atmosphere does not explain it better ({@link TemporalSignature}); its box is measured on
 * the stacked field ({@link BlobExtent}). Only ground moving away from the satellite counts
 * (positive phase, positive rate significance): a bowl rising would be no subsidence, nor the
 * ring around a rising dome, a positive blob beside the dome's far stronger negative core in the
 * stacked field ({@link OppositeCore}). Its dates seen come from its responses ({@link
 * DatesSeen}).
 */
final class SubsidenceDetector {

  /** Box radii of the scales: sigma 3.5, 5.5 and 8.5 pixels. */
  static final int[] RADII = {3, 5, 8};
  /** The most candidates taken from one interferogram, or from the stack. */
  static final int MAX_PEAKS = 200;
  /**
   * Significance in the stacked field at which a peak becomes a candidate: fixed rather than
   * {@code minZ}, which now judges the rate after its scatter ({@link RateScatter}), on another
   * scale. 3.4 is what the README's tables had (the evaluation runs at minScore 0.3, z 3.43 on
   * the old scale), so the default now finds the candidates those tables measured.
   */
  static final double STACK_PEAK_Z = 3.4;
  /** The interferogram index of a candidate found in the stack of them all. */
  private static final int STACK = -1;
  /**
   * Significance at which an interferogram shows a bowl already found: one test at one place, so
   * 3 sigma (no search over the frame to pay for).
   */
  static final double SEEN_Z = 3;

  private final int width;
  private final int height;
  /** One scanner for every interferogram and the stack, so that they share its work arrays. */
  private final BlobScanner scanner;
  /** The same for the squares around the bowls. */
  private final LocalNoise localNoise;

  SubsidenceDetector(int width, int height, int stripRows) {
    this.width = width;
    this.height = height;
    this.scanner = new BlobScanner(width, height, RADII, stripRows);
    this.localNoise = new LocalNoise(width, height);
  }

  /** A candidate: a peak of one interferogram, or of the stack ({@link #STACK}). */
  private record Seen(int interferogram, BlobSelection.Peak peak) {}

  /** Candidates at one place; the first, the strongest, sets the place. */
  private record Bowl(List<Seen> members) {

    Seen strongest() {
      return members.get(0);
    }

    boolean holds(BlobSelection.Peak p) {
      BlobSelection.Peak q = strongest().peak();
      double reach = 2 * (BoxBlur.sigma(p.radius()) + BoxBlur.sigma(q.radius()));
      return Math.hypot(p.x() - q.x(), p.y() - q.y()) < reach;
    }
  }

  /** What the measurement of the bowls needs. */
  private record Context(List<DivergenceRows> interferograms, RobustNoise[][] noise,
      PairNetwork network, DivergenceRows stack, double minZ, int width, int height) {}

  /**
   * One interferogram scanned on its own: its noise floor per scale and its peaks at or above
   * the significance at which it shows a bowl by itself.
   */
  record InterferogramScan(RobustNoise[] noise, List<BlobSelection.Peak> peaks)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Scans one interferogram's fringe field (strips in parallel).
   *
   * @param seenZ the significance at which one interferogram shows a bowl by itself
   */
  InterferogramScan scan(DivergenceRows interferogram, double seenZ, Runnable checkCancel) {
    BlobScanner.Scan scan = scanner.scan(interferogram, checkCancel);
    return new InterferogramScan(scan.noise(), BlobSelection.peaks(scan, RADII, seenZ, MAX_PEAKS));
  }

  /**
   * The bowls, from each interferogram's {@link #scan} and the scan of their stack.
   *
   * @param interferograms the fringe field of each interferogram of {@code network}, same order
   * @param scans the scan of each of them, same order
   * @param minZ the least significance over the stack kept
   * @param checkCancel throws to stop
   */
  List<Finding> detect(List<DivergenceRows> interferograms, List<InterferogramScan> scans,
      PairNetwork network, double minZ, Runnable checkCancel) {
    int n = interferograms.size();
    RobustNoise[][] noise = new RobustNoise[n][];
    List<Seen> candidates = new ArrayList<>();
    double[] weights = new double[n];
    for (int p = 0; p < n; p++) {
      noise[p] = scans.get(p).noise();
      RobustNoise middle = noise[p][RADII.length / 2];
      weights[p] = middle == null ? 0 : network.spansYears()[p] / middle.sigma();
      for (BlobSelection.Peak peak : scans.get(p).peaks()) {
        candidates.add(new Seen(p, peak));
      }
    }
    // bowls too slow for any one interferogram add up in the stack of them all
    WeightedSum stack = new WeightedSum(interferograms, weights);
    BlobScanner.Scan stacked = scanner.scan(stack, checkCancel);
    for (BlobSelection.Peak peak : BlobSelection.peaks(stacked, RADII, STACK_PEAK_Z,
        MAX_PEAKS)) {
      candidates.add(new Seen(STACK, peak));
    }
    Context context = new Context(interferograms, noise, network, stack, minZ, width, height);
    List<Finding> found = new ArrayList<>();
    for (Bowl bowl : cluster(candidates)) {
      checkCancel.run();
      measure(bowl, context, found);
    }
    return found;
  }

  /** Groups candidates by place, strongest first: each joins the first bowl that holds it. */
  private static List<Bowl> cluster(List<Seen> candidates) {
    List<Seen> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble((Seen s) -> -s.peak().z())
        .thenComparingInt(Seen::interferogram).thenComparingInt(s -> s.peak().y())
        .thenComparingInt(s -> s.peak().x()));
    List<Bowl> bowls = new ArrayList<>();
    for (Seen seen : sorted) {
      Bowl home = bowls.stream().filter(b -> b.holds(seen.peak())).findFirst().orElse(null);
      if (home == null) {
        List<Seen> members = new ArrayList<>();
        members.add(seen);
        bowls.add(new Bowl(members));
      } else {
        home.members().add(seen);
      }
    }
    return bowls;
  }

  /**
   * Adds the bowl's finding to {@code found} when it is significant over the stack, no
   * atmosphere, and not within a bowl found before. When one date's screen explains it, the
   * candidates of the interferograms without that date are grouped again: a bowl under a
   * turbulent cell of one date is still a bowl in the other interferograms.
   */
  private static void measure(Bowl bowl, Context c, List<Finding> found) {
    BlobSelection.Peak peak = bowl.strongest().peak();
    double[] z = responses(peak.x(), peak.y(), scaleIndex(peak.radius()), c.interferograms(),
        c.noise());
    TemporalSignature signature = c.network().signature(z);
    if (signature.oneDateScreen()) {
      int date = signature.screenDate();
      List<Seen> rest = bowl.members().stream()
          .filter(m -> m.interferogram() == STACK
              || c.network().reference()[m.interferogram()] != date
              && c.network().secondary()[m.interferogram()] != date)
          .toList();
      // each regrouping drops the members of one more date, so it ends
      for (Bowl under : rest.size() < bowl.members().size() ? cluster(rest) : List.<Bowl>of()) {
        measure(under, c, found);
      }
      return;
    }
    // atmosphere shared by the interferograms of a date fits no steady rate: judged by the fit
    double rateZ = RateScatter.moderatedZ(z, c.network().spansYears(), signature.rateZ());
    if (rateZ < c.minZ()) {
      return;
    }
    // the ring of a rising dome closes fringes as a bowl does, beside the dome's stronger core
    if (OppositeCore.rising(c.stack(), peak.x(), peak.y(), peak.radius())) {
      return;
    }
    for (Finding f : found) {
      if (f.box().contains(peak.x(), peak.y())) {
        return;
      }
    }
    BlobExtent.Located located = BlobExtent.measure(c.stack(), c.width(), c.height(), peak.x(),
        peak.y(),
        peak.radius(), true, BlobSelection.maxHalfSize(peak.radius()));
    found.add(new Finding(located.box(), peak.x(), peak.y(), peak.radius(), rateZ,
        DatesSeen.inResponses(z, c.network())));
  }

  /**
   * How steadily the ground at a place another detector found (DDNet's) subsides over the stack,
   * by the tests a bowl found here passes ({@link #measure}): its response in every interferogram
   * in units of that one's noise around the place ({@link LocalNoise}), at the scale where that is
   * strongest, the steady rate's significance divided by the responses' scatter ({@link
   * RateScatter}); minus infinity when one date's atmosphere explains the responses better.
   *
   * @param box the place's box
   * @param x its peak's column
   * @param y its peak's row
   * @param interferograms the fringe field of each interferogram of {@code network}, same order
   * @param checkCancel called before each interferogram; throws to stop
   */
  double steadyRateZ(PixelBox box, int x, int y, List<DivergenceRows> interferograms,
      PairNetwork network, Runnable checkCancel) {
    double[][] z = localResponses(box, x, y, interferograms, checkCancel, RADII);
    double best = Double.NEGATIVE_INFINITY;
    for (double[] atScale : z) {
      TemporalSignature signature = network.signature(atScale);
      if (!signature.oneDateScreen()) {
        best = Math.max(best,
            RateScatter.moderatedZ(atScale, network.spansYears(), signature.rateZ()));
      }
    }
    return best;
  }

  /**
   * Whether a place another detector found (DDNet's) is the ring of a rising dome ({@link
   * OppositeCore#risingAtBestScale}) in the interferograms' fringe fields weighted by their spans,
   * so that their sum follows the rate.
   */
  static boolean risingGround(int x, int y, List<DivergenceRows> interferograms,
      PairNetwork network) {
    return OppositeCore.risingAtBestScale(new WeightedSum(interferograms, network.spansYears()),
        x, y, RADII);
  }

  /**
   * How each interferogram shows a bowl found elsewhere (in the gradient stack): its response at
   * the bowl's peak, at its scale, in sigmas of its noise around it ({@link LocalNoise}); the
   * bowl's dates seen come from them ({@link DatesSeen}).
   *
   * @param box the bowl's box
   * @param x its peak's column
   * @param y its peak's row
   * @param radius its scale's box radius
   * @param interferograms the fringe field of each interferogram
   * @param checkCancel called before each interferogram; throws to stop
   * @return one response per interferogram, in their order
   */
  double[] responsesIn(PixelBox box, int x, int y, int radius,
      List<DivergenceRows> interferograms, Runnable checkCancel) {
    return localResponses(box, x, y, interferograms, checkCancel, radius)[0];
  }

  /** Per radius, each interferogram's {@link LocalNoise#z} at the place (in parallel). */
  private double[][] localResponses(PixelBox box, int x, int y,
      List<DivergenceRows> interferograms, Runnable checkCancel, int... radii) {
    double[][] byInterferogram = IntStream.range(0, interferograms.size()).parallel()
        .mapToObj(p -> {
          checkCancel.run();
          return localNoise.z(interferograms.get(p), box, x, y, radii);
        })
        .toArray(double[][]::new);
    double[][] z = new double[radii.length][byInterferogram.length];
    for (int p = 0; p < byInterferogram.length; p++) {
      for (int s = 0; s < radii.length; s++) {
        z[s][p] = byInterferogram[p][s];
      }
    }
    return z;
  }

  /**
   * The response at (x, y) at scale {@code scale} in each interferogram, in units of that one's
   * noise floor there; 0 where it has none.
   *
   * @param noise per interferogram, its floor per scale
   */
  private static double[] responses(int x, int y, int scale, List<DivergenceRows> interferograms,
      RobustNoise[][] noise) {
    double[] z = new double[interferograms.size()];
    for (int p = 0; p < z.length; p++) {
      RobustNoise floor = noise[p][scale];
      if (floor != null) {
        z[p] = (PointResponse.at(interferograms.get(p), x, y, RADII[scale]) - floor.median())
            / floor.sigma();
      }
    }
    return z;
  }

  private static int scaleIndex(int radius) {
    for (int s = 0; s < RADII.length; s++) {
      if (RADII[s] == radius) {
        return s;
      }
    }
    throw new IllegalArgumentException("no scale of radius " + radius);
  }
}
