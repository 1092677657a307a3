package org.dlinsar.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The dates a bowl was seen on ({@code dates_seen}), judged date by date over all the
 * interferograms of each date, so that chance hits in single interferograms of a long stack do not
 * list dates the ground stood still on.
 *
 * <p>Listing both dates of every interferogram that showed a bowl listed, at 181 dates x 3
 * neighbours, 28 of 2003 dates the bowl stood still on (an interferogram at 3 sigma by chance,
 * among the hundreds of a delayed bowl's still dates), against 3 of 491 at 11 dates (README,
 * "Dates seen on long stacks"). A date is now listed when an interferogram of it shows the bowl and
 * its interferograms together do: the sum of their responses over the root of their number (noise
 * alone: about one sigma; the date's own atmosphere enters its earlier and later pairs with
 * opposite signs and cancels) reaches {@link #dateZ}, which rises with the dates tested so that a
 * still date is listed as rarely on any stack.
 */
final class DatesSeen {

  /**
   * Significance a date's interferograms need together on stacks of up to {@value
   * #REFERENCE_DATES} dates: about 5 % for a bowl's still dates in all, one-sided.
   */
  static final double DATE_Z = 2.6;
  /** The stack length {@link #DATE_Z} holds for. */
  static final int REFERENCE_DATES = 11;
  /** DDNet interferograms of one date that list it: one hit of a date is chance as often as not. */
  static final int NETWORK_HITS = 2;

  private DatesSeen() {}

  /**
   * The significance a date's interferograms need together on a stack of {@code dates} dates: as
   * many still dates listed on any stack for Gaussian noise, z^2 + 2 ln(dates / 11) (3.0 at 31
   * dates, 3.5 at 181), as {@link DetectionScore#halfZ} does for the frame's area.
   */
  static double dateZ(int dates) {
    double ratio = Math.max(1, (double) dates / REFERENCE_DATES);
    return Math.sqrt(DATE_Z * DATE_Z + 2 * Math.log(ratio));
  }

  /**
   * The dates of a bowl whose response in each interferogram is {@code z}, in units of that
   * one's noise: a date one of whose interferograms shows it ({@link SubsidenceDetector#SEEN_Z})
   * and whose interferograms together reach {@link #dateZ}.
   *
   * @return indexes into the network's dates, ascending
   */
  static List<Integer> inResponses(double[] z, PairNetwork network) {
    int dates = network.dates().size();
    double[] sum = new double[dates];
    int[] pairs = new int[dates];
    boolean[] shown = new boolean[dates];
    for (int p = 0; p < z.length; p++) {
      for (int d : new int[] {network.reference()[p], network.secondary()[p]}) {
        sum[d] += z[p];
        pairs[d]++;
        shown[d] |= z[p] >= SubsidenceDetector.SEEN_Z;
      }
    }
    double least = dateZ(dates);
    List<Integer> listed = new ArrayList<>();
    for (int d = 0; d < dates; d++) {
      if (shown[d] && sum[d] / Math.sqrt(pairs[d]) >= least) {
        listed.add(d);
      }
    }
    return listed;
  }

  /**
   * The dates of a bowl a network saw in the interferograms {@code shown} (indexes into {@code
   * network}): those {@value #NETWORK_HITS} or more of them hold (all of a date's, if it has
   * fewer).
   *
   * @return indexes into the network's dates, ascending
   */
  static List<Integer> inShown(List<Integer> shown, PairNetwork network) {
    int dates = network.dates().size();
    int[] hits = new int[dates];
    int[] pairs = new int[dates];
    for (int p = 0; p < network.size(); p++) {
      pairs[network.reference()[p]]++;
      pairs[network.secondary()[p]]++;
    }
    for (int p : shown) {
      hits[network.reference()[p]]++;
      hits[network.secondary()[p]]++;
    }
    List<Integer> listed = new ArrayList<>();
    for (int d = 0; d < dates; d++) {
      if (hits[d] > 0 && hits[d] >= Math.min(NETWORK_HITS, pairs[d])) {
        listed.add(d);
      }
    }
    return listed;
  }
}
