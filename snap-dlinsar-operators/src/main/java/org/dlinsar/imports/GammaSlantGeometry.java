package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.dlinsar.ifg.IncidenceAcrossSwath;

/**
 * The slant geometry of a GAMMA MLI (or SLC) parameter file, over a spherical earth: the slant
 * range of a range sample, the look angle and the incidence there from the law of cosines between
 * the sensor's distance to the earth's centre and the earth's radius below it ({@link
 * IncidenceAcrossSwath#onSphere}), and the time of a line from the image's centre. On PyRate's Mexico City MLI the look
 * angles come within 0.02 deg of those GAMMA's base_perp writes.
 *
 * @param file the parameter file, for messages
 * @param nearRangeMetres {@code near_range_slc}
 * @param rangeSpacingMetres {@code range_pixel_spacing}
 * @param sensorToCentreMetres {@code sar_to_earth_center}
 * @param earthRadiusMetres {@code earth_radius_below_sensor}
 * @param width {@code range_samples}
 * @param lines {@code azimuth_lines}
 * @param startSeconds {@code start_time}, NaN when absent
 * @param centreSeconds {@code center_time}, NaN when absent
 * @param lineSeconds {@code azimuth_line_time}, NaN when absent
 */
record GammaSlantGeometry(Path file, double nearRangeMetres, double rangeSpacingMetres,
    double sensorToCentreMetres, double earthRadiusMetres, double width, double lines, double startSeconds,
    double centreSeconds, double lineSeconds) {

  private static final String[] NEEDED = {"near_range_slc", "range_pixel_spacing", "sar_to_earth_center",
      "earth_radius_below_sensor", "range_samples", "azimuth_lines"};

  /**
   * Reads {@code file}.
   *
   * @throws IOException naming the file when it cannot be read or lacks a key the geometry needs
   */
  static GammaSlantGeometry read(Path file) throws IOException {
    Map<String, String> keys = GammaPar.values(file);
    double[] v = new double[NEEDED.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = value(keys, NEEDED[i]);
      if (!(v[i] > 0)) {
        throw new IOException(file + ": no " + NEEDED[i] + ", which the slant range and incidence need");
      }
    }
    return new GammaSlantGeometry(file, v[0], v[1], v[2], v[3], v[4], v[5], value(keys, "start_time"),
        value(keys, "center_time"), value(keys, "azimuth_line_time"));
  }

  /** The slant range of range sample {@code range}, metres. */
  double rangeMetres(double range) {
    return nearRangeMetres + range * rangeSpacingMetres;
  }

  /** The look angle at range sample {@code range}, radians. */
  double lookRad(double range) {
    double r = rangeMetres(range);
    double s = sensorToCentreMetres;
    return Math.acos((s * s + r * r - earthRadiusMetres * earthRadiusMetres) / (2 * s * r));
  }

  /** The incidence at range sample {@code range}, degrees. */
  double incidenceDeg(double range) {
    return IncidenceAcrossSwath.onSphere(earthRadiusMetres, sensorToCentreMetres, rangeMetres(range));
  }

  /** R sin(incidence) at range sample {@code range}, metres. */
  double rangeTimesSinIncidence(double range) {
    return rangeMetres(range) * Math.sin(Math.toRadians(incidenceDeg(range)));
  }

  /** Seconds from the image's centre time to line {@code line}; NaN when the file gives no timing. */
  double secondsFromCentre(double line) {
    return startSeconds + line * lineSeconds - centreSeconds;
  }

  /** The number {@code key} gives, NaN when absent or no number. */
  private static double value(Map<String, String> keys, String key) {
    return GammaPar.number(keys.get(key)).orElse(Double.NaN);
  }
}
