package org.dlinsar.sbas;

import java.util.List;
import org.dlinsar.detect.DetectionBox;
import org.dlinsar.detect.DetectionCorners;
import org.dlinsar.detect.LonLat;
import org.dlinsar.detect.Wgs84Positions;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * What Local-SBAS tells beside its bands: each detection's series at its peak pixel (the CSV's
 * rows) and the {@code Local_SBAS} metadata element: {@code margin}, {@code patches},
 * {@code closure_corrections} (pair phases changed by the closure correction, over every patch),
 * {@code dem_error} (whether the DEM's error was fitted, or why not), {@code velocity_downslope}
 * (whether velocities were projected down the slope, or why not),
 * {@code network_patterns}, and per detection {@code detection.<id>} with {@code patch_px}
 * ("x0,y0,x1,y1"), {@code peak_px} ("x,y"), {@code velocity_mm_per_year} and
 * {@code velocity_std_mm_per_year} (its standard error) at the peak, {@code temporal_coherence},
 * {@code closure_corrections}, {@code dropped_interferograms}, {@code dem_error_m} (the DEM's
 * error at the peak, metres, where Local-SBAS fits it: {@code dem_error} says whether),
 * {@code los_sensitivity}, {@code velocity_downslope_mm_per_year} and {@code
 * velocity_downslope_std_mm_per_year} (the line of sight's share of a motion down the slope at the
 * peak, the velocity along it and its uncertainty, where Local-SBAS projects it: {@code
 * velocity_downslope} says whether) and, on a geocoded product,
 * {@code peak_lon} and {@code peak_lat}: the peak pixel's centre, where its series was measured
 * (the detection's polygon can lie far from it).
 */
public final class SbasSummary {

  /** The element's name, for its readers (the report, the Detections window, the bench). */
  public static final String ELEMENT = "Local_SBAS";

  private SbasSummary() {}

  /**
   * The series of a patch's pixel {@code peak} (-1: all NaN, no position), placed at the pixel's
   * centre through {@code geoCoding} (null: no position), in WGS84 by {@code positions}.
   */
  static TimeSeriesCsv.Series seriesAt(int id, PatchResult r, int peak, int dates, GeoCoding geoCoding,
      Wgs84Positions positions, double velocityDownslope, double velocityDownslopeStd) {
    double[] d = new double[dates];
    for (int k = 0; k < dates; k++) {
      d[k] = peak < 0 ? Double.NaN : r.displacementMm()[k][peak];
    }
    // SNAP puts pixel (i, j) over [i, i + 1) x [j, j + 1): its centre is at i + 0.5, j + 0.5
    LonLat at = peak < 0 ? null
        : DetectionCorners.position(geoCoding, positions, peakX(r, peak) + 0.5,
            peakY(r, peak) + 0.5);
    return new TimeSeriesCsv.Series(id, d, peak < 0 ? Double.NaN : r.velocityMmPerYear()[peak],
        peak < 0 ? Double.NaN : r.velocityStdMmPerYear()[peak], at,
        peak < 0 || r.demErrorMetres() == null ? Double.NaN : r.demErrorMetres()[peak], velocityDownslope,
        velocityDownslopeStd);
  }

  private static int peakX(PatchResult r, int peak) {
    return r.box().x0() + peak % r.box().width();
  }

  private static int peakY(PatchResult r, int peak) {
    return r.box().y0() + peak / r.box().width();
  }

  static MetadataElement metadata(List<DetectionBox> detections, List<PatchResult> results,
      List<TimeSeriesCsv.Series> series, double[] losSensitivity, int margin, int patterns, String unwrapping,
      String demError, String velocityDownslope) {
    MetadataElement element = new MetadataElement(ELEMENT);
    element.setAttributeString("unwrapping", unwrapping);
    element.setAttributeString("dem_error", demError);
    element.setAttributeString("velocity_downslope", velocityDownslope);
    element.setAttributeInt("margin", margin);
    element.setAttributeInt("patches", detections.size());
    element.setAttributeInt("network_patterns", patterns);
    long corrected = 0;
    for (int k = 0; k < detections.size(); k++) {
      PatchResult r = results.get(k);
      corrected += r.corrected();
      MetadataElement child = new MetadataElement("detection." + detections.get(k).id());
      child.setAttributeInt("id", detections.get(k).id());
      child.setAttributeString("patch_px", r.box().toCsv());
      int peak = r.peakIndex(detections.get(k).box());
      if (peak >= 0) {
        child.setAttributeString("peak_px", peakX(r, peak) + "," + peakY(r, peak));
        child.setAttributeDouble("temporal_coherence", r.temporalCoherence()[peak]);
        if (r.demErrorMetres() != null) {
          child.setAttributeDouble("dem_error_m", r.demErrorMetres()[peak]);
        }
        if (!Double.isNaN(losSensitivity[k])) {
          child.setAttributeDouble("los_sensitivity", losSensitivity[k]);
          child.setAttributeDouble("velocity_downslope_mm_per_year", series.get(k).velocityDownslopeMmPerYear());
          child.setAttributeDouble("velocity_downslope_std_mm_per_year", series.get(k).velocityDownslopeStdMmPerYear());
        }
      }
      child.setAttributeDouble("velocity_mm_per_year", series.get(k).velocityMmPerYear());
      child.setAttributeDouble("velocity_std_mm_per_year", series.get(k).velocityStdMmPerYear());
      child.setAttributeString("closure_corrections", Long.toString(r.corrected()));
      child.setAttributeInt("dropped_interferograms", r.droppedPairs());
      LonLat at = series.get(k).peak();
      if (at != null) {
        child.setAttributeDouble("peak_lon", at.lon());
        child.setAttributeDouble("peak_lat", at.lat());
      }
      element.addElement(child);
    }
    element.setAttributeString("closure_corrections", Long.toString(corrected));
    return element;
  }
}
