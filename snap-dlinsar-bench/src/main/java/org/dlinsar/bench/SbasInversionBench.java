package org.dlinsar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dlinsar.ifg.Pair;
import org.dlinsar.sbas.SbasInversion;
import org.dlinsar.sbas.SbasNetwork;

/**
 * Time of one pixel's SBAS inversion ({@link SbasInversion#invert}) on a small-baseline network
 * of n dates 12 days apart, each paired with its next k, random coherence weights on every pair
 * (one network pattern, so its set-up is paid once): what Local-SBAS spends per pixel after
 * unwrapping, and what an 84 x 84 patch (7056 pixels) costs at that many dates. Prints figures;
 * no test asserts on time.
 *
 * <pre>bench/java.sh SbasInversionBench [k] [dates...]      (default: 3 100 250 500)</pre>
 */
public final class SbasInversionBench {

  private static final double WAVELENGTH = 0.055465763;
  private static final int PATCH_PIXELS = 84 * 84;
  /** Pixels of random weights, inverted over and over for at least half a second a round. */
  private static final int PIXELS = 200;

  private SbasInversionBench() {}

  public static void main(String[] args) {
    int k = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int[] dates = args.length > 1
        ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {100, 250, 500};
    System.out.printf(Locale.ROOT, "SBAS inversion per pixel, each date paired with its next %d;"
        + " best of 5 rounds (each at least 0.5 s, over %d pixels) after 3 warm-up rounds%n", k,
        PIXELS);
    for (int n : dates) {
      measure(n, k);
    }
  }

  private static void measure(int dates, int k) {
    SbasNetwork network = SbasNetwork.of(network(dates, k));
    SbasInversion inversion = new SbasInversion(network, WAVELENGTH, 1);
    Random random = new Random(dates);
    int pairs = network.pairCount();
    float[][] phase = new float[PIXELS][pairs];
    float[][] weight = new float[PIXELS][pairs];
    for (int i = 0; i < PIXELS; i++) {
      for (int p = 0; p < pairs; p++) {
        phase[i][p] = (float) random.nextGaussian();
        weight[i][p] = 0.1f + 10 * random.nextFloat();
      }
    }
    double[] series = new double[dates];
    double sink = 0;
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      long inverted = 0;
      long elapsed;
      do {
        for (int i = 0; i < PIXELS; i++) {
          sink += inversion.invert(phase[i], weight[i], series);
        }
        inverted += PIXELS;
        elapsed = System.nanoTime() - t0;
      } while (elapsed < 500_000_000L);
      double perPixel = elapsed / 1e9 / inverted;
      if (round >= 3) {
        best = Math.min(best, perPixel);
      }
    }
    System.out.printf(Locale.ROOT, "n=%d dates, %d pairs: %.4f ms per pixel, %.1f CPU-s per 84 x 84"
        + " patch (checksum %.3g)%n", dates, pairs, best * 1e3, best * PATCH_PIXELS, sink);
  }

  private static List<Pair> network(int dates, int k) {
    LocalDate start = LocalDate.of(2021, 1, 4);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < dates; i++) {
      for (int j = i + 1; j <= Math.min(dates - 1, i + k); j++) {
        pairs.add(new Pair(start.plusDays(12L * i), start.plusDays(12L * j)));
      }
    }
    return pairs;
  }
}
