package org.dlinsar.sim;

import java.util.List;

/**
 * The line-of-sight deformation of a scene at any pixel and date: the sum over sites of
 * footprint weight times time history (mm) plus the regional motion, its velocity (mm/year) and
 * which site a pixel belongs to.
 */
final class DeformationField {

  /** Footprint weight at and above which a pixel belongs to a site (truth box, site_id band). */
  static final double FOOTPRINT_CUTOFF = 0.1;

  private final List<Footprint> footprints;
  private final List<Site> sites;
  /** historyMm[s][d]: displacement of site s at date d at its peak, mm. */
  private final double[][] historyMm;
  private final RegionalMotion regional;
  /** Years from the first date to each date. */
  private final double[] yearsSinceFirst;

  /**
   * @param footprints the sites' shapes; not modified
   * @param sites the sites' truth, same order; not modified
   * @param regional the motion outside the sites
   * @param epochsYears the dates, years from any origin, in order
   */
  DeformationField(List<Footprint> footprints, List<Site> sites, RegionalMotion regional,
      List<Double> epochsYears) {
    this.footprints = List.copyOf(footprints);
    this.sites = List.copyOf(sites);
    this.regional = regional;
    this.yearsSinceFirst = epochsYears.stream().mapToDouble(t -> t - epochsYears.get(0)).toArray();
    this.historyMm = new double[sites.size()][];
    for (int s = 0; s < sites.size(); s++) {
      List<Double> series = sites.get(s).timeSeriesMm();
      historyMm[s] = new double[series.size()];
      for (int d = 0; d < series.size(); d++) {
        historyMm[s][d] = series.get(d);
      }
    }
  }

  /** The sites, in id order. */
  List<Site> sites() {
    return sites;
  }

  /** True when the scene has no site. */
  boolean isEmpty() {
    return sites.isEmpty();
  }

  /**
   * Writes the LOS displacement of every date at pixel (x, y), mm, into {@code outMm[0..dates)}.
   * Modified: outMm.
   */
  void displacementsMm(int x, int y, double[] outMm) {
    double v = regional.velocityMmPerYear(x, y);
    for (int d = 0; d < yearsSinceFirst.length; d++) {
      outMm[d] = v * yearsSinceFirst[d];
    }
    for (int s = 0; s < footprints.size(); s++) {
      double w = footprints.get(s).weight(x, y);
      if (w > 0) {
        double[] h = historyMm[s];
        for (int d = 0; d < h.length; d++) {
          outMm[d] += w * h[d];
        }
      }
    }
  }

  /**
   * LOS velocity at pixel (x, y), mm/year: the weighted sum of the sites' fitted velocities plus
   * the regional motion's.
   */
  double velocityMmPerYear(int x, int y) {
    return regional.velocityMmPerYear(x, y) + siteVelocityMmPerYear(x, y);
  }

  /** LOS velocity of the regional motion alone at pixel (x, y), mm/year. */
  double regionalVelocityMmPerYear(int x, int y) {
    return regional.velocityMmPerYear(x, y);
  }

  /** LOS velocity of the sites alone at pixel (x, y), mm/year: without the regional motion. */
  double siteVelocityMmPerYear(int x, int y) {
    double v = 0;
    for (int s = 0; s < footprints.size(); s++) {
      double w = footprints.get(s).weight(x, y);
      if (w > 0) {
        v += w * sites.get(s).peakVelocityMmPerYear();
      }
    }
    return v;
  }

  /** Id of the site with the largest weight >= {@link #FOOTPRINT_CUTOFF} at (x, y), else 0. */
  int siteId(int x, int y) {
    int id = 0;
    double best = FOOTPRINT_CUTOFF;
    for (int s = 0; s < footprints.size(); s++) {
      double w = footprints.get(s).weight(x, y);
      if (w >= best) {
        best = w;
        id = sites.get(s).id();
      }
    }
    return id;
  }
}
