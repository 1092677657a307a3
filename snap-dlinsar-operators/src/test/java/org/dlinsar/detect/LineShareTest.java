package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * LineShare's fit on windows of a box's rows: a line of azimuth gradient running through the box
 * and beyond it (a seam stacked) against a slope's coupled pattern that stops at the box's edges;
 * and the box's share from its fits and variances.
 */
class LineShareTest {

  private static final int WIDTH = 600;
  private static final int ROWS = 14;
  private static final int BOX_X0 = 280;
  private static final int BOX_X1 = 310;
  /** The stacked noise of the gradient rates, as on simulated stacks (about 0.06). */
  private static final double NOISE = 0.06;

  /** Noise over the window, the same for every test. */
  private static float[] noise() {
    SplittableRandom random = new SplittableRandom(41);
    float[] v = new float[WIDTH * ROWS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (NOISE * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 2);
    }
    return v;
  }

  /** Adds {@code profile[r]} to every column of [x0, x1) of row r. */
  private static float[] plus(float[] v, double[] profile, int x0, int x1) {
    for (int r = 0; r < ROWS; r++) {
      for (int x = x0; x < x1; x++) {
        v[r * WIDTH + x] += (float) profile[r];
      }
    }
    return v;
  }

  /** A window-7 seam: a plateau of {@code height} over rows 5 to 11, half of it at the edges. */
  private static double[] seam(double height) {
    double[] p = new double[ROWS];
    for (int r = 5; r <= 11; r++) {
      p[r] = height * (r == 5 || r == 11 ? 0.5 : 1);
    }
    return p;
  }

  /** A slope's pattern: rate rising over the upper rows, falling over the lower ones. */
  private static double[] slope(double height) {
    double[] p = new double[ROWS];
    for (int r = 2; r < 12; r++) {
      p[r] = height * (r < 7 ? 1 : -1);
    }
    return p;
  }

  private static double fit(float[] v) {
    return LineShare.alongRows(v, WIDTH, ROWS, BOX_X0, BOX_X1);
  }

  @Test
  void aSeamAcrossTheWholeWindowIsALine() {
    assertTrue(fit(plus(noise(), seam(0.4), 0, WIDTH)) > 0.9);
    // six times the noise, as a 2.5 rad/year seam stacks with window 7
    assertTrue(fit(plus(noise(), seam(0.36), 0, WIDTH)) > 0.9);
  }

  @Test
  void aSlopeThatStopsAtItsBoxIsNoLine() {
    assertEquals(0, fit(plus(noise(), slope(0.5), BOX_X0, BOX_X1)), 1e-12,
        "flank profiles of noise are far weaker than the box's");
  }

  @Test
  void aSeamEndingAtTheBoxIsStillALineOnTheSideItRunsOn() {
    assertTrue(fit(plus(noise(), seam(0.4), 0, BOX_X1)) > 0.9, "runs to the left");
    assertTrue(fit(plus(noise(), seam(0.4), BOX_X0, WIDTH)) > 0.9, "runs to the right");
  }

  @Test
  void aSlopeOnASeamIsNoLineWhenItOutweighsIt() {
    float[] v = plus(plus(noise(), seam(0.2), 0, WIDTH), slope(0.6), BOX_X0, BOX_X1);
    assertTrue(fit(v) < 0.3, "fit " + fit(v));
  }

  @Test
  void aTargetBesideTheBoxThatEndsIsNoLine() {
    // the same profile over 65 of the 120 flank columns right of the box, the near ones: the
    // flank's median repeats it, its far half does not
    int from = BOX_X1 + LineShare.gap(BOX_X1 - BOX_X0);
    float[] v = plus(plus(noise(), seam(0.4), BOX_X0, BOX_X1), seam(0.4), from, from + 65);
    assertEquals(0, fit(v), 1e-12);
  }

  @Test
  void theSeamBesideTheBoxMustRiseWithTheBoxProfile() {
    float[] v = plus(plus(noise(), seam(-0.4), 0, BOX_X0 - 20), seam(0.4), BOX_X0, BOX_X1);
    plus(v, seam(-0.4), BOX_X1 + 20, WIDTH);
    assertEquals(0, fit(v), 1e-12, "a step of the other sign is another line");
  }

  @Test
  void aFlankFarWeakerThanTheBoxExplainsNothing() {
    float[] v = plus(plus(noise(), seam(0.04), 0, WIDTH), seam(0.6), BOX_X0, BOX_X1);
    assertEquals(0, fit(v), 1e-12);
  }

  @Test
  void flanksWithoutDataAreSkippedForTheNearestColumnsWithData() {
    float[] v = plus(noise(), seam(0.4), 0, WIDTH);
    // decorrelated beside the box: the flank is sought beyond
    for (int r = 0; r < ROWS; r++) {
      Arrays.fill(v, r * WIDTH + BOX_X0 - 120, r * WIDTH + BOX_X0 - 15, Float.NaN);
      Arrays.fill(v, r * WIDTH + BOX_X1 + 15, r * WIDTH + BOX_X1 + 150, Float.NaN);
    }
    assertTrue(fit(v) > 0.9);
    // no data anywhere beside the box: nothing to compare with
    for (int r = 0; r < ROWS; r++) {
      Arrays.fill(v, r * WIDTH, r * WIDTH + BOX_X0, Float.NaN);
      Arrays.fill(v, r * WIDTH + BOX_X1, (r + 1) * WIDTH, Float.NaN);
    }
    assertEquals(0, fit(v), 1e-12);
  }

  @Test
  void fewerThanThirtyTwoColumnsWithDataAreNoFlank() {
    float[] v = plus(noise(), seam(0.4), 0, WIDTH);
    for (int r = 0; r < ROWS; r++) {
      int gap = LineShare.gap(BOX_X1 - BOX_X0);
      Arrays.fill(v, r * WIDTH, r * WIDTH + BOX_X0 - gap - LineShare.MIN_FLANK_COLUMNS + 1, Float.NaN);
      Arrays.fill(v, r * WIDTH + BOX_X1, (r + 1) * WIDTH, Float.NaN);
    }
    assertEquals(0, fit(v), 1e-12, "31 columns left of the gap");
  }

  @Test
  void aBoxsShareIsItsFitTimesTheLinesComponentsPartOfItsVariance() {
    assertEquals(0.9 * 0.8, LineShare.ofBox(0.9, 0.2, 4, 1), 1e-12, "a seam along rows");
    assertEquals(0.6 * 0.5, LineShare.ofBox(0.1, 0.6, 1, 1), 1e-12, "along columns, half the variance");
    assertEquals(0.45, LineShare.ofBox(0.9, 0, 0, 0), 1e-12, "no variance: half each");
  }

  @Test
  void theVarianceIsOverTheBoxsColumnsSamplesWithData() {
    float[] v = {9, 1, 3, 9, 9, Float.NaN, 5, 9}; // 4 wide, 2 rows; columns 1 and 2: 1, 3, NaN, 5
    assertEquals(4, LineShare.variance(v, 4, 1, 3), 1e-12);
    assertEquals(0, LineShare.variance(new float[] {1, Float.NaN}, 2, 0, 2), 0, "one sample");
  }

  @Test
  void transposedTurnsColumnsIntoRows() {
    float[] v = {1, 2, 3, 4, 5, 6}; // 3 wide, 2 high
    assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, LineShare.transposed(v, 3, 2));
  }
}
