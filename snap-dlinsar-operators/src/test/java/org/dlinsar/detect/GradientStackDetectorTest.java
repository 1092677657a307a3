package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The gradient stack's detector against known truths: synthetic phase-rate fields with a slide or
 * a mining bowl at a known place, on or beside broad regional motion, and one date's turbulent
 * cell in the interferograms of an eleven-date network.
 */
class GradientStackDetectorTest {

  private static final int W = 256;
  private static final int H = 192;
  private static final double MIN_Z = 8;
  private static final TileOrder ORDER = new TileOrder(64, 64);
  private static final Logger LOG = Logger.getLogger(GradientStackDetectorTest.class.getName());
  private static final PairNetwork NETWORK = PairNetworks.elevenDatesTwoNeighbours();

  interface Field {
    double at(int x, int y);
  }

  private static double[] rate(Field f) {
    double[] rate = new double[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        rate[y * W + x] = f.at(x, y);
      }
    }
    return rate;
  }

  private static DivergenceRows stack(double[] rate) {
    float[][] s = ArrayFields.gradientStack(rate, W, H, 0.2, 5);
    return new StackedGradientDivergence(ArrayFields.rates(s[0], s[1], s[2], W), W, H);
  }

  private static List<Finding> select(GradientStackDetector.Target target, DivergenceRows stack,
      List<DivergenceRows> interferograms, double minZ) {
    GradientStackDetector detector = new GradientStackDetector(target, W, H, 0);
    BlobScanner.Scan scan = detector.scanner().scan(stack, () -> {});
    return detector.select(scan, stack, interferograms, interferograms.isEmpty() ? null : NETWORK,
        minZ, ORDER, () -> {}, LOG);
  }

  private static boolean near(Finding f, int x, int y) {
    return Math.abs(f.peakX() - x) <= 2 && Math.abs(f.peakY() - y) <= 2 && f.box().contains(x, y);
  }

  /**
   * A slide (sigma 4 pixels) beside a regional bowl of sigma 30 pixels, strong enough that its
   * core is significant at the slides' scales: the slide is found, the regional bowl is broader
   * motion, no slide (the scale test).
   */
  @Test
  void aSlideIsFoundAndRegionalMotionBesideItIsNoSlide() {
    DivergenceRows stack = stack(rate((x, y) -> ArrayFields.blob(x, y, 50, 60, 4, 30)
        + ArrayFields.blob(x, y, 175, 100, 30, 1500)));

    List<Finding> found = select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(), MIN_Z);

    assertEquals(1, found.size(), found.toString());
    assertTrue(near(found.get(0), 50, 60), found.toString());
  }

  /**
   * Ground tilting across the whole frame (a uniform gradient as strong as the noise, twice it)
   * around a data gap (a lake of radius 8 pixels) makes no slide or bowl, and a slide beside the
   * gap is still found: the gap's edges made a pair of blobs at z 6 to 12 (WeightEdges).
   */
  @Test
  void aUniformGradientAroundADataGapIsNoSlideOrBowlAndASlideBesideItIsFound() {
    for (double tilt : new double[] {0.2, 0.4}) {
      double[] rate = rate((x, y) -> tilt * x);
      DivergenceRows gap = withGap(rate, 128, 96, 8);
      for (GradientStackDetector.Target target : GradientStackDetector.Target.values()) {
        assertEquals(List.of(), select(target, gap, List.of(), MIN_Z), target + " at tilt " + tilt);
      }
      List<Finding> slide = select(GradientStackDetector.Target.LANDSLIDE,
          withGap(rate((x, y) -> tilt * x + ArrayFields.blob(x, y, 150, 96, 4, 30)), 128, 96, 8),
          List.of(), MIN_Z);
      assertEquals(1, slide.size(), slide.toString());
      assertTrue(near(slide.get(0), 150, 96), slide.toString());
    }
  }

  /** The gradient stack of {@code rate} with no rate within {@code radius} of (cx, cy). */
  private static DivergenceRows withGap(double[] rate, int cx, int cy, int radius) {
    float[][] s = ArrayFields.gradientStack(rate, W, H, 0.2, 5);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
          s[0][y * W + x] = Float.NaN;
          s[1][y * W + x] = Float.NaN;
        }
      }
    }
    return new StackedGradientDivergence(ArrayFields.rates(s[0], s[1], s[2], W), W, H);
  }

  /** Any rectangle of the divergence equals the same pixels of the whole frame's. */
  @Test
  void theDivergenceOfARectangleIsTheWholeFramesThere() {
    DivergenceRows field = withGap(rate((x, y) -> 0.3 * x + 0.1 * y
        + ArrayFields.blob(x, y, 60, 50, 5, 40)), 70, 60, 12);
    float[] whole = new float[W * H];
    field.fill(0, 0, W, H, whole);
    for (int[] rect : new int[][] {{0, 0, 17, 9}, {50, 40, 33, 31}, {200, 150, 56, 42}, {63, 64, 1, 1}}) {
      float[] part = new float[rect[2] * rect[3]];
      field.fill(rect[0], rect[1], rect[2], rect[3], part);
      for (int y = 0; y < rect[3]; y++) {
        for (int x = 0; x < rect[2]; x++) {
          assertEquals(whole[(rect[1] + y) * W + rect[0] + x], part[y * rect[2] + x], 0f,
              "pixel " + (rect[0] + x) + ", " + (rect[1] + y));
        }
      }
    }
  }

  /** A slide is kept when its significance reaches minZ (at minZ exactly), not just above it. */
  @Test
  void aSlideIsKeptAtExactlyMinZAndDroppedJustAbove() {
    DivergenceRows stack = stack(rate((x, y) -> ArrayFields.blob(x, y, 50, 60, 4, 30)));
    Finding slide = select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(), MIN_Z).get(0);

    List<Finding> atZ = select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(), slide.z());
    assertEquals(List.of(slide), atZ);
    assertTrue(select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(),
        Math.nextUp(slide.z())).isEmpty());
  }

  /**
   * A mining bowl (sigma 6 pixels) in the middle of a regional bowl of sigma 40 pixels, and a
   * regional bowl alone: the mining bowl is found, scored below its significance alone (the
   * regional motion under it is taken off) but above minZ; the regional bowl alone is no bowl
   * (the background test). The scale test, meant for slides, would drop the mining bowl.
   */
  @Test
  void aMiningBowlOnRegionalSubsidenceIsFoundAndTheRegionalBowlIsNot() {
    Field mine = (x, y) -> ArrayFields.blob(x, y, 70, 96, 6, 60);
    Field regional = (x, y) -> ArrayFields.blob(x, y, 70, 96, 40, 600);
    double alone = select(GradientStackDetector.Target.SUBSIDENCE,
        stack(rate(mine)), List.of(), MIN_Z).get(0).z();

    List<Finding> onRegional = select(GradientStackDetector.Target.SUBSIDENCE,
        stack(rate((x, y) -> mine.at(x, y) + regional.at(x, y))), List.of(), MIN_Z);
    List<Finding> regionalAlone = select(GradientStackDetector.Target.SUBSIDENCE,
        stack(rate(regional)), List.of(), MIN_Z);

    assertEquals(1, onRegional.size(), onRegional.toString());
    assertTrue(near(onRegional.get(0), 70, 96), onRegional.toString());
    assertTrue(onRegional.get(0).z() < alone, onRegional + " against " + alone + " alone");
    assertEquals(List.of(), regionalAlone);
  }

  /**
   * One date's turbulent cell (the last date's, so it adds up in the stack: it is the secondary of
   * both its interferograms) beside a steady slide: with the interferograms at hand the cell is
   * told from motion and dropped, the slide kept; without them both are found.
   */
  @Test
  void oneDatesTurbulentCellIsDroppedWhenTheInterferogramsAreAtHand() {
    int last = NETWORK.dates().size() - 1;
    double slideRate = 30;
    double cell = 4;
    double spans = 0;
    for (double s : NETWORK.spansYears()) {
      spans += s;
    }
    double cellRate = 2 * cell / spans;
    DivergenceRows stack = stack(rate((x, y) -> ArrayFields.blob(x, y, 50, 60, 4, slideRate)
        + ArrayFields.blob(x, y, 180, 120, 4, cellRate)));
    Random random = new Random(7);
    List<DivergenceRows> interferograms = new ArrayList<>();
    for (int p = 0; p < NETWORK.reference().length; p++) {
      double[] phase = new double[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          phase[y * W + x] = ArrayFields.blob(x, y, 50, 60, 4, slideRate * NETWORK.spansYears()[p])
              + (NETWORK.secondary()[p] == last ? ArrayFields.blob(x, y, 180, 120, 4, cell) : 0)
              + 0.3 * random.nextGaussian();
        }
      }
      float[][] ifg = ArrayFields.interferogram(phase, 0, 0);
      interferograms.add(new InterferogramGradientDivergence(
          ArrayFields.samples(ifg[0], ifg[1], W), W, H));
    }

    List<Finding> without = select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(), MIN_Z);
    List<Finding> with = select(GradientStackDetector.Target.LANDSLIDE, stack, interferograms,
        MIN_Z);

    assertEquals(2, without.size(), without.toString());
    assertEquals(1, with.size(), with.toString());
    assertTrue(near(with.get(0), 50, 60), with.toString());
  }

  /**
   * A slide (sigma 4 pixels, 30 rad/year) under a turbulent cell of date 3 (6 radians, in its
   * four pairs), which explains the slide's responses better than its steady rate does, and a
   * cell of the last date alone elsewhere (a mid-series date's cell cancels in the stack): the
   * slide is kept, since its rate stays significant once the cell is fitted with it ({@link
   * TemporalSignature#steadyBeyondScreen}); the lone cell is dropped.
   */
  @Test
  void aSlideUnderOneDatesCellIsKeptAndTheCellAloneIsDropped() {
    int cellDate = 3;
    double slideRate = 30;
    double cell = 6;
    Random random = new Random(13);
    List<DivergenceRows> interferograms = new ArrayList<>();
    double[] stackRate = new double[W * H];
    double squaredSpans = 0;
    for (double s : NETWORK.spansYears()) {
      squaredSpans += s * s;
    }
    for (int p = 0; p < NETWORK.reference().length; p++) {
      double span = NETWORK.spansYears()[p];
      int sign = NETWORK.secondary()[p] == cellDate ? 1 : NETWORK.reference()[p] == cellDate ? -1 : 0;
      boolean last = NETWORK.secondary()[p] == NETWORK.dates().size() - 1;
      double[] phase = new double[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double atmosphere = sign * ArrayFields.blob(x, y, 50, 60, 4, cell)
              + (last ? ArrayFields.blob(x, y, 180, 120, 4, cell) : 0);
          phase[y * W + x] = ArrayFields.blob(x, y, 50, 60, 4, slideRate * span) + atmosphere
              + 0.3 * random.nextGaussian();
          // the stack's rate is the spans-weighted fit of every pair's phase
          stackRate[y * W + x] += phase[y * W + x] * span / squaredSpans;
        }
      }
      float[][] ifg = ArrayFields.interferogram(phase, 0, 0);
      interferograms.add(new InterferogramGradientDivergence(
          ArrayFields.samples(ifg[0], ifg[1], W), W, H));
    }
    DivergenceRows stack = stack(stackRate);

    List<Finding> without = select(GradientStackDetector.Target.LANDSLIDE, stack, List.of(), MIN_Z);
    List<Finding> with = select(GradientStackDetector.Target.LANDSLIDE, stack, interferograms,
        MIN_Z);

    assertEquals(2, without.size(), without.toString());
    assertEquals(1, with.size(), with.toString());
    Finding slide = with.get(0);
    assertTrue(near(slide, 50, 60), with.toString());
    double[] responses = new double[interferograms.size()];
    for (int p = 0; p < responses.length; p++) {
      responses[p] = PointResponse.at(interferograms.get(p), slide.peakX(), slide.peakY(),
          slide.radius());
    }
    TemporalSignature signature = NETWORK.signature(responses);
    assertTrue(signature.oneDateScreen() && signature.screenDate() == cellDate,
        "the cell explains the slide better than its rate: " + signature);
  }

  /**
   * A rising dome (sigma 12 pixels, -150 rad/year) beside a subsiding bowl of the same size and
   * rate: the bowl is found at its centre; the dome's ring, where its phase rate curves as a bowl's
   * does at the bowls' scales, is no bowl (it lies beside the dome's far stronger core of the
   * other sign: {@link OppositeCore}).
   */
  @Test
  void aRisingDomesRingIsNoBowlWhileASubsidingBowlBesideItIs() {
    DivergenceRows stack = stack(rate((x, y) -> ArrayFields.blob(x, y, 60, 96, 12, -150)
        + ArrayFields.blob(x, y, 190, 96, 12, 150)));

    List<Finding> found = select(GradientStackDetector.Target.SUBSIDENCE, stack, List.of(), MIN_Z);

    assertEquals(1, found.size(), found.toString());
    assertTrue(near(found.get(0), 190, 96), found.toString());
  }

  /**
   * A slow bowl (sigma 6 pixels, 60 rad/year) 40 pixels from a bowl ten times as fast: both are
   * found. The slow one's disc reaches the fast one's negative ring, 0.135 of the fast peak, about
   * 1.2 times the slow bowl's own response at its scale, under {@link OppositeCore#K}: the
   * rising-ground test keeps it.
   */
  @Test
  void aSlowBowlBesideAFastOneIsKept() {
    DivergenceRows stack = stack(rate((x, y) -> ArrayFields.blob(x, y, 70, 96, 8, 600)
        + ArrayFields.blob(x, y, 110, 96, 6, 60)));

    List<Finding> found = select(GradientStackDetector.Target.SUBSIDENCE, stack, List.of(), MIN_Z);

    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().anyMatch(f -> near(f, 70, 96)), found.toString());
    assertTrue(found.stream().anyMatch(f -> near(f, 110, 96)), found.toString());
  }
}
