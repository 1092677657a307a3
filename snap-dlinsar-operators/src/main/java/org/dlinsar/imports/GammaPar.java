package org.dlinsar.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The keys of a GAMMA parameter file ({@code key: value [unit]} per line) that an import needs:
 * the raster width and the radar frequency, with the pixel spacings and the incidence angle
 * when given (DL-Detect turns them into ground spacing).
 */
public record GammaPar(int width, double radarFrequencyMHz, OptionalDouble rangeSpacingMetres,
    OptionalDouble azimuthSpacingMetres, OptionalDouble incidenceDeg) {

  /** Width keys in the order tried: interferogram (.off), MLI/SLC (.par), DEM (.par). */
  private static final List<String> WIDTH_KEYS = List.of("interferogram_width", "range_samples", "width");

  /** Radar frequencies a SAR flies at, Hz: P-band's 100 MHz to W-band's 100 GHz. */
  private static final double LOWEST_HZ = 1e8;
  private static final double HIGHEST_HZ = 1e11;

  /**
   * Reads {@code file}; its {@code radar_frequency} is in Hz, as GAMMA writes it, whatever unit
   * follows.
   *
   * @throws IOException naming the file when it cannot be read or lacks a width or a
   *     {@code radar_frequency}, or when that is no radar frequency in Hz (outside 100 MHz..100 GHz)
   */
  public static GammaPar read(Path file) throws IOException {
    Map<String, String> values = values(file);
    String widthText = WIDTH_KEYS.stream().map(values::get).filter(v -> v != null).findFirst()
        .orElseThrow(() -> new IOException(file + ": no width (" + String.join(", ", WIDTH_KEYS) + ")"));
    String frequencyText = values.get("radar_frequency");
    if (frequencyText == null) {
      throw new IOException(file + ": no radar_frequency (Hz)");
    }
    try {
      int width = Integer.parseInt(widthText);
      double hz = Double.parseDouble(frequencyText);
      if (width <= 0 || !(hz > 0)) {
        throw new NumberFormatException("width " + width + ", radar_frequency " + hz);
      }
      if (hz < LOWEST_HZ || hz > HIGHEST_HZ) {
        // 5405.0 would be a 55 km wavelength: MHz written where GAMMA writes Hz
        throw new IOException(file + ": radar_frequency " + frequencyText + " Hz is outside 100 MHz"
            + "..100 GHz; GAMMA writes it in Hz (Sentinel-1: 5.405e9), not MHz or GHz");
      }
      return new GammaPar(width, hz / 1e6, number(values.get("range_pixel_spacing")),
          number(values.get("azimuth_pixel_spacing")), number(values.get("incidence_angle")));
    } catch (NumberFormatException e) {
      throw new IOException(file + ": unreadable width or radar_frequency: " + e.getMessage(), e);
    }
  }

  /**
   * The first token of each {@code key: value [unit]} line of a GAMMA parameter file (the first
   * line of a key wins).
   */
  static Map<String, String> values(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String[] tokens = line.substring(colon + 1).trim().split("\\s+");
        values.putIfAbsent(line.substring(0, colon).trim(), tokens[0]);
      }
    }
    return values;
  }

  private static OptionalDouble number(String text) {
    try {
      return text == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
