package org.dlinsar.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.dlinsar.files.CappedRead;

/**
 * A pair's perpendicular baseline over its radar frame, as GAMMA's {@code base_perp} writes it
 * ({@code <ref>-<sec>_*_bperp.par}): after the line of stars, rows of {@code line range B_t B_c B_n
 * look_angle bpara bperp blen} on a regular grid of lines and range samples (the MLI's). The
 * baseline changes across the swath (about 15 % over Sentinel-1's IW), so it is read where the
 * stack lies, bilinearly between the grid's rows.
 *
 * @param file the table, for messages
 * @param lines the grid's lines, ascending
 * @param ranges the grid's range samples, ascending
 * @param bperpMetres perpendicular baseline per grid node, line-major
 */
record GammaBperpTable(Path file, double[] lines, double[] ranges, double[] bperpMetres) {

  /** A base_perp table is a few hundred rows; 4 MiB is thousands of times that. */
  private static final int MAX_BYTES = 4 << 20;
  private static final int COLUMNS = 9;

  /**
   * Reads {@code file}.
   *
   * @throws IOException naming the file when it cannot be read or holds no regular grid of rows
   */
  static GammaBperpTable read(Path file) throws IOException {
    String text = new String(CappedRead.bytes(file, "a GAMMA base_perp table", MAX_BYTES),
        StandardCharsets.ISO_8859_1);
    List<double[]> rows = new ArrayList<>();
    boolean table = false;
    for (String line : text.lines().toList()) {
      if (line.startsWith("****")) {
        table = true;
        continue;
      }
      double[] row = table ? numbers(line) : null;
      if (row != null) {
        rows.add(row);
      } else if (table && !rows.isEmpty()) {
        break;
      }
    }
    TreeSet<Double> lineSet = new TreeSet<>();
    TreeSet<Double> rangeSet = new TreeSet<>();
    rows.forEach(r -> {
      lineSet.add(r[0]);
      rangeSet.add(r[1]);
    });
    double[] lines = lineSet.stream().mapToDouble(Double::doubleValue).toArray();
    double[] ranges = rangeSet.stream().mapToDouble(Double::doubleValue).toArray();
    if (rows.isEmpty() || rows.size() != lines.length * ranges.length) {
      throw new IOException(file + ": " + rows.size() + " rows of line, range, ..., bperp, blen, not a"
          + " regular grid as GAMMA's base_perp writes");
    }
    double[] bperp = new double[rows.size()];
    for (double[] r : rows) {
      bperp[index(lines, r[0]) * ranges.length + index(ranges, r[1])] = r[7];
    }
    return new GammaBperpTable(file, lines, ranges, bperp);
  }

  /** The perpendicular baseline at (line, range), metres, bilinearly; clamped to the grid. */
  double bperpAt(double line, double range) {
    double[] values = bperpMetres;
    int i = lower(lines, line);
    int j = lower(ranges, range);
    double u = share(lines, i, line);
    double v = share(ranges, j, range);
    int i1 = Math.min(i + 1, lines.length - 1);
    int j1 = Math.min(j + 1, ranges.length - 1);
    int w = ranges.length;
    return (1 - u) * ((1 - v) * values[i * w + j] + v * values[i * w + j1])
        + u * ((1 - v) * values[i1 * w + j] + v * values[i1 * w + j1]);
  }

  /** The last node at or below {@code x}, 0 below the grid. */
  private static int lower(double[] nodes, double x) {
    int i = 0;
    while (i + 1 < nodes.length && nodes[i + 1] <= x) {
      i++;
    }
    return i;
  }

  private static double share(double[] nodes, int i, double x) {
    if (i + 1 >= nodes.length) {
      return 0;
    }
    return Math.min(1, Math.max(0, (x - nodes[i]) / (nodes[i + 1] - nodes[i])));
  }

  private static int index(double[] nodes, double x) {
    return Arrays.binarySearch(nodes, x);
  }

  /** The row's nine numbers, or null when the line is no table row. */
  private static double[] numbers(String line) {
    String[] tokens = line.trim().split("\\s+");
    if (tokens.length != COLUMNS) {
      return null;
    }
    double[] row = new double[COLUMNS];
    try {
      for (int k = 0; k < COLUMNS; k++) {
        row[k] = Double.parseDouble(tokens[k]);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return row;
  }
}
