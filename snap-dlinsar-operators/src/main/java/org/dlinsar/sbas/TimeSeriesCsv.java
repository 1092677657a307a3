package org.dlinsar.sbas;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dlinsar.files.StagedFile;

/**
 * The time-series CSV of CONTRACT.md section 4: one row per detection and acquisition date,
 * {@code id,date,displacement_mm,velocity_mm_per_year}, at the detection's peak-velocity pixel.
 * Written under a temporary name in its folder and renamed when complete.
 */
final class TimeSeriesCsv {

  static final String HEADER = "id,date,displacement_mm,velocity_mm_per_year";
  static final String SUFFIX = ".timeseries.csv";

  /**
   * One detection's series.
   *
   * @param id the detection's id
   * @param displacementMm per date, mm
   * @param velocityMmPerYear mm/year
   */
  record Series(int id, double[] displacementMm, double velocityMmPerYear) {}

  private TimeSeriesCsv() {}

  /**
   * The file for the {@code timeSeriesFile} parameter: a target {@code .dim} header gives
   * {@code <name>.timeseries.csv} beside it, any other path is the file itself; blank or null: none.
   */
  static Path resolve(Path timeSeriesFile) {
    if (timeSeriesFile == null || timeSeriesFile.toString().isBlank()) {
      return null;
    }
    Path file = timeSeriesFile.toAbsolutePath();
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".dim")) {
      return file.resolveSibling(name.substring(0, name.length() - 4) + SUFFIX);
    }
    return file;
  }

  /**
   * Writes the rows.
   *
   * @throws IOException naming the file
   */
  static void write(Path file, List<LocalDate> dates, List<Series> series) throws IOException {
    StagedFile.write(file, "time-series file", tmp -> {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write(HEADER + "\n");
        for (Series s : series) {
          for (int d = 0; d < dates.size(); d++) {
            out.write(String.format(Locale.ROOT, "%d,%s,%.3f,%.3f%n", s.id(), dates.get(d),
                s.displacementMm()[d], s.velocityMmPerYear()));
          }
        }
      }
    });
  }
}
