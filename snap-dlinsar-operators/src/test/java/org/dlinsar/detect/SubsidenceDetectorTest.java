package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fringes' bowl detector against known truths: steady bowls on synthetic wrapped
 * interferograms of a small-baseline network (eleven dates, each paired with its next two), found
 * once each at their centres, seen in the interferograms that show them, scored against minZ as
 * documented; one date's turbulent cell is no bowl.
 */
class SubsidenceDetectorTest {

  private static final int W = 224;
  private static final int H = 160;
  /** Bowl A: steady, but without data around it in {@link #HOLES}. */
  private static final int AX = 60;
  private static final int AY = 70;
  /** Bowl B: steady, data everywhere. */
  private static final int BX = 160;
  private static final int BY = 90;
  private static final List<Integer> HOLES = List.of(3, 10);
  /** Phase rate at a bowl's centre, rad/year: 2 rad in a 12-day pair, 4 in a 24-day one. */
  private static final double RATE = 60;
  private static final double SIGMA = 8;
  /**
   * The least significance kept: above the strongest of the noise's peaks in the stacked field
   * (about 5 sigma on this frame), far below these bowls' (over 40).
   */
  private static final double MIN_Z = 8;

  private static final PairNetwork NETWORK = PairNetworks.elevenDatesTwoNeighbours();

  /** Per interferogram, its wrapped phase as fringe field; {@code extra} adds phase per pair. */
  private static List<DivergenceRows> fields(boolean bowls, PhaseExtra extra) {
    Random random = new Random(11);
    List<DivergenceRows> fields = new ArrayList<>();
    for (int p = 0; p < NETWORK.reference().length; p++) {
      double span = NETWORK.spansYears()[p];
      float[] re = new float[W * H];
      float[] im = new float[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double phase = 0.5 * random.nextGaussian() + extra.phase(p, x, y);
          if (bowls) {
            phase += ArrayFields.blob(x, y, AX, AY, SIGMA, RATE * span)
                + ArrayFields.blob(x, y, BX, BY, SIGMA, RATE * span);
          }
          boolean hole = bowls && HOLES.contains(p) && Math.abs(x - AX) <= 20
              && Math.abs(y - AY) <= 20;
          re[y * W + x] = hole ? 0f : (float) Math.cos(phase);
          im[y * W + x] = hole ? 0f : (float) Math.sin(phase);
        }
      }
      fields.add(new FringeDivergence(ArrayFields.samples(re, im, W), W, H));
    }
    return fields;
  }

  interface PhaseExtra {
    double phase(int pair, int x, int y);
  }

  private static List<Finding> detect(List<DivergenceRows> fields, double minZ) {
    SubsidenceDetector detector = new SubsidenceDetector(W, H, 0);
    List<SubsidenceDetector.InterferogramScan> scans = fields.stream()
        .map(f -> detector.scan(f, SubsidenceRun.SEEN_ALONE_Z, () -> {})).toList();
    List<Finding> found = new ArrayList<>(detector.detect(fields, scans, NETWORK, minZ, () -> {}));
    found.sort(Comparator.comparingInt(Finding::peakX));
    return found;
  }

  /** The interferograms whose response at the finding's peak reaches the seen significance. */
  private static List<Integer> shownIn(Finding f, List<DivergenceRows> fields) {
    double[] z = new SubsidenceDetector(W, H, 0).responsesIn(f.box(), f.peakX(), f.peakY(),
        f.radius(), fields, () -> {});
    return IntStream.range(0, z.length).filter(p -> z[p] >= SubsidenceDetector.SEEN_Z).boxed()
        .toList();
  }

  private static void assertAt(Finding f, int x, int y) {
    assertTrue(Math.abs(f.peakX() - x) <= 2 && Math.abs(f.peakY() - y) <= 2, f.toString());
    assertTrue(f.box().contains(x, y), f.toString());
    // the box reaches one to three sigmas of the bowl either side
    assertTrue(f.box().width() >= 2 * SIGMA && f.box().width() <= 6 * SIGMA + 1, f.toString());
  }

  /**
   * Two steady bowls: each found once, at its centre, with a box of its size, seen on every date;
   * B shows in every interferogram, A in all but the two that have no data around it.
   */
  @Test
  void twoSteadyBowlsAreFoundOnceEachAtTheirCentresSeenWhereTheyHaveData() {
    List<DivergenceRows> fields = fields(true, (p, x, y) -> 0);
    List<Finding> found = detect(fields, MIN_Z);

    assertEquals(2, found.size(), found.toString());
    assertAt(found.get(0), AX, AY);
    assertAt(found.get(1), BX, BY);
    List<Integer> dates = IntStream.range(0, NETWORK.dates().size()).boxed().toList();
    assertEquals(dates, found.get(0).datesSeen());
    assertEquals(dates, found.get(1).datesSeen());
    List<Integer> all = IntStream.range(0, NETWORK.reference().length).boxed().toList();
    assertEquals(all.stream().filter(p -> !HOLES.contains(p)).collect(Collectors.toList()),
        shownIn(found.get(0), fields));
    assertEquals(all, shownIn(found.get(1), fields));
    assertTrue(found.get(0).z() >= MIN_Z && found.get(1).z() >= MIN_Z, found.toString());
  }

  /** A bowl is kept when its significance reaches minZ (at minZ exactly) and not above it. */
  @Test
  void aBowlIsKeptAtExactlyMinZAndDroppedJustAbove() {
    List<DivergenceRows> fields = fields(true, (p, x, y) -> 0);
    Finding b = detect(fields, MIN_Z).get(1);

    List<Finding> atZ = detect(fields, b.z());
    assertTrue(atZ.stream().anyMatch(f -> f.peakX() == b.peakX() && f.z() == b.z()),
        atZ.toString());
    assertTrue(detect(fields, Math.nextUp(b.z())).stream()
        .noneMatch(f -> f.peakX() == b.peakX()), "kept above its significance");
  }

  /**
   * One date's turbulent cell (the last date, so in two interferograms, as their secondary, of 4
   * rad) is no bowl; a steady bowl beside it is still found.
   */
  @Test
  void oneDatesTurbulentCellIsNoBowl() {
    int last = NETWORK.dates().size() - 1;
    List<DivergenceRows> fields = fields(false, (p, x, y) ->
        ArrayFields.blob(x, y, BX, BY, SIGMA, RATE * NETWORK.spansYears()[p])
            + (NETWORK.secondary()[p] == last ? ArrayFields.blob(x, y, AX, AY, 6, 4) : 0));

    List<Finding> found = detect(fields, MIN_Z);

    assertEquals(1, found.size(), found.toString());
    assertAt(found.get(0), BX, BY);
  }

  /**
   * A rising dome (B's place, its rate negated, three times as fast) beside steady bowl A: the
   * dome's ring closes fringes as a bowl does at the bowls' scales, but lies beside the dome's far
   * stronger core of the other sign; only A is found.
   */
  @Test
  void aRisingDomesRingIsNoBowl() {
    List<DivergenceRows> fields = fields(false, (p, x, y) ->
        ArrayFields.blob(x, y, AX, AY, SIGMA, RATE * NETWORK.spansYears()[p])
            + ArrayFields.blob(x, y, BX, BY, SIGMA, -3 * RATE * NETWORK.spansYears()[p]));

    List<Finding> found = detect(fields, MIN_Z);

    assertEquals(1, found.size(), found.toString());
    assertAt(found.get(0), AX, AY);
  }
}
