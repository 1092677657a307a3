package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Finds moving ground in a gradient stack: blobs of the stack's divergence field ({@link
 * StackedGradientDivergence}) significant against the frame's own noise floor ({@link
 * BlobScanner}, {@link BlobSelection}), at the scales of its {@link Target}: moving slopes, or
 * subsidence bowls. Both are told from the flanks of broader motion (ground that moves
 * everywhere) by the response at {@link #BROAD_RADIUS}: slides must be no broader than a slide
 * (the scale test), bowls are scored above that broader motion (the background test). A bowl
 * beside a far stronger core of the other sign is the ring of a rising dome, no bowl ({@link
 * OppositeCore}).
 *
 * <p>When the interferograms are at hand, the blob is taken apart into each one's share ({@link
 * InterferogramGradientDivergence}) and dropped when one date's atmosphere explains it better
 * than motion ({@link TemporalSignature}), and a slide also unless most of them agree with it in
 * sign ({@link SignAgreement}: steady motion shows in most interferograms, a blob that a few
 * noisy ones put in the stack does not). A slide that a date's atmosphere explains better is
 * kept when its rate is significant beyond that date's screen: a slide under one date's cell,
 * which the sign test still judges (bowls keep no sign test, and no such exception). Without the
 * interferograms these tests are skipped. In a long stack a date's turbulent cell mostly cancels
 * (as secondary and as reference date), but not near the ends of the series.
 */
final class GradientStackDetector {

  /** What the scan looks for. */
  enum Target {
    /**
     * Moving slopes, blobs of either sign (a slope may move toward the satellite or away), at
     * sigma 2.4, 3.5 and 5.5 pixels (slides 10 to 50 pixels long), with the sign agreement. A
     * scale of 1.4 pixels was dropped: on the simulated stacks it found no slide the others miss,
     * and most of the false blobs (the heavy tail of single pixels' phase noise shared by the
     * interferograms of one date). With the scale test.
     */
    LANDSLIDE(new int[] {2, 3, 5}, false, true, true),
    /**
     * Subsidence bowls: ground moving away from the satellite (positive blobs), at the bowl
     * scales of the interferograms' fringes ({@link SubsidenceDetector#RADII}), without the sign
     * agreement: a slow bowl is significant over the stack while each interferogram's share of it
     * is noise of either sign, so the sign test dropped a sixth of the bowls found on the simulated
     * mining scenes and no atmospheric lookalike (README, "Bowls in the gradient stack"). With
     * the background test.
     */
    SUBSIDENCE(SubsidenceDetector.RADII, true, false, false);

    private final int[] radii;
    private final boolean positiveOnly;
    private final boolean signTest;
    /** The scale test ({@link #BROADER}); else the background test ({@link #BACKGROUND}). */
    private final boolean scaleTest;

    Target(int[] radii, boolean positiveOnly, boolean signTest, boolean scaleTest) {
      this.radii = radii;
      this.positiveOnly = positiveOnly;
      this.signTest = signTest;
      this.scaleTest = scaleTest;
    }

    /** Box radii of the scales. */
    int[] radii() {
      return radii.clone();
    }
  }

  /**
   * False-alarm probability of the sign-agreement test a slide must pass in the interferograms
   * ({@link SignAgreement#steady}).
   */
  static final double STEADY_ALPHA = 0.01;
  /**
   * Box radius of the scale test's broad scale (sigma 20.5 pixels), far above the slides' scales:
   * a blob whose scale-normalised response (sigma^2 times the smoothed divergence, Lindeberg
   * 1998) is stronger there by {@link #BROADER} than at its own scale is the flank of something
   * broader, ground that moves everywhere (regional subsidence), not a slide. A Gaussian blob of
   * scale s responds most at sigma = s: a slide of s up to 11 pixels (56 pixels long) keeps its
   * blob, a bowl of s 13 or more does not (README, "Slides on ground that moves everywhere").
   */
  static final int BROAD_RADIUS = 20;
  /** How much stronger at the broad scale a blob must respond to be dropped. */
  static final double BROADER = 1.5;
  /**
   * The background test of bowls: a bowl is scored by its response less this many times the
   * response at {@link #BROAD_RADIUS} (never above its own), and dropped when that falls under the
   * least significance. A bowl a few pixels across sitting on regional subsidence responds at its
   * own scale to both; a broad bowl's curvature reaches the bowls' scales 1.2 to 1.8 times as
   * strong as at sigma 20.5 (broad bowls of sigma 60 to 30 pixels), while a mining bowl keeps
   * most of its own (of sigma 6 pixels 96 %, 10 pixels 78 %, 16 pixels half). Chosen from 0, 1, 2
   * and 4 on the validation and regional-motion seeds (README, "Bowls on ground that moves
   * everywhere"). The scale test dropped a quarter of the visible bowls there: a bowl on a
   * regional flank responds more at the broad scale than at its own.
   */
  static final double BACKGROUND = 2;
  /** The most blobs measured per frame: far more than a frame holds above its noise. */
  static final int MAX_BLOBS = 10_000;

  private final Target target;
  private final int width;
  private final int height;
  private final int stripRows;

  /**
   * @param stripRows rows per strip of the scan, 0 to size strips by memory
   */
  GradientStackDetector(Target target, int width, int height, int stripRows) {
    this.target = target;
    this.width = width;
    this.height = height;
    this.stripRows = stripRows;
  }

