package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class ScoreComponentsTest {

  @Test
  void findsEightConnectedRegionsWithTheirBoxAndPeakAndDropsSmallOnes() {
    int w = 10;
    int h = 6;
    float[] score = new float[w * h];
    // a diagonal region of 4 pixels (8-connected), peak 0.9 at (3, 3)
    score[1 * w + 1] = 0.6f;
    score[2 * w + 2] = 0.7f;
    score[3 * w + 3] = 0.9f;
    score[3 * w + 4] = 0.55f;
    // a single pixel, too small
    score[0 * w + 8] = 0.95f;
    // below the threshold
    score[5 * w + 5] = 0.4f;

    List<ScoreComponents.Region> regions = ScoreComponents.of(score, w, h, 0.5f, 2);

    assertEquals(1, regions.size());
    ScoreComponents.Region r = regions.get(0);
    assertEquals(new PixelBox(1, 1, 5, 4), r.box());
    assertEquals(4, r.pixels());
    assertEquals(0.9, r.peak(), 1e-6);
    assertEquals(3, r.peakX());
    assertEquals(3, r.peakY());
  }

  @Test
  void aBowlSeenInSeveralInterferogramsIsOneWithAllOfThemAndTheBestBox() {
    ScoreComponents.Region early = new ScoreComponents.Region(new PixelBox(10, 10, 20, 20), 80, 0.7, 15, 15);
    ScoreComponents.Region late = new ScoreComponents.Region(new PixelBox(9, 9, 22, 22), 120, 0.95, 15, 16);
    ScoreComponents.Region elsewhere = new ScoreComponents.Region(new PixelBox(60, 5, 70, 15), 60, 0.8, 65, 10);

    List<Bowl> bowls = Bowl.merge(List.of(List.of(early), List.of(), List.of(late, elsewhere)));

    assertEquals(2, bowls.size());
    assertEquals(late, bowls.get(0).best());
    assertEquals(late.box(), bowls.get(0).box());
    assertEquals(List.of(0, 2), bowls.get(0).interferograms());
    assertEquals(elsewhere, bowls.get(1).best());
    assertEquals(List.of(2), bowls.get(1).interferograms());
  }

  @Test
  void aBowlOnlyInInterferogramsOfOneDateIsThatDatesAtmosphere() {
    // dates 0..4, each paired with its next two: pairs 0-1, 0-2, 1-2, 1-3, 2-3, 2-4, 3-4
    java.time.LocalDate d0 = java.time.LocalDate.of(2021, 1, 4);
    List<org.dlinsar.ifg.Pair> pairs = new java.util.ArrayList<>();
    for (int a = 0; a < 5; a++) {
      for (int b = a + 1; b <= Math.min(4, a + 2); b++) {
        pairs.add(new org.dlinsar.ifg.Pair(d0.plusDays(12L * a), d0.plusDays(12L * b)));
      }
    }
    PairNetwork network = PairNetwork.of(pairs);
    ScoreComponents.Region r = new ScoreComponents.Region(new PixelBox(0, 0, 5, 5), 25, 0.9, 2, 2);
    // every pair holding date 2 (0-2, 1-2, 2-3, 2-4), and with a stray (3-4)
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(1, 2, 4, 5)), network));
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(1, 2, 4, 5, 6)), network));
    // one or two interferograms: too little to tell
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(3)), network));
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(0, 4)), network));
    // three interferograms, two of them sharing a date: a date and a stray again
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(0, 3, 5)), network));
    // 0-1, 1-2, 2-3 and 3-4: motion over the whole series
    assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(0, 2, 4, 6)), network));
  }

  @Test
  void aDateInEveryPairExplainsNoBowlByCounts() {
    // a single-reference stack: the reference holds every pair, and steady motion shows in them all
    ScoreComponents.Region r = new ScoreComponents.Region(new PixelBox(0, 0, 5, 5), 25, 0.9, 2, 2);
    for (int reference : new int[] {0, 5, 10}) {
      PairNetwork star = PairNetworks.singleReference(11, reference);
      assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)), star));
      assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(2, 5, 7)), star));
      assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(2, 5)), star));
    }
    // three pairs in a chain (0-1, 1-2, 2-3): dates 1 and 2 hold two of them, and 2-3 or 0-1 the third
    PairNetwork chain = PairNetworks.datesAndNeighbours(4, 1);
    assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(0, 1, 2)), chain));
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(0, 1)), chain));
    // a stack of one or two interferograms shows a bowl in them all at most
    assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(0)), PairNetworks.datesAndNeighbours(2, 1)));
    assertEquals(false, atmosphereOrChanceInside(new Bowl(r, List.of(0, 1)), PairNetworks.datesAndNeighbours(3, 1)));
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, List.of(1)), PairNetworks.datesAndNeighbours(3, 1)));
  }

  @Test
  void chanceHitsAtOnePlaceOfALongStackAreNoBowl() {
    // 537 interferograms
    PairNetwork network = regular(181, 3);
    ScoreComponents.Region r = new ScoreComponents.Region(new PixelBox(0, 0, 5, 5), 25, 0.9, 2, 2);
    // 13 interferograms of 26 dates, none holding more than one: what a false bowl at 181 dates
    // gathered, which the fixed count of three let through
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, spread(13, 41)), network));
    // 19 of 537: the share of the stack three of the 87 interferograms of 31 dates x 3 neighbours
    // are; 18 are not enough
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, spread(18, 28)), network));
    assertEquals(false, atmosphereOrChanceInside(new Bowl(r, spread(19, 28)), network));
  }

  /**
   * A collapse between two acquisitions of a long stack shows in the pairs that span that gap
   * only: far fewer than the share a steady bowl must show in, yet no chance. Six pairs over one gap
   * are one event and stay; six scattered over the stack do not, nor three pairs of one date.
   */
  @Test
  void aSuddenEventOfALongStackIsKeptWhereScatteredHitsAreNot() {
    PairNetwork network = regular(181, 3);
    ScoreComponents.Region r = new ScoreComponents.Region(new PixelBox(0, 0, 5, 5), 25, 0.9, 2, 2);
    // dates 90 and 91: the pairs 88-91, 89-91, 89-92, 90-91, 90-92, 90-93 (each date's pairs at
    // index 3 x date, its three neighbours in order)
    List<Integer> spanningTheGap = List.of(3 * 88 + 2, 3 * 89 + 1, 3 * 89 + 2, 3 * 90, 3 * 90 + 1,
        3 * 90 + 2);
    Bowl event = new Bowl(r, spanningTheGap);
    assertEquals(true, event.oneEvent(network));
    assertEquals(false, atmosphereOrChanceInside(event, network));
    assertEquals(true, atmosphereOrChanceInside(new Bowl(r, spread(6, 80)), network));
    // date 90's pairs with later dates: one date's atmosphere, though they span one gap
    Bowl oneDate = new Bowl(r, List.of(3 * 90, 3 * 90 + 1, 3 * 90 + 2));
    assertEquals(true, atmosphereOrChanceInside(oneDate, network));
  }

  /**
   * The network pads with zeros past the frame's edge and fires by chance more often there: on a
   * long stack a bowl peaking within the halo of the edge needs more interferograms than one
   * inside. 23 of 537, what a false bowl in the corner of a 256 x 256 frame gathered, keep a bowl
   * inside and no longer one at the edge.
   */
  @Test
  void chanceHitsAtTheFramesEdgeOfALongStackNeedMore() {
    PairNetwork network = regular(181, 3);
    Bowl corner = new Bowl(new ScoreComponents.Region(new PixelBox(200, 160, 256, 256), 900, 0.99995,
        253, 161), spread(23, 23));
    Bowl inside = new Bowl(new ScoreComponents.Region(new PixelBox(100, 100, 156, 196), 900, 0.99995,
        128, 150), spread(23, 23));
    assertEquals(true, corner.atmosphereOrChance(network, 256, 256, 24));
    assertEquals(false, inside.atmosphereOrChance(network, 256, 256, 24));
    // in a larger frame the same place is inside
    assertEquals(false, corner.atmosphereOrChance(network, 512, 512, 24));
  }

  /** Up to 87 interferograms, where the card was scored, the edge keeps the count of three. */
  @Test
  void onTheStacksTheCountWasChosenOnTheEdgeKeepsThree() {
    ScoreComponents.Region r = new ScoreComponents.Region(new PixelBox(0, 0, 5, 5), 25, 0.9, 2, 2);
    assertEquals(false, new Bowl(r, spread(3, 6)).atmosphereOrChance(regular(11, 2), 256, 256, 24));
    assertEquals(false, new Bowl(r, spread(3, 30)).atmosphereOrChance(regular(31, 3), 256, 256, 24));
    assertEquals(true, new Bowl(r, spread(2, 30)).atmosphereOrChance(regular(31, 3), 256, 256, 24));
  }

  /** {@link Bowl#atmosphereOrChance} where the frame's edge asks no more: a network of no halo. */
  private static boolean atmosphereOrChanceInside(Bowl bowl, PairNetwork network) {
    return bowl.atmosphereOrChance(network, 5, 5, 0);
  }

  /** {@code n} interferograms {@code step} apart in stack order. */
  private static List<Integer> spread(int n, int step) {
    return java.util.stream.IntStream.range(0, n).map(k -> step * k).boxed().toList();
  }

  /** {@code dates} dates 12 days apart, each paired with its next {@code neighbours}. */
  private static PairNetwork regular(int dates, int neighbours) {
    java.time.LocalDate d0 = java.time.LocalDate.of(2021, 1, 4);
    List<org.dlinsar.ifg.Pair> pairs = new java.util.ArrayList<>();
    for (int a = 0; a < dates; a++) {
      for (int b = a + 1; b <= Math.min(dates - 1, a + neighbours); b++) {
        pairs.add(new org.dlinsar.ifg.Pair(d0.plusDays(12L * a), d0.plusDays(12L * b)));
      }
    }
    return PairNetwork.of(pairs);
  }
}
