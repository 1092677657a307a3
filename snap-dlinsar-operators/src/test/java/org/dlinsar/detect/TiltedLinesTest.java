package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * TiltedLines on windows of a box's rows and the rows above and below it: a seam turned 12 degrees
 * off the rows (a map grid's) is found at its tilt and fits as a line; a slope's pattern that stops
 * at the box does not.
 */
class TiltedLinesTest {

  private static final int WIDTH = 600;
  private static final int BOX_X0 = 290;
  private static final int BOX_X1 = 310;
  private static final int BOX_ROWS = 14;
  private static final int PAD = TiltedLines.pad(BOX_X1 - BOX_X0, TiltedLines.MAP_GRID_DEGREES);
  private static final int ROWS = BOX_ROWS + 2 * PAD;
  /** The stacked noise of the gradient rates, as on simulated stacks (about 0.06). */
  private static final double NOISE = 0.06;

  private static float[] noise() {
    SplittableRandom random = new SplittableRandom(43);
    float[] v = new float[WIDTH * ROWS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (NOISE * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 2);
    }
    return v;
  }

  /** A window-7 seam over the whole window at {@code slope} rows per column, centred on the box's row 8. */
  private static float[] tiltedSeam(double slope, double height) {
    float[] v = noise();
    double centre = 0.5 * (BOX_X0 + BOX_X1 - 1);
    for (int x = 0; x < WIDTH; x++) {
      int middle = PAD + 8 + (int) Math.round((x - centre) * slope);
      for (int r = middle - 3; r <= middle + 3; r++) {
        if (r >= 0 && r < ROWS) {
          v[r * WIDTH + x] += (float) (height * (Math.abs(r - middle) == 3 ? 0.5 : 1));
        }
      }
    }
    return v;
  }

  /** The box's rows as they are, what LineShare alone saw. */
  private static double straightFit(float[] v) {
    float[] rows = Arrays.copyOfRange(v, PAD * WIDTH, (PAD + BOX_ROWS) * WIDTH);
    return LineShare.alongRows(rows, WIDTH, BOX_ROWS, BOX_X0, BOX_X1);
  }

  /**
   * Turned 12 degrees off the rows, a seam leaves the flanks' rows 30 to 60 rows from where it
   * crosses the box: unsheared it fits as no line; sheared at its own tilt it fits as well as a
   * seam along the rows does.
   */
  @Test
  void aSeamTwelveDegreesOffTheRowsIsALine() {
    double tilt = Math.tan(Math.toRadians(12));
    float[] v = tiltedSeam(tilt, 0.4);

    assertEquals(tilt, TiltedLines.slope(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES), 2.0 / WIDTH);
    assertTrue(straightFit(v) < 0.3, "unsheared: " + straightFit(v));
    assertTrue(TiltedLines.alongRows(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES) > 0.9);
    assertTrue(TiltedLines.alongRows(tiltedSeam(-tilt, 0.4), WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES) > 0.9,
        "turned the other way");
  }

  /** With no tilt allowed (radar geometry) the filter is LineShare's alone. */
  @Test
  void withoutTiltTheFitIsTheStraightOne() {
    float[] v = tiltedSeam(Math.tan(Math.toRadians(12)), 0.4);

    assertEquals(straightFit(v), TiltedLines.alongRows(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, 0), 0);
    assertEquals(0, TiltedLines.pad(20, 0));
  }

  /** Along the rows the seam fits as LineShare alone fits it. */
  @Test
  void aSeamAlongTheRowsFitsAsBefore() {
    float[] v = tiltedSeam(0, 0.4);

    assertEquals(0, TiltedLines.slope(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES));
    assertEquals(straightFit(v), TiltedLines.alongRows(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES), 0);
    assertTrue(straightFit(v) > 0.9);
  }

  /** A slope's rising and falling rows within the box alone, noise beyond: no line at any tilt. */
  @Test
  void aSlopeThatStopsAtTheBoxIsNoLine() {
    float[] v = noise();
    for (int r = 2; r < 12; r++) {
      for (int x = BOX_X0; x < BOX_X1; x++) {
        v[(PAD + r) * WIDTH + x] += (float) (0.4 * (r < 7 ? 1 : -1));
      }
    }

    assertTrue(TiltedLines.alongRows(v, WIDTH, PAD, BOX_ROWS, BOX_X0, BOX_X1, TiltedLines.MAP_GRID_DEGREES) < 0.1);
  }

  /** The shear moves each column by the rows the line climbs from the box's centre (rounded); NaN off the window. */
  @Test
  void theShearMovesEachColumnByTheLinesClimb() {
    float[] v = new float[4 * 5];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    // 4 columns, 5 rows; the box's rows 1-2 and columns 1-2, its centre column 1.5

    assertArrayEquals(new float[] {0, 5, 10, 15, 4, 9, 14, 19}, TiltedLines.sheared(v, 4, 1, 2, 1, 3, 1.0));
    float[] steep = TiltedLines.sheared(v, 4, 1, 2, 1, 3, 2.0);
    assertTrue(Float.isNaN(steep[0]) && Float.isNaN(steep[4]), "column 0 climbs 3 rows above the box: off the window");
    assertEquals(19, steep[3], 0);
    assertTrue(Float.isNaN(steep[7]));
  }
}
