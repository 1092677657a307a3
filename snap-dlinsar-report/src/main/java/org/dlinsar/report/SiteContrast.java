package org.dlinsar.report;

import java.util.List;
import org.dlinsar.stats.RobustSpread;

/**
 * How far sites stand out of a gradient field (see {@link TruthScores#siteContrast}).
 *
 * @param ratios per site, in the order given: mean magnitude in its box over the background
 *     median; NaN for a decorrelated site (too few covered pixels, see {@link TruthScores#siteContrast})
 * @param backgroundMedian the median gradient magnitude of the background, in the field's unit
 */
public record SiteContrast(List<Double> ratios, double backgroundMedian) {

  public SiteContrast {
    ratios = List.copyOf(ratios);
  }

  /**
   * The median ratio over the sites, {@link RobustSpread}'s: of an even count, the mean of the two
   * middle ones.
   */
  public double median() {
    return RobustSpread.median(ratios.stream().mapToDouble(r -> Double.isNaN(r) ? 0 : r).toArray());
  }
}