  /** The scanner of the stack's divergence field, its strips laid out by the frame. */
  BlobScanner scanner() {
    return new BlobScanner(width, height, target.radii, stripRows);
  }

  /**
   * The targets of a finished scan of the {@link #scanner}: the blobs of {@code stack} at or
   * above {@code minZ} (positive ones for bowls) that pass the tests in the interferograms.
   *
   * @param scan the scan of {@code stack}, merged from its strips
   * @param stack the gradient stack's divergence field
   * @param interferograms per interferogram of {@code network}, the divergence of its own wrapped
   *     gradients ({@link InterferogramGradientDivergence}); empty to skip the tests
   * @param network the interferograms' pairs; null when there are none
   * @param minZ the least significance kept
   * @param order the order of the sources' tiles, in which blobs are measured and tested
   * @param checkCancel throws to stop
   * @param log where the blobs dropped by the scale test or as atmosphere are counted
   */
  List<Finding> select(BlobScanner.Scan scan, DivergenceRows stack,
      List<DivergenceRows> interferograms, PairNetwork network, double minZ, TileOrder order,
      Runnable checkCancel, Logger log) {
    BlobScanner.Scan searched = target.positiveOnly ? scan.positive() : scan;
    List<BlobSelection.Blob> blobs = BlobSelection.select(searched, target.radii, minZ, stack,
        width, height, MAX_BLOBS, order, target.positiveOnly);
    double[] z = new double[blobs.size()];
    boolean[] broad = new boolean[blobs.size()];
    boolean[] screen = new boolean[blobs.size()];
    boolean[] rising = new boolean[blobs.size()];
    Arrays.stream(order.sort(blobs, BlobSelection.Blob::x, BlobSelection.Blob::y)).parallel().forEach(i -> {
      checkCancel.run();
      z[i] = overBroaderMotion(blobs.get(i), stack);
      broad[i] = !(z[i] >= minZ);
      // a bowl's peak must not sit beside a far stronger core of the other sign (a dome's ring)
      rising[i] = !broad[i] && target.positiveOnly && OppositeCore.rising(stack,
          blobs.get(i).x(), blobs.get(i).y(), blobs.get(i).radius());
      screen[i] = !broad[i] && !rising[i] && !interferograms.isEmpty()
          && isAtmosphere(blobs.get(i), interferograms, network);
    });
    List<Finding> found = new ArrayList<>();
    int screens = 0;
    int broader = 0;
    int domes = 0;
    for (int i = 0; i < blobs.size(); i++) {
      BlobSelection.Blob blob = blobs.get(i);
      if (broad[i] || rising[i] || screen[i]) {
        broader += broad[i] ? 1 : 0;
        domes += rising[i] ? 1 : 0;
        screens += screen[i] ? 1 : 0;
        continue;
      }
      found.add(new Finding(blob.box(), blob.x(), blob.y(), blob.radius(), z[i], List.of()));
    }
    if (broader > 0) {
      int dropped = broader;
      log.info(() -> "DL-Detect: " + dropped + " blob(s) of the gradient stack dropped: the flanks"
          + " of broader motion (the " + (target.scaleTest ? "scale" : "background") + " test)");
    }
    if (domes > 0) {
      int dropped = domes;
      log.info(() -> "DL-Detect: " + dropped + " blob(s) of the gradient stack dropped: the rings"
          + " of rising ground (a core of the other sign over " + OppositeCore.K + " times as"
          + " strong beside them)");
    }
    if (screens > 0) {
      int dropped = screens;
      log.info(() -> "DL-Detect: " + dropped + " blob(s) of the gradient stack dropped: "
          + (target.signTest ? "the interferograms do not agree on them, or " : "")
          + "one date's atmosphere explains them");
    }
    return found;
  }

  /**
   * The blob's significance over broader motion: its own, or NaN where the scale test drops it;
   * for the background test, scaled by the share of its response above the broad scale's
   * (the divergence's noise median, from which the significance counts, is near 0).
   */
  private double overBroaderMotion(BlobSelection.Blob blob, DivergenceRows stack) {
    double broad = PointResponse.at(stack, blob.x(), blob.y(), BROAD_RADIUS);
    double own = blob.response();
    if (target.scaleTest) {
      boolean broader = normalised(BROAD_RADIUS, broad) * Math.signum(own)
          > BROADER * Math.abs(normalised(blob.radius(), own));
      return broader ? Double.NaN : blob.z();
    }
    return blob.z() * Math.min(1, (own - BACKGROUND * broad) / own);
  }

  /** A response at the scale of {@code radius}, scale-normalised: times sigma squared. */
  private static double normalised(int radius, double response) {
    double sigma = BoxBlur.sigma(radius);
    return sigma * sigma * response;
  }

  private boolean isAtmosphere(BlobSelection.Blob blob, List<DivergenceRows> interferograms,
      PairNetwork network) {
    double[] amplitudes = new double[interferograms.size()];
    for (int p = 0; p < amplitudes.length; p++) {
      amplitudes[p] = PointResponse.at(interferograms.get(p), blob.x(), blob.y(), blob.radius());
    }
    // the responses share one unit; their noise differs little from one pair to the next
    TemporalSignature signature = network.signature(amplitudes);
    if (!target.signTest) {
      return signature.oneDateScreen();
    }
    // a slide under one date's cell still moves in the other pairs; the sign test guards the rest
    return signature.oneDateScreen() && !signature.steadyBeyondScreen()
        || !SignAgreement.steady(amplitudes, blob.response(), STEADY_ALPHA);
  }
}
