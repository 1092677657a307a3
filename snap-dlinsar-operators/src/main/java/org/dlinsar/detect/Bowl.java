package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dlinsar.sim.PixelBox;

/**
 * One subsidence bowl as a network sees it over a stack: the regions of several interferograms
 * that are the same target as the best of them ({@link BoxSuppression#sameTarget}).
 *
 * @param best the region of the highest score
 * @param interferograms indexes of the interferograms it shows in, ascending
 */
record Bowl(ScoreComponents.Region best, List<Integer> interferograms) {

  /** Its box: the best region's. */
  PixelBox box() {
    return best.box();
  }

  /**
   * Fewest interferograms a bowl must show in on stacks of up to {@value #SCORED_INTERFEROGRAMS}
   * interferograms, where the rule was chosen and scored (the card's held-out 11 dates x 2
   * neighbours and 31 x 3).
   */
  static final int FEWEST_SHOWN = 3;
  /** The longest stack the count was scored on: the card's 31 dates x 3 neighbours. */
  static final int SCORED_INTERFEROGRAMS = 87;

  /**
   * Fewest interferograms of {@code interferograms} a bowl must show in to be told from chance: the
   * network fires on noise and atmosphere at a rate per interferogram, so the chance hits that
   * gather at one place grow with the stack; {@value #FEWEST_SHOWN} up to {@value
   * #SCORED_INTERFEROGRAMS} interferograms, then the same share of the stack (19 of 537 at 181
   * dates x 3 neighbours, where 5 to 13 chance hits at one place passed the fixed count).
   */
  static int fewestShown(int interferograms) {
    return Math.max(FEWEST_SHOWN,
        (int) Math.ceil((double) FEWEST_SHOWN * interferograms / SCORED_INTERFEROGRAMS));
  }

  /**
   * How many times more often the network fires by chance where its receptive field reaches past
   * the frame's edge (it pads with zeros there) than inside: its regions per pixel of still ground
   * and interferogram within the card's halo of the edge against inside, 4.1 and 2.5 per million
   * on tuning seeds at 91 and 181 dates x 3 neighbours (mining and mixed).
   */
  static final double EDGE_CHANCE_RATIO = 1.65;

  /**
   * {@link #fewestShown(int)} for a bowl whose best region peaks within {@code halo} pixels of the
   * edge of a {@code width} x {@code height} frame: {@value #EDGE_CHANCE_RATIO} times as many
   * beyond {@value #SCORED_INTERFEROGRAMS} interferograms, where chance hits gather there that much
   * faster; up to it the count the card was scored with.
   */
  int fewestShown(int interferograms, int width, int height, int halo) {
    int fewest = fewestShown(interferograms);
    int x = best.peakX();
    int y = best.peakY();
    boolean nearEdge = Math.min(Math.min(x, width - 1 - x), Math.min(y, height - 1 - y)) < halo;
    return nearEdge && interferograms > SCORED_INTERFEROGRAMS
        ? (int) Math.ceil(EDGE_CHANCE_RATIO * fewest) : fewest;
  }

  /**
   * Whether one date's atmosphere, or chance, explains it in a {@code width} x {@code height} frame
   * scanned by a network of receptive halo {@code halo}: more than half the interferograms it shows
   * in hold one date ({@link #oneDate}), or it shows in fewer than {@value #FEWEST_SHOWN}, or in
   * fewer than {@link #fewestShown(int, int, int, int)} of the stack's without being one event
   * ({@link #oneEvent}); a stack of fewer interferograms asks for them all.
   * A turbulent cell on one date shows in the pairs of that date (and noise may join it in a few
   * others); steady ground motion shows in pairs of many dates, each holding a small share of
   * them. A bowl seen in a handful of interferograms is too little to tell motion from atmosphere,
   * unless they are the pairs that span one gap between dates; near the frame's edge chance asks
   * for more.
   */
  boolean atmosphereOrChance(PairNetwork network, int width, int height, int halo) {
    return atmosphereOrChance(network,
        fewestShown(network.size(), width, height, halo));
  }

  private boolean atmosphereOrChance(PairNetwork network, int fewest) {
    int pairs = network.size();
    int shown = interferograms.size();
    // a stack of fewer pairs than the count asks for shows a bowl at most in them all
    return oneDate(network) || shown < Math.min(FEWEST_SHOWN, pairs)
        || shown < Math.min(fewest, pairs) && !oneEvent(network);
  }

  /**
   * Whether one date's pairs hold more than half the interferograms it shows in while it is
   * missing from some pair without that date: a turbulent cell shows in its date's pairs (and
   * noise may join it in a few others), steady motion in pairs of any date. A date in every pair
   * (the reference of a single-reference stack, the middle of two) explains nothing by counts:
   * its screen and steady motion show in the same pairs, and only their signs tell them apart
   * (the steadiness test).
   */
  private boolean oneDate(PairNetwork network) {
    int[] holding = network.pairsOfEachDate(interferograms.stream().mapToInt(Integer::intValue));
    int[] inNetwork = network.pairsOfEachDate(IntStream.range(0, network.size()));
    int shown = interferograms.size();
    for (int d = 0; d < holding.length; d++) {
      if (2 * holding[d] > shown && shown - holding[d] < network.size() - inNetwork[d]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every interferogram it shows in spans one gap between consecutive dates: a sudden
   * event (a collapse between two acquisitions) shows in those pairs only, however long the stack,
   * while chance hits scatter over its dates. Such a bowl keeps the fixed count of three on any
   * stack.
   */
  boolean oneEvent(PairNetwork network) {
    int latestStart = Integer.MIN_VALUE;
    int earliestEnd = Integer.MAX_VALUE;
    for (int p : interferograms) {
      int first = Math.min(network.reference()[p], network.secondary()[p]);
      int last = Math.max(network.reference()[p], network.secondary()[p]);
      latestStart = Math.max(latestStart, first);
      earliestEnd = Math.min(earliestEnd, last);
    }
    return latestStart < earliestEnd;
  }

  /**
   * @param regions per interferogram (in stack order), its regions
   * @return the bowls, the best first
   */
  static List<Bowl> merge(List<List<ScoreComponents.Region>> regions) {
    record Seen(ScoreComponents.Region region, int interferogram) {}
    List<Seen> all = new ArrayList<>();
    for (int p = 0; p < regions.size(); p++) {
      for (ScoreComponents.Region r : regions.get(p)) {
        all.add(new Seen(r, p));
      }
    }
    all.sort(Comparator.comparingDouble((Seen s) -> -s.region().peak())
        .thenComparingInt(s -> s.region().peakY()).thenComparingInt(s -> s.region().peakX())
        .thenComparingInt(Seen::interferogram));
    List<ScoreComponents.Region> best = new ArrayList<>();
    List<TreeSet<Integer>> seenIn = new ArrayList<>();
    for (Seen s : all) {
      int k = 0;
      while (k < best.size() && !BoxSuppression.sameTarget(best.get(k).box(), s.region().box())) {
        k++;
      }
      if (k == best.size()) {
        best.add(s.region());
        seenIn.add(new TreeSet<>());
      }
      seenIn.get(k).add(s.interferogram());
    }
    List<Bowl> bowls = new ArrayList<>();
    for (int k = 0; k < best.size(); k++) {
      bowls.add(new Bowl(best.get(k), List.copyOf(seenIn.get(k))));
    }
    return bowls;
  }

}
