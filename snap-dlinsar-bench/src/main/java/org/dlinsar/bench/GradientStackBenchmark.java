package org.dlinsar.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Phase-Gradient-Stack throughput against the time to only read the same bands.
 *
 * <p>Usage: {@code GradientStackBenchmark [--warm-only] [width height interferograms repeats
 * [window]]} (default 1024 1024 32 3). Writes a synthetic stack to a temporary folder, then times, on all cores: (a)
 * reading every i/q/coh band tile by tile, (b) computing every tile of grad_az, grad_rg and
 * grad_count from a freshly opened product. Prints megapixels times interferograms per second for
 * both, and their ratio (goal: stacking costs at most 1.5 times reading). Medians over the
 * repeats, after {@value #WARM_UP_PASSES} warm-up passes of each. Twice: with the stack in the
 * page cache (warm), and, where this process may write /proc/sys/vm/drop_caches (root on Linux),
 * read from disk (cold), unless {@code --warm-only} leaves that out (dropping the cache slows
 * everyone else on the machine).
 */
public final class GradientStackBenchmark {

  private static final Path DROP_CACHES = Path.of("/proc/sys/vm/drop_caches");
  private static final int WARM_UP_PASSES = 4;
  /** The option that leaves out the pass from disk. */
  static final String WARM_ONLY = "--warm-only";

  private GradientStackBenchmark() {
  }

  /** Phase-Gradient-Stack's window, 0 = its default. */
  private static int window;

  public static void main(String[] args) throws Exception {
    boolean warmOnly = args.length > 0 && args[0].equals(WARM_ONLY);
    String[] rest = warmOnly ? Arrays.copyOfRange(args, 1, args.length) : args;
    BenchArguments.run(() -> run(new BenchArguments("bench/gradient-stack.sh [" + WARM_ONLY
        + "] [width height interferograms repeats [window]]", rest), warmOnly));
  }

  /**
   * Why the pass from disk is left out, or null to run it: it drops the whole machine's page cache
   * before each pass, which everyone else on a shared machine pays for.
   */
  static String noColdPass(boolean warmOnly, Path dropCaches) {
    if (warmOnly) {
      return WARM_ONLY;
    }
    return Files.isWritable(dropCaches) ? null : dropCaches + " is not writable";
  }

  private static void run(BenchArguments args, boolean warmOnly) throws Exception {
    int width = args.positive(0, "width", 1024);
    int height = args.positive(1, "height", 1024);
    int ifgs = args.positive(2, "interferograms", 32);
    int repeats = args.positive(3, "repeats", 3);
    window = args.atLeast(4, "window", 0, 0); // 0: the operator's default
    Path dir = Files.createTempDirectory("dlinsar-bench");
    File file = dir.resolve("bench_stack.dim").toFile();
    try {
      SyntheticStack.write(file, width, height, ifgs);
      // Reading allocates every tile anew: until the heap has grown to hold a pass's tiles, a
      // pass also pays for touching fresh memory (0.25-0.40 s against 0.10-0.12 s once grown),
      // which made the first passes' ratio look met. The stack reuses its buffers.
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        readOnly(file);
        stackOnly(file);
      }
      double workload = width * (double) height * ifgs / 1e6;
      System.out.printf(Locale.ROOT, "stack %dx%d, %d interferograms, %d threads%n",
          width, height, ifgs, org.dlinsar.lite.Parallelism.threads());
      measure("warm page cache", file, repeats, workload, false);
      String noCold = noColdPass(warmOnly, DROP_CACHES);
      if (noCold == null) {
        measure("from disk (page cache dropped before each pass)", file, repeats, workload, true);
      } else {
        System.out.println("(no cold run: " + noCold + ")");
      }
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void measure(String label, File file, int repeats, double workload, boolean cold) throws Exception {
    double[] read = new double[repeats];
    double[] stack = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      dropCaches(cold);
      read[r] = readOnly(file);
      dropCaches(cold);
      stack[r] = stackOnly(file);
    }
    double readSeconds = median(read);
    double stackSeconds = median(stack);
    System.out.println(label + ":");
    System.out.printf(Locale.ROOT, "  read i/q/coh only     : %7.3f s  %8.1f Mpx*ifg/s%n", readSeconds, workload / readSeconds);
    System.out.printf(Locale.ROOT, "  Phase-Gradient-Stack  : %7.3f s  %8.1f Mpx*ifg/s%n", stackSeconds, workload / stackSeconds);
    System.out.printf(Locale.ROOT, "  stacking / reading    : %7.2f  (goal <= 1.5)%n", stackSeconds / readSeconds);
  }

  private static void dropCaches(boolean cold) throws Exception {
    if (cold) {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
      Files.writeString(DROP_CACHES, "1");
    }
  }

  private static double readOnly(File file) throws Exception {
    Product product = ProductIO.readProduct(file);
    List<Band> bands = new ArrayList<>(Arrays.asList(product.getBands()));
    bands.removeIf(b -> !b.getName().matches("(i_ifg|q_ifg|coh)_.*"));
    double seconds = TilePull.seconds(product, bands);
    product.dispose();
    return seconds;
  }

  private static double stackOnly(File file) throws Exception {
    Product source = ProductIO.readProduct(file);
    Product target = GPF.createProduct("Phase-Gradient-Stack",
        window > 0 ? java.util.Map.of("window", window) : GPF.NO_PARAMS, source);
    List<Band> bands = List.of(target.getBand("grad_az"), target.getBand("grad_rg"), target.getBand("grad_count"),
        target.getBand("grad_stderr"));
    double seconds = TilePull.seconds(target, bands);
    target.dispose();
    source.dispose();
    return seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
