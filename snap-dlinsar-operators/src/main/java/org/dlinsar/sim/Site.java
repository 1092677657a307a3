package org.dlinsar.sim;

import java.util.List;
import java.util.Objects;

/**
 * Truth of one deformation site.
 *
 * @param id identifier, unique in the scene, from 1; the value of the truth {@code site_id} band
 * @param siteClass landslide or subsidence
 * @param box the smallest box holding every pixel where the site's footprint weight is at least
 *     {@value DeformationField#FOOTPRINT_CUTOFF} of its peak (x1/y1 exclusive)
 * @param peakX column of the peak pixel (footprint weight 1)
 * @param peakY row of the peak pixel
 * @param peakVelocityMmPerYear LOS velocity at the peak: least-squares slope of the time series
 *     over the acquisition dates, mm/year (negative: away from the satellite)
 * @param history how the peak moves in time
 * @param timeSeriesMm LOS displacement at the peak on each acquisition date, mm, zero on the
 *     first (in date order)
 * @param losProjection the LOS component of a unit motion in the site's direction: for a
 *     landslide, down its slope at the centre (its LOS velocity over this is its velocity along
 *     the slope); for a bowl, straight down (-cos(incidence))
 */
public record Site(
    int id, SiteClass siteClass, PixelBox box, int peakX, int peakY, double peakVelocityMmPerYear,
    TimeHistory history, List<Double> timeSeriesMm, double losProjection) {

  /** @throws IllegalArgumentException when the peak lies outside the box */
  public Site {
    Objects.requireNonNull(siteClass, "siteClass");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(history, "history");
    timeSeriesMm = List.copyOf(timeSeriesMm);
    if (!box.contains(peakX, peakY)) {
      throw new IllegalArgumentException("site " + id + ": peak pixel (" + peakX + ", " + peakY
          + ") lies outside its box " + box);
    }
  }
}
