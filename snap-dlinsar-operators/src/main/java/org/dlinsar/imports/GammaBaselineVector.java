package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A pair's baseline as GAMMA's {@code base_orbit}/{@code base_init} write it ({@code
 * <ref>-<sec>*base.par}): {@code precision_baseline(TCN)} at the reference image's centre time and
 * its rate, in the track (T), cross-track (C) and normal (N) directions. Its perpendicular component
 * at a line and range sample is B_perp = B_C cos(look) - B_N sin(look), B_C and B_N moved by
 * their rates to the line's time, as GAMMA's {@code base_perp} computes it (on PyRate's Mexico City
 * pairs within 0.01 m of its tables).
 *
 * @param file the baseline file, for messages
 * @param crossMetres B_C at the centre time
 * @param normalMetres B_N at the centre time
 * @param crossRate its rate, m/s
 * @param normalRate its rate, m/s
 */
record GammaBaselineVector(Path file, double crossMetres, double normalMetres, double crossRate,
    double normalRate) {

  /**
   * Reads {@code file}.
   *
   * @throws IOException naming the file when it cannot be read or gives no {@code
   *     precision_baseline(TCN)} of three numbers
   */
  static GammaBaselineVector read(Path file) throws IOException {
    Map<String, String[]> keys = GammaPar.tokens(file);
    double[] b = three(keys.get("precision_baseline(TCN)"));
    if (b == null) {
      throw new IOException(file + ": no precision_baseline(TCN) of three numbers");
    }
    double[] rate = three(keys.get("precision_baseline_rate"));
    return new GammaBaselineVector(file, b[1], b[2], rate == null ? 0 : rate[1], rate == null ? 0 : rate[2]);
  }

  /** The perpendicular baseline at (line, range) of {@code geometry}'s image, metres. */
  double bperpAt(GammaSlantGeometry geometry, double line, double range) {
    double dt = geometry.secondsFromCentre(line);
    double shift = Double.isNaN(dt) ? 0 : dt;
    double look = geometry.lookRad(range);
    return (crossMetres + crossRate * shift) * Math.cos(look) - (normalMetres + normalRate * shift) * Math.sin(look);
  }

  private static double[] three(String[] tokens) {
    if (tokens == null || tokens.length < 3) {
      return null;
    }
    try {
      return new double[] {Double.parseDouble(tokens[0]), Double.parseDouble(tokens[1]), Double.parseDouble(tokens[2])};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
