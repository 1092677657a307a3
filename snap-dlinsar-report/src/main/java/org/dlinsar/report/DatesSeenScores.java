package org.dlinsar.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.dlinsar.ifg.Pair;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.Site;

/**
 * The dates a detection lists as seen ({@code dates_seen}), scored against how the site it hits
 * truly moved: a date is still when the site's peak changes by less than {@value #STILL_RADIANS}
 * rad in every interferogram of that date (a bowl that opens mid-series is still before it
 * opens), and a fringe date when some interferogram of it holds a full fringe ({@value
 * #FRINGE_RADIANS} rad, 2 pi) at the peak. A date listed while still is one the detection
 * invented; a fringe date not listed, one it missed.
 *
 * @param listed dates listed
 * @param listedStill of those, dates the site stood still on
 * @param fringeDates dates with a full fringe at the site's peak
 * @param fringeDatesListed of those, dates listed
 */
public record DatesSeenScores(int listed, int listedStill, int fringeDates, int fringeDatesListed) {

  /** Phase change at the peak below which the site is still in an interferogram. */
  public static final double STILL_RADIANS = 0.1;
  /** Phase change at the peak every interferogram of a date should show: a full fringe. */
  public static final double FRINGE_RADIANS = 2 * Math.PI;
  /** No date scored. */
  public static final DatesSeenScores NONE = new DatesSeenScores(0, 0, 0, 0);

  /**
   * @param site the site a detection hits
   * @param listed the dates the detection lists
   * @param plan the stack's dates and pairs
   * @param phasePerMm radians of phase per mm of LOS motion (its sign ignored)
   */
  public static DatesSeenScores of(Site site, Collection<LocalDate> listed, AcquisitionPlan plan,
      double phasePerMm) {
    List<LocalDate> dates = plan.dates();
    double[] motion = new double[dates.size()];
    for (Pair pair : plan.pairs()) {
      int r = dates.indexOf(pair.reference());
      int s = dates.indexOf(pair.secondary());
      double change = Math.abs((site.timeSeriesMm().get(s) - site.timeSeriesMm().get(r)) * phasePerMm);
      motion[r] = Math.max(motion[r], change);
      motion[s] = Math.max(motion[s], change);
    }
    int listedInStack = 0;
    int still = 0;
    int fringe = 0;
    int fringeListed = 0;
    for (int t = 0; t < dates.size(); t++) {
      boolean isListed = listed.contains(dates.get(t));
      listedInStack += isListed ? 1 : 0;
      still += isListed && motion[t] < STILL_RADIANS ? 1 : 0;
      if (motion[t] >= FRINGE_RADIANS) {
        fringe++;
        fringeListed += isListed ? 1 : 0;
      }
    }
    return new DatesSeenScores(listedInStack, still, fringe, fringeListed);
  }

  /** The two scores' dates together. */
  public DatesSeenScores plus(DatesSeenScores other) {
    return new DatesSeenScores(listed + other.listed, listedStill + other.listedStill,
        fringeDates + other.fringeDates, fringeDatesListed + other.fringeDatesListed);
  }
}
