package org.dlinsar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * unwrapping, and what an 84 x 84 patch (7056 pixels) costs at that many dates. With
 * {@code --split} every pixel loses the pairs across a cut of its own, so its network falls into
 * two date groups and each pixel pays for a pattern of its own (the worst case of a patch whose
 * masks break the network). Prints figures; no test asserts on time.
 *
 * <pre>bench/java.sh SbasInversionBench [--split] [k] [dates...]   (default: 3 100 250 500)</pre>
 */
public final class SbasInversionBench {

  private static final double WAVELENGTH = 0.055465763;
  private static final int PATCH_PIXELS = 84 * 84;
  /** Pixels of random weights, inverted over and over for at least half a second a round. */
  private static final int PIXELS = 200;

  private SbasInversionBench() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(args));
  }

  private static void run(String[] arguments) {
    boolean split = arguments.length > 0 && arguments[0].equals("--split");
    String[] rest = split ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
    BenchArguments args = new BenchArguments(
        "bench/java.sh SbasInversionBench [--split] [k] [dates...]", rest);
    int k = args.positive(0, "k", 3);
    // a network needs a pair, so two dates at least
    int[] dates = args.given(1)
        ? Arrays.stream(rest, 1, rest.length).mapToInt(n -> args.within(n, "dates", 2, Integer.MAX_VALUE)).toArray()
        : new int[] {100, 250, 500};
    System.out.printf(Locale.ROOT, "SBAS inversion per pixel, each date paired with its next %d%s;"
        + " best of 5 rounds (each at least 0.5 s, over %d pixels) after 3 warm-up rounds%n", k,
        split ? ", each pixel's network cut in two at a date of its own" : "", PIXELS);
    for (int n : dates) {
      measure(n, k, split);
    }
  }

  private static void measure(int dates, int k, boolean split) {
    SbasNetwork network = SbasNetwork.of(network(dates, k));
    SbasInversion inversion = new SbasInversion(network, WAVELENGTH, 1);
    Random random = new Random(dates);
    int pairs = network.pairCount();
    float[][] phase = new float[PIXELS][pairs];
    float[][] weight = new float[PIXELS][pairs];
    for (int i = 0; i < PIXELS; i++) {
      int cut = 1 + i % (dates - 1);
      for (int p = 0; p < pairs; p++) {
        phase[i][p] = (float) random.nextGaussian();
        boolean across = network.reference(p) < cut && network.secondary(p) >= cut;
        weight[i][p] = split && across ? 0 : 0.1f + 10 * random.nextFloat();
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
        if (split) {
          // a fresh pattern store: every pixel pays for its own pattern
          inversion = new SbasInversion(network, WAVELENGTH, 1);
        }
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
