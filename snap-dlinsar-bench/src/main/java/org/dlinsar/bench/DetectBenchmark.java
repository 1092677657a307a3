package org.dlinsar.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dlinsar.detect.DetectionsMetadata;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * DL-Detect's time against the gradient stack it reads (issue 9, point 5: detection must add less
 * than 10 % to it), per megapixel of gradient stack, and per interferogram in SUBSIDENCE mode.
 *
 * <p>Usage: {@code DetectBenchmark [width height interferograms repeats warmups]} (default 1024
 * 1024 32 3 3; the JIT compilers keep improving the chain's code over the first rounds). Writes a synthetic stack (pseudo-random phase: every blob is noise, as many as real frames
 * hold) to a temporary folder, then times on all cores, medians over the repeats after a warm-up:
 * (a) Phase-Gradient-Stack, every tile of grad_az, grad_rg, grad_count, from a freshly opened
 * stack; (b) the same chain with DL-Detect (LANDSLIDE) on its gradient bands, its detection and
 * every tile of the gradient bands and detection_id, and (b') the same with the interferograms
 * carried to DL-Detect, which then tests each blob on them (as in graphs/detect.xml); (c)
 * DL-Detect alone on the gradient stack written to disk; (d) DL-Detect SUBSIDENCE on the stack
 * without its gradient stack (bowls in the fringes); (e) the chain of graphs/detect-subsidence.xml:
 * Phase-Gradient-Stack and DL-Detect SUBSIDENCE on it and the interferograms (bowls in the gradient
 * stack, dated by the interferograms), every tile of the gradient bands and detection_id. The
 * chains' process CPU seconds are printed beside their wall time: what detection adds in work,
 * which other load on the machine distorts less.
 */
public final class DetectBenchmark {

  private static final double NO_BOWL_SCORE = 0.6;

  private DetectBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments(
        "bench/detect.sh [width height interferograms repeats warmups]", args)));
  }

  private static void run(BenchArguments args) throws Exception {
    int width = args.positive(0, "width", 1024);
    int height = args.positive(1, "height", 1024);
    int ifgs = args.positive(2, "interferograms", 32);
    int repeats = args.positive(3, "repeats", 3);
    int warmups = args.atLeast(4, "warmups", 0, 3);
    Path dir = Files.createTempDirectory("dlinsar-detect-bench");
    File stackFile = dir.resolve("bench_stack.dim").toFile();
    File gradientFile = dir.resolve("bench_grad.dim").toFile();
    try {
      SyntheticStack.write(stackFile, width, height, ifgs);
      writeGradients(stackFile, gradientFile);
      double megapixels = width * (double) height / 1e6;
      double[] stack = new double[repeats];
      double[] chain = new double[repeats];
      double[] chainWithout = new double[repeats];
      double[] alone = new double[repeats];
      double[] subsidence = new double[repeats];
      double[] bowlChain = new double[repeats];
      double[] noBowlChain = new double[repeats];
      double[] network = new double[repeats];
      double[] ddnet = new double[repeats];
      double[][] cpu = new double[5][repeats]; // the five chains' process CPU seconds
      for (int r = 0; r < warmups; r++) {
        gradientStack(stackFile);
        stackAndDetect(stackFile, "LANDSLIDE", true);
        stackAndDetect(stackFile, "LANDSLIDE", false);
        detectAlone(gradientFile, "LANDSLIDE");
        detectAlone(stackFile, "SUBSIDENCE");
        stackAndDetect(stackFile, "SUBSIDENCE", true);
        stackAndDetect(stackFile, withoutBowls(), true);
        detectByNetwork(gradientFile, "LANDSLIDE");
        detectByNetwork(stackFile, "SUBSIDENCE");
      }
      for (int r = 0; r < repeats; r++) {
        stack[r] = onCpu(() -> gradientStack(stackFile), cpu[0], r);
        chain[r] = onCpu(() -> stackAndDetect(stackFile, "LANDSLIDE", true), cpu[1], r);
        chainWithout[r] = onCpu(() -> stackAndDetect(stackFile, "LANDSLIDE", false), cpu[2], r);
        alone[r] = detectAlone(gradientFile, "LANDSLIDE");
        subsidence[r] = detectAlone(stackFile, "SUBSIDENCE");
        bowlChain[r] = onCpu(() -> stackAndDetect(stackFile, "SUBSIDENCE", true), cpu[3], r);
        noBowlChain[r] = onCpu(() -> stackAndDetect(stackFile, withoutBowls(), true), cpu[4], r);
        network[r] = detectByNetwork(gradientFile, "LANDSLIDE");
        ddnet[r] = detectByNetwork(stackFile, "SUBSIDENCE");
      }
      double a = median(stack);
      double b = median(chain);
      System.out.printf(Locale.ROOT, "stack %dx%d, %d interferograms, %d threads, medians of %d after %d warm-up rounds%n",
          width, height, ifgs, org.dlinsar.lite.Parallelism.threads(), repeats, warmups);
      System.out.printf(Locale.ROOT, "  Phase-Gradient-Stack              : %7.3f s%n", a);
      double c = median(chainWithout);
      System.out.printf(Locale.ROOT, "  Phase-Gradient-Stack + DL-Detect  : %7.3f s  (detection adds %.1f %%; goal < 10 %%; fastest runs: %.3f against %.3f s, %.1f %%)%n",
          c, 100 * (c - a) / a, min(chainWithout), min(stack), 100 * (min(chainWithout) - min(stack)) / min(stack));
      System.out.printf(Locale.ROOT, "    with the atmosphere test on the interferograms: %7.3f s  (adds %.1f %%)%n",
          b, 100 * (b - a) / a);
      System.out.printf(Locale.ROOT, "    in CPU seconds: the stack %.3f, DL-Detect adds %.1f %%, with the atmosphere test %.1f %%"
          + " (least of each chain: %.3f, %.1f %%, %.1f %%)%n",
          median(cpu[0]), added(cpu[2], cpu[0]), added(cpu[1], cpu[0]), min(cpu[0]),
          leastAdded(cpu[2], cpu[0]), leastAdded(cpu[1], cpu[0]));
      System.out.printf(Locale.ROOT, "  DL-Detect LANDSLIDE alone, on the written gradient stack: %7.3f s = %.0f ms per megapixel%n",
          median(alone), 1000 * median(alone) / megapixels);
      System.out.printf(Locale.ROOT, "  DL-Detect LANDSLIDE method=DL alone, on the written gradient stack: %7.3f s = %.2f Mpx/s (goal >= 5)%n",
          median(network), megapixels / median(network));
      System.out.printf(Locale.ROOT, "  DL-Detect SUBSIDENCE in the fringes (no gradient stack): %7.3f s = %.0f ms per interferogram (%.0f ms per megapixel and interferogram)%n",
          median(subsidence), 1000 * median(subsidence) / ifgs, 1000 * median(subsidence) / ifgs / megapixels);
      double e = median(bowlChain);
      System.out.printf(Locale.ROOT, "  Phase-Gradient-Stack + DL-Detect SUBSIDENCE (%d bowls in the gradient stack, dated in the interferograms): %7.3f s  (detection adds %.1f %%; %.0f ms per megapixel and interferogram)%n",
          bowlsFound(stackFile), e, 100 * (e - a) / a, 1000 * (e - a) / ifgs / megapixels);
      double f = median(noBowlChain);
      System.out.printf(Locale.ROOT, "    the same where the stack holds no bowl (minScore %.1f: the noise stack's bowls score less):"
          + " %7.3f s  (detection adds %.1f %%: the interferograms are read only to date bowls)%n",
          NO_BOWL_SCORE, f, 100 * (f - a) / a);
      System.out.printf(Locale.ROOT, "    in CPU seconds: DL-Detect SUBSIDENCE adds %.1f %%, where the stack holds no bowl %.1f %%"
          + " (least of each chain: %.1f %%, %.1f %%)%n",
          added(cpu[3], cpu[0]), added(cpu[4], cpu[0]), leastAdded(cpu[3], cpu[0]),
          leastAdded(cpu[4], cpu[0]));
      System.out.printf(Locale.ROOT, "  DL-Detect SUBSIDENCE method=DL on the stack: %7.3f s = %.2f Mpx x interferograms per s (goal >= 1)%n",
          median(ddnet), megapixels * ifgs / median(ddnet));
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void writeGradients(File stackFile, File gradientFile) throws Exception {
    Product source = ProductIO.readProduct(stackFile);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, source);
    Product selected = GPF.createProduct("BandSelect",
        Map.of("sourceBands", new String[] {"grad_az", "grad_rg", "grad_count", "grad_stderr"}),
        gradients);
    ProductIO.writeProduct(selected, gradientFile, "BEAM-DIMAP", false);
    source.dispose();
  }

  /** The chains are timed alike: from opening the stack to the last tile pulled. */
  private static double gradientStack(File stackFile) throws Exception {
    long start = System.nanoTime();
    Product source = ProductIO.readProduct(stackFile);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, source);
    TilePull.seconds(gradients, bands(gradients, "grad_az", "grad_rg", "grad_count"));
    double seconds = (System.nanoTime() - start) / 1e9;
    gradients.dispose();
    source.dispose();
    return seconds;
  }

  /**
   * Phase-Gradient-Stack then DL-Detect in {@code mode} on it, the interferograms carried along
   * (as graphs/detect.xml and detect-subsidence.xml run it) or not (the gradient bands alone).
   */
  private static double stackAndDetect(File stackFile, String mode, boolean interferograms)
      throws Exception {
    return stackAndDetect(stackFile, mode(mode), interferograms);
  }

  /** As above, with DL-Detect's {@code parameters}. */
  private static double stackAndDetect(File stackFile, Map<String, Object> parameters,
      boolean interferograms) throws Exception {
    long start = System.nanoTime();
    Product source = ProductIO.readProduct(stackFile);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, source);
    Product input = interferograms ? gradients : GPF.createProduct("BandSelect",
        Map.of("sourceBands", new String[] {"grad_az", "grad_rg", "grad_count"}), gradients);
    Product detected = GPF.createProduct("DL-Detect", parameters, input);
    TilePull.seconds(detected, bands(detected, "grad_az", "grad_rg", "grad_count", "detection_id"));
    double seconds = (System.nanoTime() - start) / 1e9;
    detected.dispose();
    gradients.dispose();
    source.dispose();
    return seconds;
  }

  /** The bowls the SUBSIDENCE chain reports on the noise stack: each is dated in every interferogram. */
  private static int bowlsFound(File stackFile) throws Exception {
    Product source = ProductIO.readProduct(stackFile);
    Product gradients = GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, source);
    Product detected = GPF.createProduct("DL-Detect", mode("SUBSIDENCE"), gradients);
    TilePull.seconds(detected, bands(detected, "detection_id"));
    int bowls = detected.getMetadataRoot().getElement(DetectionsMetadata.ELEMENT).getNumElements();
    detected.dispose();
    gradients.dispose();
    source.dispose();
    return bowls;
  }

  /**
   * SUBSIDENCE at a minScore above every bowl the noise stack holds (it holds a few near 0.5, as
   * any frame of noise may): the cost on the frames of a monitored area where nothing subsides.
   */
  private static Map<String, Object> withoutBowls() {
    Map<String, Object> parameters = mode("SUBSIDENCE");
    parameters.put("minScore", NO_BOWL_SCORE);
    return parameters;
  }

  /** DL-Detect alone in {@code mode} on a written product, to its detection_id band. */
  private static double detectAlone(File product, String mode) throws Exception {
    long start = System.nanoTime();
    Product source = ProductIO.readProduct(product);
    Product detected = GPF.createProduct("DL-Detect", mode(mode), source);
    TilePull.seconds(detected, bands(detected, "detection_id"));
    double seconds = (System.nanoTime() - start) / 1e9;
    detected.dispose();
    source.dispose();
    return seconds;
  }

  /** DL-Detect with method DL (the bundled network of the mode) on a written product. */
  private static double detectByNetwork(File product, String mode) throws Exception {
    long start = System.nanoTime();
    Product source = ProductIO.readProduct(product);
    Map<String, Object> parameters = mode(mode);
    parameters.put("method", "DL");
    parameters.put("provider", "CPU");
    Product detected = GPF.createProduct("DL-Detect", parameters, source);
    TilePull.seconds(detected, bands(detected, "detection_id"));
    double seconds = (System.nanoTime() - start) / 1e9;
    detected.dispose();
    source.dispose();
    return seconds;
  }

  private static Map<String, Object> mode(String mode) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("mode", mode);
    parameters.put("method", "CLASSICAL");
    return parameters;
  }

  private static List<Band> bands(Product product, String... names) {
    return Arrays.stream(names).map(product::getBand).toList();
  }

  /** Runs {@code run}, whose wall seconds it returns, and keeps the process's CPU seconds in cpu[r]. */
  private static double onCpu(Callable<Double> run, double[] cpu, int r) throws Exception {
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long start = os.getProcessCpuTime();
    double wall = run.call();
    cpu[r] = (os.getProcessCpuTime() - start) / 1e9;
    return wall;
  }

  /** What the chain's median adds to the stack's, per cent. */
  private static double added(double[] chain, double[] stack) {
    return 100 * (median(chain) - median(stack)) / median(stack);
  }

  /**
   * As {@link #added} from each chain's least CPU seconds over the runs: the JIT compiler, the
   * collector and contention for the cores only add to a run's CPU seconds, so the least is the
   * steadier figure.
   */
  private static double leastAdded(double[] chain, double[] stack) {
    return 100 * (min(chain) - min(stack)) / min(stack);
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
