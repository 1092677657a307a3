package org.dlinsar.detect;

import java.util.Arrays;

/**
 * How much of a box's gradient pattern is a line's. A burst or subswath seam, or a fault creeping
 * across the frame, stacks into a line of rate that runs along rows or columns far beyond any box
 * on it; a moving slope stops at its edges. A line along rows steps the phase from one row to the
 * next, so it shows in the azimuth gradient; one along columns in the range gradient. So the
 * box's profile of that component across the line (each row's mean over the box's columns) is
 * compared with the same rows' median over flank columns beside the box: a line repeats it there,
 * a slope does not. The flank is taken in two halves, near and far, and must repeat it in both:
 * a line runs on, where a target beside the box (a bowl above another in the same columns) ends.
 * The fit of a half is the R^2 of the box's profile against the half's (rows weighted by their
 * samples in the box), counted only when they rise together and the half's profile is at least
 * {@value #MIN_AMPLITUDE} times as strong. The share ({@link #ofBox}) is that fit times
 * the component's part of the box's variance: about the part of the box's gradients the line
 * explains. A slope shows in both components, so a slope on a seam keeps the part the seam leaves
 * it. Plain arrays, no SNAP.
 */
final class LineShare {

  /** Flank profile strength, against the box's, below which a flank explains nothing. */
  static final double MIN_AMPLITUDE = 0.6;
  /** Fewest usable flank columns on a side for it to be compared: two halves of 16. */
  static final int MIN_FLANK_COLUMNS = 32;
  /** Fewest rows with both a box and a flank value for a fit. */
  private static final int MIN_ROWS = 3;

  private LineShare() {}

  /** Columns between the box and its flank: the slope's own edges stay out of the flank. */
  static int gap(int boxWidth) {
    return Math.max(boxWidth / 2, 2);
  }

  /** Usable flank columns wanted on a side. */
  static int flankColumns(int boxWidth) {
    return Math.max(4 * boxWidth, 64);
  }

  /**
   * Columns to read on each side of a box: room for the gap and flank columns where decorrelated
   * stretches leave some unusable.
   */
  static int reach(int boxWidth) {
    return Math.max(8 * boxWidth, 256);
  }

  /**
   * The line share of a box: the larger of its fits along rows and along columns, each times its
   * component's part of the box's variance.
   *
   * @param alongRows the azimuth gradient's fit along the box's rows ({@link #alongRows})
   * @param alongColumns the range gradient's fit along its columns (the same on the columns)
   * @param azimuthVariance the variance of the box's azimuth gradient samples
   * @param rangeVariance the same for range
   */
  static double ofBox(double alongRows, double alongColumns, double azimuthVariance,
      double rangeVariance) {
    double total = azimuthVariance + rangeVariance;
    double azimuthPart = total > 0 ? azimuthVariance / total : 0.5;
    return Math.max(alongRows * azimuthPart, alongColumns * (1 - azimuthPart));
  }

