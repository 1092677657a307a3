package org.dlinsar.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.files.CappedRead;

/**
 * Reads Local-SBAS's {@code <target>.timeseries.csv} (CONTRACT.md section 4): a header
 * {@code id,date,displacement_mm,velocity_mm_per_year}, then the columns appended since
 * ({@code peak_lon,peak_lat}, not read here, {@code velocity_std_mm_per_year}, {@code
 * dem_error_m}, {@code velocity_downslope_mm_per_year} and {@code velocity_downslope_std_mm_per_year},
 * read by their names) or none (earlier
 * files), then one row per detection and date.
 */
public final class TimeSeriesCsvRead {

  /** The header's first columns, the ones read. */
  static final String HEADER = "id,date,displacement_mm,velocity_mm_per_year";
  /** The velocity's uncertainty, a column appended later: found by its name. */
  static final String VELOCITY_STD = "velocity_std_mm_per_year";
  /** The DEM's error at the peak, a column appended later: found by its name. */
  static final String DEM_ERROR = "dem_error_m";
  /** The velocity along the slope at the peak, a column appended later: found by its name. */
  static final String VELOCITY_DOWNSLOPE = "velocity_downslope_mm_per_year";
  /** That velocity's uncertainty, a column appended later: found by its name. */
  static final String VELOCITY_DOWNSLOPE_STD = "velocity_downslope_std_mm_per_year";
  /**
   * A row is about 75 bytes (one detection on one date, its peak's position, velocity's
   * uncertainty, DEM error and downslope velocity appended), and a frame has tens to thousands of
   * detections over tens to hundreds of dates: tens of MB. 1 GiB holds ten thousand detections over
   * a thousand dates (about 0.75 GB), and a multi-GB file given by mistake is refused instead of
   * filling the heap; a file near the cap needs a heap of four to five times its size to decode.
   */
  static final int MAX_BYTES = 1 << 30;

  private TimeSeriesCsvRead() {
  }

  /**
   * One row of the file.
   *
   * @param date acquisition date
   * @param displacementMm displacement on it, mm
   * @param velocityMmPerYear the detection's velocity, mm/year (the same on each of its rows)
   * @param velocityStdMmPerYear its uncertainty, mm/year; NaN when the file has none
   * @param demErrorMetres the DEM's error at the peak, metres; NaN when the file has none
   * @param velocityDownslopeMmPerYear the velocity down the slope at the peak, mm/year; NaN when
   *     the file has none
   * @param velocityDownslopeStdMmPerYear its uncertainty, mm/year; NaN when the file has none
   */
  public record Row(LocalDate date, double displacementMm, double velocityMmPerYear,
      double velocityStdMmPerYear, double demErrorMetres, double velocityDownslopeMmPerYear,
      double velocityDownslopeStdMmPerYear) {

    /** A row of a file written before {@code velocity_downslope_std_mm_per_year}. */
    public Row(LocalDate date, double displacementMm, double velocityMmPerYear, double velocityStdMmPerYear,
        double demErrorMetres, double velocityDownslopeMmPerYear) {
      this(date, displacementMm, velocityMmPerYear, velocityStdMmPerYear, demErrorMetres, velocityDownslopeMmPerYear,
          Double.NaN);
    }

    /** A row of a file written before {@code velocity_downslope_mm_per_year}. */
    public Row(LocalDate date, double displacementMm, double velocityMmPerYear, double velocityStdMmPerYear,
        double demErrorMetres) {
      this(date, displacementMm, velocityMmPerYear, velocityStdMmPerYear, demErrorMetres, Double.NaN);
    }

    /** A row of a file written before {@code dem_error_m}. */
    public Row(LocalDate date, double displacementMm, double velocityMmPerYear, double velocityStdMmPerYear) {
      this(date, displacementMm, velocityMmPerYear, velocityStdMmPerYear, Double.NaN);
    }

    /** A row of a file written before {@code velocity_std_mm_per_year}. */
    public Row(LocalDate date, double displacementMm, double velocityMmPerYear) {
      this(date, displacementMm, velocityMmPerYear, Double.NaN);
    }
  }

  /**
   * The rows per detection id, in file order.
   *
   * @throws IOException when the file cannot be read, is larger than {@link #MAX_BYTES} or not
   *     UTF-8, or a line is not a row of section 4; the message names the file (and the line)
   */
  public static Map<Integer, List<Row>> read(Path file) throws IOException {
    byte[] bytes = CappedRead.bytes(file, "a time-series CSV", MAX_BYTES);
    List<String> lines;
    try {
      // strict UTF-8, as Files.readAllLines was: a byte that is none is an error, not a replacement
      lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text (" + e + ")", e);
    }
    String header = lines.isEmpty() ? "" : lines.get(0).trim();
    if (!header.equals(HEADER) && !header.startsWith(HEADER + ",")) {
      throw new IOException(file + ": line 1 must begin '" + HEADER + "'");
    }
    // the contract appends columns, so the header says how many cells a row has
    List<String> names = List.of(header.split(",", -1));
    int columns = names.size();
    int std = names.indexOf(VELOCITY_STD);
    int demError = names.indexOf(DEM_ERROR);
    int downslope = names.indexOf(VELOCITY_DOWNSLOPE);
    int downslopeStd = names.indexOf(VELOCITY_DOWNSLOPE_STD);
    Map<Integer, List<Row>> rows = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      try {
        if (cells.length != columns) {
          throw new IllegalArgumentException(columns + " cells expected, got " + cells.length);
        }
        rows.computeIfAbsent(Integer.parseInt(cells[0].trim()), id -> new ArrayList<>())
            .add(new Row(LocalDate.parse(cells[1].trim()), Double.parseDouble(cells[2].trim()),
                Double.parseDouble(cells[3].trim()),
                optional(cells, std), optional(cells, demError), optional(cells, downslope),
                optional(cells, downslopeStd)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IOException(file + ": line " + (i + 1) + " '" + line + "' is not a time-series row: "
            + e.getMessage(), e);
      }
    }
    return rows;
  }

  /** The number in the appended column {@code column}; NaN where the file has no such column. */
  private static double optional(String[] cells, int column) {
    return column < 0 ? Double.NaN : Double.parseDouble(cells[column].trim());
  }
}
