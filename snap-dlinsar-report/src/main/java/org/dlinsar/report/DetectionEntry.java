package org.dlinsar.report;

import java.util.Objects;
import java.util.Optional;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;

/**
 * One detection as the report shows it: what DL-Detect found, where, and what later stages and
 * the truth say about it when the run has them.
 *
 * @param id the detection's id
 * @param detectionClass {@code landslide} or {@code subsidence}
 * @param score its score, 0..1
 * @param box its pixel box
 * @param lon longitude of the box centre, degrees; NaN when the product is not geocoded
 * @param lat latitude of the box centre, degrees; NaN when not geocoded
 * @param site the true site it hits, when there is a truth and it hits one
 * @param timeSeries its Local-SBAS time series, when the run has one
 * @param velocity its Local-SBAS velocity patch, when the run has one
 */
public record DetectionEntry(int id, String detectionClass, double score, PixelBox box,
    double lon, double lat, Optional<Site> site, Optional<TimeSeries> timeSeries,
    Optional<VelocityPatch> velocity) {

  public DetectionEntry {
    Objects.requireNonNull(detectionClass, "detectionClass");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(timeSeries, "timeSeries");
    Objects.requireNonNull(velocity, "velocity");
  }

  /** Estimated minus true peak velocity, mm/year, when both are known. */
  public Optional<Double> velocityErrorMmPerYear() {
    if (site.isEmpty() || timeSeries.isEmpty() || !Double.isFinite(timeSeries.get().velocityMmPerYear())) {
      return Optional.empty();
    }
    return Optional.of(timeSeries.get().velocityMmPerYear() - site.get().peakVelocityMmPerYear());
  }
}
