package org.dlinsar.report;

import java.util.List;
import java.util.Locale;

/**
 * Detection trials' figures at one {@code minScore}, summed over their scenes, as the tests and
 * the evaluation program report them.
 *
 * @param minScore the least score of the detections counted
 * @param recall the sites hit, and the visible ones ({@link DetectionTrial#scores})
 * @param separable the slides the gradient stack separates from its background, hit (as the
 *     visible sites of the scores; none in mode SUBSIDENCE, {@link DetectionTrial#separableScores})
 * @param precision the detections that hit a site, any site ({@link DetectionTrial#anySite})
 * @param lookalikes lookalike cells detected
 * @param cells lookalike cells the scenes hold
 * @param dates the dates seen against the sites' motion ({@link DetectionTrial#datesSeen})
 */
public record TrialTotals(double minScore, DetectionScores recall, DetectionScores separable,
    DetectionScores precision, int lookalikes, int cells, DatesSeenScores dates) {

  /** No trial yet. */
  public static TrialTotals none(double minScore) {
    return new TrialTotals(minScore, DetectionScores.NONE, DetectionScores.NONE,
        DetectionScores.NONE, 0, 0, DatesSeenScores.NONE);
  }

  /** The sums over {@code trials}. */
  public static TrialTotals of(List<DetectionTrial> trials, double minScore) {
    TrialTotals totals = none(minScore);
    for (DetectionTrial t : trials) {
      totals = totals.plus(t);
    }
    return totals;
  }

  /** These sums and one more trial's. */
  public TrialTotals plus(DetectionTrial t) {
    // only mode LANDSLIDE judges which sites the stack separates
    DetectionScores moreSeparable = t.separable().isEmpty() ? DetectionScores.NONE
        : t.separableScores(minScore);
    return new TrialTotals(minScore, recall.plus(t.scores(minScore)),
        separable.plus(moreSeparable), precision.plus(t.anySite(minScore)),
        lookalikes + t.lookalikesDetected(minScore), cells + t.lookalikes().size(),
        dates.plus(t.datesSeen(minScore)));
  }

  /** Detections on a site beyond its first: one target reported twice. */
  public int secondBoxes() {
    return precision.hitting() - precision.sitesHit();
  }

  /** One line: recall of the visible and of all sites, precision, lookalikes detected. */
  public String describe() {
    return String.format(Locale.ROOT, "recall %.2f (%d/%d), visible %.2f (%d/%d),%s precision"
        + " %.2f (%d/%d), lookalikes detected %d of %d", recall.recall(), recall.sitesHit(),
        recall.sites(), recall.visibleRecall(), recall.visibleHit(), recall.visibleSites(),
        separable.visibleSites() == 0 ? "" : String.format(Locale.ROOT,
            " separable %.2f (%d/%d),", separable.visibleRecall(), separable.visibleHit(),
            separable.visibleSites()),
        precision.precision(), precision.hitting(), precision.detections(), lookalikes, cells);
  }
}
