package org.dlinsar.sbas;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.LonLat;
import org.dlinsar.files.SideFiles;
import org.dlinsar.files.StagedFile;

/**
 * The time-series CSV of CONTRACT.md section 4: one row per detection and acquisition date,
 * {@code id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,velocity_std_mm_per_year,dem_error_m,}
 * {@code velocity_downslope_mm_per_year,velocity_downslope_std_mm_per_year},
 * at the detection's peak-velocity pixel, whose centre {@code peak_lon,peak_lat} place (empty
 * without geocoding or without a peak, as the detections CSV leaves its corners empty). Written under a temporary name
 * in its folder and renamed when complete.
 */
final class TimeSeriesCsv {

  // peak_lon,peak_lat, then velocity_std_mm_per_year, dem_error_m, velocity_downslope_mm_per_year and
  // velocity_downslope_std_mm_per_year were appended: readers of the first columns read on
  static final String HEADER = "id,date,displacement_mm,velocity_mm_per_year,peak_lon,peak_lat,"
      + "velocity_std_mm_per_year,dem_error_m,velocity_downslope_mm_per_year,velocity_downslope_std_mm_per_year";
  static final String SUFFIX = SideFiles.TIME_SERIES_CSV;
  private static final String DETECTIONS_CSV = SideFiles.DETECTIONS_CSV;

  /**
   * One detection's series.
   *
   * @param id the detection's id
   * @param displacementMm per date, mm
   * @param velocityMmPerYear mm/year
   * @param velocityStdMmPerYear its standard error, mm/year
   * @param peak the peak pixel's centre, or null without geocoding or without a peak
   * @param demErrorMetres the DEM's error there, metres, NaN where it is not fitted
   * @param velocityDownslopeMmPerYear the velocity along the slope there, mm/year, NaN where
   *     Local-SBAS projects none ({@link DownslopeProjection})
   * @param velocityDownslopeStdMmPerYear its uncertainty, 1 sigma, mm/year, NaN where it is
   */
  record Series(int id, double[] displacementMm, double velocityMmPerYear,
      double velocityStdMmPerYear, LonLat peak, double demErrorMetres, double velocityDownslopeMmPerYear,
      double velocityDownslopeStdMmPerYear) {}

  private TimeSeriesCsv() {}

  /**
   * The file for the {@code timeSeriesFile} parameter, named as DL-Detect's detectionsFile names
   * its files: a {@code .csv} is the file itself; a target's {@code .dim}, or a name without it (a
   * graph's {@code -Poutput=out/result}, which Write completes with {@code .dim}; {@code out.DIM} is
   * the product {@code out.DIM}, see {@link SideFiles#productName}), gives
   * {@code <name>.timeseries.csv} beside it; blank or null: none.
   *
   * @throws IllegalArgumentException naming the parameter when it is a folder or a detections CSV,
   *     which writing would replace, or naming the file when its name is longer than a file name
   *     may be (said before the series are computed, not when they are written)
   */
  static Path resolve(Path timeSeriesFile) {
    if (timeSeriesFile == null || timeSeriesFile.toString().isBlank()) {
      return null;
    }
    Path file = timeSeriesFile.toAbsolutePath();
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("timeSeriesFile " + timeSeriesFile + " is a folder: give the CSV's"
          + " name (.csv) or the target product's (.dim)");
    }
    if (lower.endsWith(DETECTIONS_CSV) || DetectionsRead.isDetectionsCsv(file)) {
      throw new IllegalArgumentException("timeSeriesFile " + timeSeriesFile + " is DL-Detect's detections CSV,"
          + " which writing would replace: give another .csv or the target product's .dim");
    }
    Path csv = lower.endsWith(".csv") ? file : file.resolveSibling(SideFiles.productName(file) + SUFFIX);
    SideFiles.checkNameFits(csv, "time-series file", "give a product name of at most "
        + SideFiles.longestProductName(SUFFIX) + " bytes, or a shorter .csv file as timeSeriesFile");
    return csv;
  }

  /**
   * Writes the rows.
   *
   * @throws IOException naming the file
   */
  static void write(Path file, List<LocalDate> dates, List<Series> series) throws IOException {
    StagedFile.write(file, "time-series file", stream -> {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
        // LF, as the header and DL-Detect's CSV, on every platform: %n would give CRLF on Windows
        out.write(HEADER + "\n");
        for (Series s : series) {
          String at = s.peak() == null ? ","
              : String.format(Locale.ROOT, "%.7f,%.7f", s.peak().lon(), s.peak().lat());
          for (int d = 0; d < dates.size(); d++) {
            out.write(String.format(Locale.ROOT, "%d,%s,%.3f,%.3f,%s,%.3f,%.3f,%.3f,%.3f\n", s.id(), dates.get(d),
                s.displacementMm()[d], s.velocityMmPerYear(), at, s.velocityStdMmPerYear(), s.demErrorMetres(),
                s.velocityDownslopeMmPerYear(), s.velocityDownslopeStdMmPerYear()));
          }
        }
      }
    });
  }
}
