package org.dlinsar.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dlinsar.files.CappedRead;

/**
 * The keys of a GAMMA parameter file ({@code key: value [unit]} per line) that an import needs:
 * the raster width and the radar frequency, with the line count, the pixel spacings and the
 * incidence angle when given (DL-Detect turns them into ground spacing).
 *
 * @param file the parameter file, for messages
 * @param lines the lines the width's raster has, when the file gives them
 */
public record GammaPar(Path file, int width, OptionalInt lines, double radarFrequencyMHz,
    OptionalDouble rangeSpacingMetres, OptionalDouble azimuthSpacingMetres,
    OptionalDouble incidenceDeg) {

  /** Width keys in the order tried: interferogram (.off), MLI/SLC (.par), DEM (.par). */
  private static final List<String> WIDTH_KEYS = List.of("interferogram_width", "range_samples", "width");
  /** The line count written beside each width key, in the same order. */
  private static final List<String> LINES_KEYS =
      List.of("interferogram_azimuth_lines", "azimuth_lines", "nlines");

  /** Radar frequencies a SAR flies at, Hz: P-band's 100 MHz to W-band's 100 GHz. */
  /**
   * A GAMMA .par is a few KB (tens of keys, a few dozen orbit state vectors): 16 MiB is thousands
   * of times that, and a multi-GB file given as one (an image, say) is refused instead of filling the heap.
   */
  private static final int MAX_BYTES = 16 << 20;
  private static final double LOWEST_HZ = 1e8;
  private static final double HIGHEST_HZ = 1e11;

  /**
   * Reads {@code file}; its {@code radar_frequency} is in Hz, as GAMMA writes it, whatever unit
   * follows.
   *
   * @throws IOException naming the file when it cannot be read or lacks a width or a
   *     {@code radar_frequency}, when its width or line count is no positive whole number, or when
   *     that is no radar frequency in Hz (outside 100 MHz..100 GHz)
   */
  public static GammaPar read(Path file) throws IOException {
    Map<String, String> values = values(file);
    int widthKey = 0;
    while (widthKey < WIDTH_KEYS.size() && !values.containsKey(WIDTH_KEYS.get(widthKey))) {
      widthKey++;
    }
    if (widthKey == WIDTH_KEYS.size()) {
      throw new IOException(file + ": no width (" + String.join(", ", WIDTH_KEYS) + ")");
    }
    String widthText = values.get(WIDTH_KEYS.get(widthKey));
    String linesText = values.get(LINES_KEYS.get(widthKey));
    String frequencyText = values.get("radar_frequency");
    if (frequencyText == null) {
      // an interferogram's .off gives its width but no frequency: the MLI's .par gives both
      throw new IOException(file + ": no radar_frequency (Hz)" + (widthKey == 0
          ? "; an interferogram's .off has none: give the .par of the interferograms' MLI" : ""));
    }
    try {
      int width = Integer.parseInt(widthText);
      OptionalInt lines = linesText == null ? OptionalInt.empty()
          : OptionalInt.of(Integer.parseInt(linesText));
      double hz = Double.parseDouble(frequencyText);
      if (width <= 0 || lines.orElse(1) <= 0 || !(hz > 0)) {
        throw new NumberFormatException("width " + width + (linesText == null ? ""
            : ", " + LINES_KEYS.get(widthKey) + " " + linesText) + ", radar_frequency " + hz);
      }
      if (hz < LOWEST_HZ || hz > HIGHEST_HZ) {
        // 5405.0 would be a 55 km wavelength: MHz written where GAMMA writes Hz
        throw new IOException(file + ": radar_frequency " + frequencyText + " Hz is outside 100 MHz"
            + "..100 GHz; GAMMA writes it in Hz (Sentinel-1: 5.405e9), not MHz or GHz");
      }
      return new GammaPar(file, width, lines, hz / 1e6, number(values.get("range_pixel_spacing")),
          number(values.get("azimuth_pixel_spacing")), number(values.get("incidence_angle")));
    } catch (NumberFormatException e) {
      throw new IOException(file + ": unreadable width, line count or radar_frequency: "
          + e.getMessage(), e);
    }
  }

  /**
   * The first token of each {@code key: value [unit]} line of a GAMMA parameter file (the first
   * line of a key wins).
   */
  static Map<String, String> values(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    tokens(file).forEach((key, tokens) -> values.put(key, tokens[0]));
    return values;
  }

  /**
   * The tokens of each {@code key: value [unit]} line of a GAMMA parameter file (the first line
   * of a key wins): {@code date} gives several ({@code yyyy mm dd [hh mm ss.ssss]}).
   */
  static Map<String, String[]> tokens(Path file) throws IOException {
    Map<String, String[]> tokens = new HashMap<>();
    for (String line : lines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        tokens.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim().split("\\s+"));
      }
    }
    return tokens;
  }

  /**
   * The file's lines (Latin-1: any byte reads); the JDK's own messages ("Is a directory", the bare
   * path of a NoSuchFileException) do not say which file, so they are put into words naming it.
   */
  private static List<String> lines(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": a folder, expected a GAMMA parameter file");
    }
    try {
      return new String(CappedRead.bytes(file, "a GAMMA parameter file", MAX_BYTES), StandardCharsets.ISO_8859_1)
          .lines().toList();
    } catch (CappedRead.TooLarge e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException(file + ": cannot be read, permission denied", e);
    } catch (IOException e) {
      throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  static OptionalDouble number(String text) {
    try {
      return text == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
