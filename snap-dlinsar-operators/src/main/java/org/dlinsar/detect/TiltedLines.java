package org.dlinsar.detect;

import java.util.Arrays;

/**
 * Lines across the frame that run a little off its rows ({@link LineShare} compares a box with
 * flanks along its rows). On a map grid (LiCSAR, GeoTIFF and geocoded GAMMA stacks) Sentinel-1's
 * burst and subswath seams run 10 to 15 degrees off the axes, as its track does off north; a line
 * 4 degrees off leaves a flank of 256 columns 18 rows away from where it crosses the box, and
 * {@link LineShare} finds nothing. So the flanks are sheared first: each column moved by the rows
 * the line climbs from the box's centre column to it, at the tilt that lines the flank columns up
 * best (the largest spread of the sheared rows' means), up to a largest tilt either way; the box's
 * fit is the better of the unsheared and the sheared one. Plain arrays.
 */
final class TiltedLines {

  /**
   * The largest tilt looked for on a map grid, degrees: a seam of a frame at high latitude, its
   * track further off north than the 10 to 15 degrees of mid latitudes.
   */
  static final double MAP_GRID_DEGREES = 20;

  /**
   * How many times the rows' spread at the best tilt must exceed it unsheared to count as a line:
   * on scenes without seams the best tilt lines up noise, a spread within this of the straight one,
   * and shearing there cost true boxes (README, "Lines across the frame").
   */
  static final double LINE_EVIDENCE = 2;
  /** The coarse search's stride, in steps: a line between two coarse slopes is off by at most two rows at the far end. */
  private static final int COARSE = 4;

  private TiltedLines() {}

  /** Rows to read above and below a box {@code boxWidth} wide for its flanks at {@code mostDegrees} of tilt. */
  static int pad(int boxWidth, double mostDegrees) {
    return (int) Math.ceil(Math.tan(Math.toRadians(mostDegrees)) * (LineShare.reach(boxWidth) + boxWidth));
  }

  /**
   * The box's fit along its rows ({@link LineShare#alongRows}), the better of the rows as they are
   * and sheared at the tilt the flanks line up along ({@link #slope}), of up to {@code mostDegrees}.
   *
   * @param window the gradient across the line, {@code width} columns a row, NaN where none;
   *     the box's rows are {@code [firstBoxRow, firstBoxRow + boxRows)}, its columns {@code
   *     [boxX0, boxX1)}
   */
  static double alongRows(float[] window, int width, int firstBoxRow, int boxRows, int boxX0, int boxX1,
      double mostDegrees) {
    double slope = mostDegrees > 0 ? slope(window, width, firstBoxRow, boxRows, boxX0, boxX1, mostDegrees) : 0;
    double straight = LineShare.alongRows(boxRows(window, width, firstBoxRow, boxRows), width, boxRows, boxX0, boxX1);
    if (slope == 0) {
      return straight;
    }
    return Math.max(straight, LineShare.alongRows(sheared(window, width, firstBoxRow, boxRows, boxX0, boxX1, slope),
        width, boxRows, boxX0, boxX1));
  }

  /**
   * The rows per column of the line the flank columns line up along best: of the slopes 0 to
   * tan({@code mostDegrees}) either way, in steps that move the farthest column by one row (every
   * {@value #COARSE}th first, then those around the best of them), the one whose sheared rows'
   * means over the flank columns (beyond the box and its gap)
   * spread most (their variance, each row weighted by its samples); 0 unless that spread is
   * {@value #LINE_EVIDENCE} times the unsheared rows'.
   */
  static double slope(float[] window, int width, int firstBoxRow, int boxRows, int boxX0, int boxX1,
      double mostDegrees) {
    double centre = 0.5 * (boxX0 + boxX1 - 1);
    double step = 1 / Math.max(1, Math.max(centre, width - 1 - centre));
    int steps = (int) Math.floor(Math.tan(Math.toRadians(mostDegrees)) / step);
    // the flank columns: beyond the box and its gap
    int skip0 = boxX0 - LineShare.gap(boxX1 - boxX0);
    int skip1 = boxX1 + LineShare.gap(boxX1 - boxX0);
    double straight = spread(window, width, firstBoxRow, boxRows, skip0, skip1, centre, 0);
    // every COARSE-th step first, then the steps around the best of them
    int bestStep = 0;
    double best = straight;
    for (int k = -steps + Math.floorMod(steps, COARSE); k <= steps; k += COARSE) {
      double spread = k == 0 ? straight : spread(window, width, firstBoxRow, boxRows, skip0, skip1, centre, k * step);
      if (spread > best) {
        best = spread;
        bestStep = k;
      }
    }
    int around = bestStep;
    for (int k = Math.max(-steps, around - COARSE + 1); k <= Math.min(steps, around + COARSE - 1); k++) {
      double spread = k == around ? best : spread(window, width, firstBoxRow, boxRows, skip0, skip1, centre, k * step);
      if (spread > best) {
        best = spread;
        bestStep = k;
      }
    }
    return best >= LINE_EVIDENCE * straight ? bestStep * step : 0;
  }

  /** The weighted variance of the sheared rows' means over the columns outside {@code [skip0, skip1)}; 0 without data. */
  private static double spread(float[] window, int width, int firstBoxRow, int boxRows, int skip0, int skip1,
      double centre, double slope) {
    int windowRows = window.length / width;
    double[] sum = new double[boxRows];
    int[] count = new int[boxRows];
    for (int x = 0; x < width; x++) {
      if (x >= skip0 && x < skip1) {
        continue;
      }
      int first = firstBoxRow + (int) Math.round((x - centre) * slope);
      for (int k = Math.max(0, -first); k < boxRows && first + k < windowRows; k++) {
        float v = window[(first + k) * width + x];
        if (!Float.isNaN(v)) {
          sum[k] += v;
          count[k]++;
        }
      }
    }
    double total = 0;
    double weight = 0;
    for (int k = 0; k < boxRows; k++) {
      total += sum[k];
      weight += count[k];
    }
    if (weight == 0) {
      return 0;
    }
    double mean = total / weight;
    double spread = 0;
    for (int k = 0; k < boxRows; k++) {
      if (count[k] > 0) {
        double m = sum[k] / count[k] - mean;
        spread += count[k] * m * m;
      }
    }
    return spread / weight;
  }

  /** The box's {@code boxRows} rows of the window, unsheared. */
  static float[] boxRows(float[] window, int width, int firstBoxRow, int boxRows) {
    return Arrays.copyOfRange(window, firstBoxRow * width, (firstBoxRow + boxRows) * width);
  }

  /**
   * The box's {@code boxRows} rows of the window, each column moved by the rows a line of {@code
   * slope} rows per column climbs from the box's centre column to it (NaN where that leaves the
   * window).
   */
  static float[] sheared(float[] window, int width, int firstBoxRow, int boxRows, int boxX0, int boxX1,
      double slope) {
    int windowRows = window.length / width;
    double centre = 0.5 * (boxX0 + boxX1 - 1);
    float[] out = new float[boxRows * width];
    for (int x = 0; x < width; x++) {
      int first = firstBoxRow + (int) Math.round((x - centre) * slope);
      for (int k = 0; k < boxRows; k++) {
        int row = first + k;
        out[k * width + x] = row >= 0 && row < windowRows ? window[row * width + x] : Float.NaN;
      }
    }
    return out;
  }
}
