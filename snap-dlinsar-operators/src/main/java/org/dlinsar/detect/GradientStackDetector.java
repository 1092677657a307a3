package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Finds moving slopes in a gradient stack: blobs of the stack's divergence field ({@link
 * StackedGradientDivergence}) at scales of 2.4 to 5.5 pixels (slides 10 to 50 pixels long),
 * significant against the frame's own noise floor ({@link BlobScanner}, {@link BlobSelection}).
 *
 * <p>When the interferograms are at hand, the blob is taken apart into each one's share ({@link
 * InterferogramGradientDivergence}) and dropped unless most of them agree with it in sign (the
 * sign test, {@link TemporalSignature#steady}: steady motion shows in most interferograms, a blob
 * that a few noisy ones put in the stack does not) or when one date's atmosphere explains it
 * better than motion ({@link TemporalSignature}); without them these tests are skipped. In a long
 * stack a date's turbulent cell mostly cancels (as secondary and as reference date), but not near
 * the ends of the series.
 */
final class LandslideDetector {

  /**
   * Box radii of the scales: sigma 2.4, 3.5 and 5.5 pixels. A scale of 1.4 pixels was dropped:
   * on the simulated stacks it found no slide the others miss, and most of the false blobs (the
   * heavy tail of single pixels' phase noise shared by the interferograms of one date).
   */
  static final int[] RADII = {2, 3, 5};
  /**
   * False-alarm probability of the sign test a blob must pass in the interferograms ({@link
   * TemporalSignature#steady}).
   */
  static final double STEADY_ALPHA = 0.01;
  /** The most blobs measured per frame: far more than a frame holds above its noise. */
  static final int MAX_BLOBS = 10_000;

  private final int width;
  private final int height;
  private final int stripRows;

  /**
   * @param stripRows rows per strip of the scan, 0 to size strips by memory
   */
  LandslideDetector(int width, int height, int stripRows) {
    this.width = width;
    this.height = height;
    this.stripRows = stripRows;
  }

  /** The scanner of the stack's divergence field, its strips laid out by the frame. */
  BlobScanner scanner() {
    return new BlobScanner(width, height, RADII, stripRows);
  }

  /**
   * The landslides of a finished scan of the {@link #scanner}: the blobs of {@code stack} at or
   * above {@code minZ} that pass the tests in the interferograms.
   *
   * @param scan the scan of {@code stack}, merged from its strips
   * @param stack the gradient stack's divergence field
   * @param interferograms per interferogram of {@code network}, the divergence of its own wrapped
   *     gradients ({@link InterferogramGradientDivergence}); empty to skip the atmosphere test
   * @param network the interferograms' pairs; null when there are none
   * @param minZ the least significance kept
   * @param order the order of the sources' tiles, in which blobs are measured and tested
   * @param checkCancel throws to stop
   * @param log where the blobs dropped as atmosphere are counted
   */
  List<Finding> select(BlobScanner.Scan scan, DivergenceRows stack,
      List<DivergenceRows> interferograms, PairNetwork network, double minZ, TileOrder order,
      Runnable checkCancel, Logger log) {
    List<BlobSelection.Blob> blobs =
        BlobSelection.select(scan, RADII, minZ, stack, width, height, MAX_BLOBS, order);
    boolean[] screen = new boolean[blobs.size()];
    if (!interferograms.isEmpty()) {
      Arrays.stream(order.sort(blobs, BlobSelection.Blob::x, BlobSelection.Blob::y)).parallel().forEach(i -> {
        checkCancel.run();
        screen[i] = isOneDateScreen(blobs.get(i), interferograms, network);
      });
    }
    List<Finding> found = new ArrayList<>();
    int screens = 0;
    for (int i = 0; i < blobs.size(); i++) {
      BlobSelection.Blob blob = blobs.get(i);
      if (screen[i]) {
        screens++;
        continue;
      }
      found.add(new Finding(blob.box(), blob.x(), blob.y(), blob.z(), List.of()));
    }
    if (screens > 0) {
      int dropped = screens;
      log.info(() -> "DL-Detect: " + dropped + " blob(s) of the gradient stack dropped: the"
          + " interferograms do not agree on them, or one date's atmosphere explains them");
    }
    return found;
  }

  private static boolean isOneDateScreen(BlobSelection.Blob blob,
      List<DivergenceRows> interferograms, PairNetwork network) {
    double[] amplitudes = new double[interferograms.size()];
    for (int p = 0; p < amplitudes.length; p++) {
      amplitudes[p] = PointResponse.at(interferograms.get(p), blob.x(), blob.y(), blob.radius());
    }
    // the responses share one unit; their noise differs little from one pair to the next
    TemporalSignature signature = network.signature(amplitudes);
    return signature.oneDateScreen() || !signature.steady(blob.response(), STEADY_ALPHA);
  }
}
