package org.dlinsar.ui.detections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Local-SBAS's time-series CSV (CONTRACT.md section 4), the reference the window's series are checked against. */
final class TimeSeriesCsv {

  /** The header's first columns; peak_lon,peak_lat follow them. */
  static final String HEADER = "id,date,displacement_mm,velocity_mm_per_year";

  private TimeSeriesCsv() {
  }

  /** Every detection's series in {@code csv}, by detection id. */
  static Map<Integer, DisplacementSeries> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    if (lines.isEmpty() || !lines.get(0).trim().startsWith(HEADER + ",")) {
      throw new IOException(csv + " is not a Local-SBAS time-series CSV (header " + HEADER + ")");
    }
    Map<Integer, List<LocalDate>> dates = new LinkedHashMap<>();
    Map<Integer, List<Double>> values = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",");
      int id = Integer.parseInt(cells[0].trim());
      dates.computeIfAbsent(id, k -> new ArrayList<>()).add(LocalDate.parse(cells[1].trim()));
      values.computeIfAbsent(id, k -> new ArrayList<>()).add(Double.parseDouble(cells[2].trim()));
    }
    Map<Integer, DisplacementSeries> series = new LinkedHashMap<>();
    dates.forEach((id, d) -> series.put(id, new DisplacementSeries(List.copyOf(d), List.copyOf(values.get(id)))));
    return series;
  }
}