  /**
   * The variance of the samples with data of columns {@code [x0, x1)} of every row of a window
   * {@code width} wide; 0 with fewer than two.
   */
  static double variance(float[] values, int width, int x0, int x1) {
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int i = 0; i < values.length; i += width) {
      for (int x = i + x0; x < i + x1; x++) {
        if (!Float.isNaN(values[x])) {
          sum += values[x];
          squares += (double) values[x] * values[x];
          n++;
        }
      }
    }
    return n < 2 ? 0 : Math.max(0, (squares - sum * sum / n) / (n - 1));
  }

  /**
   * The larger fit of the two sides of a box that spans all {@code rows} rows of a window and
   * its columns {@code [boxX0, boxX1)}, a side's fit the lesser of its two halves'; 0 when no side
   * has {@value #MIN_FLANK_COLUMNS} usable columns (at least half their rows with data) or
   * explains the box.
   *
   * @param values the window's gradient across the line (azimuth for a line along rows), row by
   *     row, NaN where none
   */
  static double alongRows(float[] values, int width, int rows, int boxX0, int boxX1) {
    int boxWidth = boxX1 - boxX0;
    int gap = gap(boxWidth);
    double[] weight = new double[rows];
    double[] box = boxMeans(values, width, rows, boxX0, boxX1, weight);
    double best = 0;
    for (int side = -1; side <= 1; side += 2) {
      int[] flank = flank(values, width, rows, side < 0 ? boxX0 - gap - 1 : boxX1 + gap, side,
          flankColumns(boxWidth));
      if (flank.length < MIN_FLANK_COLUMNS) {
        continue;
      }
      int half = flank.length / 2;
      best = Math.max(best, Math.min(
          fit(box, flankMedians(values, width, rows, Arrays.copyOf(flank, half)), weight),
          fit(box, flankMedians(values, width, rows, Arrays.copyOfRange(flank, half, flank.length)),
              weight)));
    }
    return best;
  }

  /**
   * R^2 of the box's profile against a flank's, or 0 unless they rise together and the flank's is
   * at least {@value #MIN_AMPLITUDE} times as strong.
   */
  private static double fit(double[] box, double[] flank, double[] weight) {
    double[] m = centredMoments(box, flank, weight);
    boolean rising = m[0] > 0 && m[2] >= MIN_AMPLITUDE * MIN_AMPLITUDE * m[1];
    return rising ? m[0] * m[0] / (m[1] * m[2]) : 0;
  }

  /** Each row's mean over the box's columns (NaN where none); their counts into {@code counts}. */
  private static double[] boxMeans(float[] v, int width, int rows, int x0, int x1,
      double[] counts) {
    double[] means = new double[rows];
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      int n = 0;
      for (int x = x0; x < x1; x++) {
        float s = v[r * width + x];
        if (!Float.isNaN(s)) {
          sum += s;
          n++;
        }
      }
      means[r] = n == 0 ? Double.NaN : sum / n;
      counts[r] = n;
    }
    return means;
  }

  /**
   * Up to {@code wanted} columns from {@code start} outward ({@code step} -1 or +1) with data in at
   * least half the rows.
   */
  private static int[] flank(float[] v, int width, int rows, int start, int step, int wanted) {
    int[] columns = new int[wanted];
    int n = 0;
    for (int x = start; x >= 0 && x < width && n < wanted; x += step) {
      int valid = 0;
      for (int r = 0; r < rows; r++) {
        valid += Float.isNaN(v[r * width + x]) ? 0 : 1;
      }
      if (2 * valid >= rows) {
        columns[n++] = x;
      }
    }
    return Arrays.copyOf(columns, n);
  }

  /** Each row's median over {@code columns} (NaN where none has data). */
  private static double[] flankMedians(float[] v, int width, int rows, int[] columns) {
    double[] medians = new double[rows];
    float[] row = new float[columns.length];
    for (int r = 0; r < rows; r++) {
      int n = 0;
      for (int x : columns) {
        float s = v[r * width + x];
        if (!Float.isNaN(s)) {
          row[n++] = s;
        }
      }
      Arrays.sort(row, 0, n);
      medians[r] = n == 0 ? Double.NaN
          : n % 2 == 1 ? row[n / 2] : 0.5 * (row[n / 2 - 1] + row[n / 2]);
    }
    return medians;
  }

  /**
   * The weighted co-moment and the two second moments of {@code x} and {@code y} about their
   * weighted means, over rows where both have a value; zeros with fewer than {@value #MIN_ROWS}.
   */
  private static double[] centredMoments(double[] x, double[] y, double[] w) {
    double sw = 0;
    double mx = 0;
    double my = 0;
    int n = 0;
    for (int r = 0; r < x.length; r++) {
      if (!Double.isNaN(x[r]) && !Double.isNaN(y[r])) {
        sw += w[r];
        mx += w[r] * x[r];
        my += w[r] * y[r];
        n++;
      }
    }
    if (n < MIN_ROWS) {
      return new double[3];
    }
    mx /= sw;
    my /= sw;
    double[] m = new double[3];
    for (int r = 0; r < x.length; r++) {
      if (!Double.isNaN(x[r]) && !Double.isNaN(y[r])) {
        m[0] += w[r] * (x[r] - mx) * (y[r] - my);
        m[1] += w[r] * (x[r] - mx) * (x[r] - mx);
        m[2] += w[r] * (y[r] - my) * (y[r] - my);
      }
    }
    return m;
  }

  /** {@code v}, {@code width} x {@code height} row by row, as its columns row by row. */
  static float[] transposed(float[] v, int width, int height) {
    float[] t = new float[v.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        t[x * height + y] = v[y * width + x];
      }
    }
    return t;
  }
}
