package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A bowl's response in units of the noise around it: strong where the field bumps, ordinary
 * elsewhere, judged by the noise near the place rather than the frame's, and read from a square
 * around the place only.
 */
class LocalNoiseTest {

  private static final int SIZE = 1024;
  private static final int RADIUS = 5;

  /** White noise of sigma {@code left} left of the frame's middle column and 1 right of it. */
  private static float[] noise(double left, long seed) {
    Random random = new Random(seed);
    float[] field = new float[SIZE * SIZE];
    for (int i = 0; i < field.length; i++) {
      field[i] = (float) ((i % SIZE < SIZE / 2 ? left : 1) * random.nextGaussian());
    }
    return field;
  }

  /** Adds a Gaussian bump of {@code amplitude} and sigma 8 at (cx, cy). */
  private static void bump(float[] field, int cx, int cy, double amplitude) {
    for (int y = cy - 40; y <= cy + 40; y++) {
      for (int x = cx - 40; x <= cx + 40; x++) {
        field[y * SIZE + x] += (float) ArrayFields.blob(x, y, cx, cy, 8, amplitude);
      }
    }
  }

  /** Serves the frame, 0 beyond it, counting the samples asked for. */
  private static DivergenceRows rows(float[] field, AtomicLong read) {
    return (x0, y0, w, h, out) -> {
      read.addAndGet((long) w * h);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int fx = x0 + x;
          int fy = y0 + y;
          out[y * w + x] = fx < 0 || fy < 0 || fx >= SIZE || fy >= SIZE ? 0f : field[fy * SIZE + fx];
        }
      }
    };
  }

  private static PixelBox boxAround(int x, int y) {
    return new PixelBox(x - 16, y - 16, x + 17, y + 17);
  }

  private static double z(float[] field, int x, int y) {
    return new LocalNoise(SIZE, SIZE).z(rows(field, new AtomicLong()), boxAround(x, y), x, y,
        RADIUS)[0];
  }

  @Test
  void aBumpStandsOutAndQuietGroundDoesNot() {
    float[] field = noise(1, 1);
    bump(field, 700, 300, 4);
    assertTrue(z(field, 700, 300) > 8, "the bump: z " + z(field, 700, 300));
    int quiet = 0;
    for (int k = 0; k < 20; k++) {
      quiet += Math.abs(z(field, 600 + 15 * k, 700)) < SubsidenceDetector.SEEN_Z ? 1 : 0;
    }
    assertTrue(quiet >= 19, quiet + " of 20 quiet places under 3 sigma");
  }

  @Test
  void theNoiseIsTheOneAroundThePlace() {
    // the same bump in the calm right half, with the left half five times noisier: judged by the
    // right half's noise, as in a frame of that noise alone
    float[] mixed = noise(5, 2);
    float[] calm = noise(1, 2);
    bump(mixed, 800, 500, 2);
    bump(calm, 800, 500, 2);
    assertEquals(z(calm, 800, 500), z(mixed, 800, 500), 1e-6);
    assertTrue(z(mixed, 800, 500) > 5, "z " + z(mixed, 800, 500));
  }

  @Test
  void aGridOfSamplesJudgesAsEveryPixelDoes() {
    // the smoothed response hardly changes from one pixel to the next: every third pixel (the
    // grid of a 33-pixel bowl's widened square) gives the floor of them all, at the bump and at
    // quiet places
    float[] field = noise(1, 6);
    bump(field, 500, 500, 3);
    LocalNoise everyPixel = new LocalNoise(SIZE, SIZE, Integer.MAX_VALUE, LocalNoise.BLOCK);
    for (int k = 0; k < 10; k++) {
      int x = k == 0 ? 500 : 150 + 70 * k;
      int y = k == 0 ? 500 : 800 - 50 * k;
      double[] onGrid = new LocalNoise(SIZE, SIZE).z(rows(field, new AtomicLong()),
          boxAround(x, y), x, y, SubsidenceDetector.RADII);
      double[] all = everyPixel.z(rows(field, new AtomicLong()), boxAround(x, y), x, y,
          SubsidenceDetector.RADII);
      for (int s = 0; s < all.length; s++) {
        assertEquals(all[s], onGrid[s], 0.1 + 0.05 * Math.abs(all[s]),
            "place " + k + ", scale " + s);
      }
    }
  }

  /**
   * One LocalNoise for every place and interferogram, as a run dates its bowls: each square takes
   * the arrays an earlier one left (of another size, another reach, another field) and measures
   * what a fresh LocalNoise measures, to the bit.
   */
  @Test
  void reusedWorkArraysMeasureAsFreshOnes() {
    float[] noisy = noise(3, 8);
    float[] holed = noise(1, 9);
    bump(holed, 60, 900, 3);
    for (int y = 850; y < SIZE; y++) {
      for (int x = 0; x < 40; x++) {
        holed[y * SIZE + x] = 0f; // no data beside the bump
      }
    }
    LocalNoise reused = new LocalNoise(SIZE, SIZE);
    reused.z(rows(noisy, new AtomicLong()), boxAround(500, 500), 500, 500, 3, 5, 8);
    double[][] places = {{60, 900, 5}, {1000, 20, 3}, {500, 500, 8}};
    for (double[] p : places) {
      int x = (int) p[0];
      int y = (int) p[1];
      int radius = (int) p[2];
      float[] field = p[0] == 500 ? noisy : holed;
      assertArrayEquals(
          new LocalNoise(SIZE, SIZE).z(rows(field, new AtomicLong()), boxAround(x, y), x, y,
              radius),
          reused.z(rows(field, new AtomicLong()), boxAround(x, y), x, y, radius),
          "place " + x + ", " + y + " at radius " + radius);
    }
  }

  /**
   * DDNet's bowls have no size limit: a city-wide bowl's box of 1500 pixels widened the square to
   * about 3100 pixels a side, seven float arrays of it, 270 MB per interferogram in flight (a
   * 3000-pixel box, 1 GB). The square is now smoothed in blocks of bounded size, each with the
   * smoothing's reach around it.
   */
  @Test
  void aLargeBowlsSquareIsReadInBlocksOfBoundedSize() {
    int frame = 4096;
    int reach = BoxBlur.reach(8);
    AtomicLong largest = new AtomicLong();
    DivergenceRows rows = (x0, y0, w, h, out) -> {
      largest.accumulateAndGet((long) w * h, Math::max);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          out[y * w + x] = hashNoise(x0 + x, y0 + y, frame);
        }
      }
    };
    new LocalNoise(frame, frame).z(rows, new PixelBox(1300, 1300, 2800, 2800), 2050, 2050,
        SubsidenceDetector.RADII);
    long block = LocalNoise.BLOCK + 2L * reach;
    assertTrue(largest.get() <= block * block, largest.get() + " samples read at once");
  }

  /** Blocks measure as one square: the same samples, the same peak, to float rounding. */
  @Test
  void blocksMeasureAsOneSquare() {
    float[] field = noise(1, 10);
    bump(field, 500, 520, 3);
    PixelBox wide = new PixelBox(380, 400, 620, 640);
    double[] whole = new LocalNoise(SIZE, SIZE, LocalNoise.MAX_SAMPLES, SIZE)
        .z(rows(field, new AtomicLong()), wide, 500, 520, SubsidenceDetector.RADII);
    double[] blocks = new LocalNoise(SIZE, SIZE, LocalNoise.MAX_SAMPLES, 100)
        .z(rows(field, new AtomicLong()), wide, 500, 520, SubsidenceDetector.RADII);
    for (int s = 0; s < whole.length; s++) {
      assertEquals(whole[s], blocks[s], 1e-4 * Math.abs(whole[s]), "scale " + s);
    }
    assertTrue(whole[0] > 5, "the bump: z " + whole[0]);
  }

  /** Uniform noise of sigma 1 hashed from the pixel's position, 0 beyond the frame: no frame-sized array. */
  private static float hashNoise(int x, int y, int frame) {
    if (x < 0 || y < 0 || x >= frame || y >= frame) {
      return 0f;
    }
    long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL;
    h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
    return (float) (((h >>> 40) / (double) (1 << 24) - 0.5) * Math.sqrt(12));
  }

  @Test
  void readsASquareAroundThePlaceOnly() {
    AtomicLong read = new AtomicLong();
    float[] field = noise(1, 3);
    new LocalNoise(SIZE, SIZE).z(rows(field, read), boxAround(30, 20), 30, 20, 3, 5, 8);
    assertTrue(read.get() < SIZE * SIZE / 20, read.get() + " samples read of the frame's "
        + SIZE * SIZE);
  }

  @Test
  void aFrameHardlyLargerThanTheBowlIsJudgedByTheFramesNoise() {
    // 48 x 72 pixels, as the Sydney crop of the README: the bowl's grown box would leave a few
    // edge samples, so the floor is the whole frame's, as the scan's frame-wide floor
    int w = 48;
    int h = 72;
    Random random = new Random(5);
    float[] field = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        field[y * w + x] = (float) (random.nextGaussian() + ArrayFields.blob(x, y, 24, 33, 4, 4));
      }
    }
    DivergenceRows rows = (x0, y0, rw, rh, out) -> {
      for (int y = 0; y < rh; y++) {
        for (int x = 0; x < rw; x++) {
          int fx = x0 + x;
          int fy = y0 + y;
          out[y * rw + x] = fx < 0 || fy < 0 || fx >= w || fy >= h ? 0f : field[fy * w + fx];
        }
      }
    };
    RobustNoise frame = new BlobScanner(w, h, SubsidenceDetector.RADII, 0).scan(rows, () -> {})
        .noise()[1];
    double expected = (PointResponse.at(rows, 24, 33, RADIUS) - frame.median()) / frame.sigma();

    double z = new LocalNoise(w, h).z(rows, new PixelBox(16, 25, 33, 42), 24, 33, RADIUS)[0];

    assertEquals(expected, z, 1e-3 * expected);
    assertTrue(z > SubsidenceDetector.SEEN_Z, "z " + z);
  }

  @Test
  void aPlaceAtTheFramesCornerIsMeasured() {
    float[] field = noise(1, 4);
    bump(field, 41, 41, 4);
    assertTrue(z(field, 41, 41) > 8, "z " + z(field, 41, 41));
  }
}
