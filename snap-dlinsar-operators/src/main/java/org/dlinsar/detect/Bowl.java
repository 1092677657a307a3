package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
   * Whether one date's atmosphere explains it: more than half the interferograms it shows in
   * hold one date. A turbulent cell on one date shows in the pairs of that date (and noise may
   * join it in a few others); steady ground motion shows in pairs of many dates, each holding a
   * small share of them. A bowl seen in one or two interferograms is such a case: too little to
   * tell motion from atmosphere.
   */
  boolean oneDate(PairNetwork network) {
    Map<Integer, Integer> holding = new HashMap<>();
    for (int p : interferograms) {
      holding.merge(network.reference()[p], 1, Integer::sum);
      holding.merge(network.secondary()[p], 1, Integer::sum);
    }
    int most = holding.values().stream().max(Integer::compare).orElse(0);
    return interferograms.size() <= 2 || 2 * most > interferograms.size();
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
