package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The dates a bowl was seen on ({@code dates_seen}), from how the interferograms of a
 * small-baseline network show it: the dates that end an interferogram showing it.
 */
final class DatesSeen {

  private DatesSeen() {}

  /**
   * The dates of a bowl whose response in each interferogram is {@code z}, in units of that
   * one's noise: an interferogram shows it at {@link SubsidenceDetector#SEEN_Z} or more.
   *
   * @return indexes into the network's dates, ascending
   */
  static List<Integer> inResponses(double[] z, PairNetwork network) {
    List<Integer> shown = new ArrayList<>();
    for (int p = 0; p < z.length; p++) {
      if (z[p] >= SubsidenceDetector.SEEN_Z) {
        shown.add(p);
      }
    }
    return inShown(shown, network);
  }

  /**
   * The dates of a bowl a network saw in the interferograms {@code shown} (indexes into {@code
   * network}).
   *
   * @return indexes into the network's dates, ascending
   */
  static List<Integer> inShown(List<Integer> shown, PairNetwork network) {
    boolean[] listed = new boolean[network.dates().size()];
    for (int p : shown) {
      listed[network.reference()[p]] = true;
      listed[network.secondary()[p]] = true;
    }
    List<Integer> dates = new ArrayList<>();
    for (int d = 0; d < listed.length; d++) {
      if (listed[d]) {
        dates.add(d);
      }
    }
    return dates;
  }
}
