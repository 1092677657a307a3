package org.dlinsar.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelResolver;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.inference.ModelSessions;
import org.dlinsar.inference.ResolvedModel;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.Unwrappers;

/**
 * The classical unwrapper's speed, memory and success per raster size and tile size (issue 10,
 * point 1: at most 5 s per megapixel on 2 cores at 1 and 4 Mpx).
 *
 * <p>Usage: {@code UnwrapBenchmark [sizes tiles repeats seed [models]]} (default:
 * sizes 1024,2048, {@link Unwrappers#CLASSICAL_TILE}, 3 repeats, seed 7): sizes are square raster sides, tiles the tile sides to compare (the
 * overlap is {@link Unwrappers#CLASSICAL_OVERLAP}; a tile of 0 leaves the classical unwrapper out),
 * models the PUNet models to time as DL-Unwrap {@code method=DL} runs them, comma-separated: a
 * bundled model's name or an ONNX file with its card beside it. Simulates the mining preset at that size with three
 * acquisitions 12 days apart and unwraps its 24-day interferogram (the densest fringes), masked
 * below coherence 0.3 as DL-Unwrap's fallback does. Prints per row: wall seconds per megapixel
 * (median over the repeats after one warm-up, all cores), the process's CPU seconds per
 * megapixel (all threads; on a shared machine the fair figure: divide by the cores for the
 * wall time of an idle machine), peak heap above the inputs (MB, garbage included), the
 * share of truly coherent pixels within pi of the simulator's unwrapped phase after one
 * whole-cycle offset, and the load average while it ran.
 */
public final class UnwrapBenchmark {

  private UnwrapBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArguments.run(() -> run(new BenchArguments("bench/unwrap.sh [sizes tiles repeats seed [models]]", args)));
  }

  private static void run(BenchArguments arguments) throws Exception {
    int[] sizes = arguments.positives(0, "sizes", "1024,2048");
    int[] tiles = arguments.positives(1, "tiles", String.valueOf(Unwrappers.CLASSICAL_TILE));
    int repeats = arguments.positive(2, "repeats", 3);
    long seed = arguments.seed(3, "seed", 7);
    System.out.printf(Locale.ROOT, "cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("| raster | Mpx | tile or model | wall s/Mpx (median) | runs, wall s | CPU s/Mpx (median) | peak heap MB | success | load avg |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int size : sizes) {
      Scene scene = ScenePresets.mining(seed).withSize(size, size)
          .withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 3, 2, 0));
      StackSimulator sim = new StackSimulator(scene);
      PixelBox box = PixelBox.of(0, 0, size, size);
      int pair = longestPair(sim);
      StackTile stack = sim.simulate(box);
      TruthTile truth = sim.truth(box);
      float[] truePhase = sim.unwrappedPhaseRad(pair, box);
      int n = size * size;
      float[] phase = new float[n];
      float[] weight = new float[n];
      float[] coherence = stack.coherence(pair);
      for (int i = 0; i < n; i++) {
        phase[i] = (float) stack.phase(pair, i);
        weight[i] = coherence[i] >= 0.3f ? coherence[i] : 0f;
      }
      byte[] mask = truth.mask(pair);
      stack = null;
      truth = null;
      double mpx = n / 1e6;
      java.util.Map<String, PhaseUnwrapper> unwrappers = new java.util.LinkedHashMap<>();
      for (int tile : tiles) {
        if (tile > 0) {
          unwrappers.put(String.valueOf(tile), Unwrappers.classical(tile, Unwrappers.CLASSICAL_OVERLAP));
        }
      }
      for (String model : arguments.given(4) ? arguments.text(4, "models").split(",") : new String[0]) {
        unwrappers.put("DL " + model, network(model));
      }
      for (java.util.Map.Entry<String, PhaseUnwrapper> entry : unwrappers.entrySet()) {
        PhaseUnwrapper unwrapper = entry.getValue();
        unwrapper.unwrap(phase, coherence, weight, size, size);
        double[] seconds = new double[repeats];
        double[] cpu = new double[repeats];
        long peak = 0;
        float[] out = null;
        for (int r = 0; r < repeats; r++) {
          long base = resetPeaks();
          long cpuStart = processCpuNanos();
          long start = System.nanoTime();
          out = unwrapper.unwrap(phase, coherence, weight, size, size);
          seconds[r] = (System.nanoTime() - start) / 1e9;
          cpu[r] = (processCpuNanos() - cpuStart) / 1e9;
          peak = Math.max(peak, peakHeap() - base);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %d x %d | %.2f | %s | %.2f | %s | %.2f | %d | %.4f | %s |%n", size, size, mpx,
            entry.getKey(), sorted[repeats / 2] / mpx, format(seconds), cpu[repeats / 2] / mpx, peak >> 20,
            success(out, truePhase, mask), loadAverage());
      }
    }
  }

  /** DL-Unwrap's network unwrapper on a bundled model (by name) or a model file. */
  private static PhaseUnwrapper network(String model) {
    return Unwrappers.network(unwrapSession(model));
  }

  /** The CPU session of an unwrapping model: a bundled model's name, or an ONNX file with its card beside it. */
  static ModelSession unwrapSession(String model) {
    File file = new File(model);
    ResolvedModel resolved = file.isFile()
        ? ModelResolver.resolve("unwrap", null, file, BundledModels.onClassPath())
        : ModelResolver.resolve("unwrap", model, null, BundledModels.onClassPath());
    return ModelSessions.shared(resolved, ExecutionProvider.CPU);
  }

  private static int longestPair(StackSimulator sim) {
    int best = 0;
    for (int p = 1; p < sim.pairs().size(); p++) {
      if (sim.pairs().get(p).spanDays() > sim.pairs().get(best).spanDays()) {
        best = p;
      }
    }
    return best;
  }

  private static double success(float[] out, float[] truth, byte[] mask) {
    long[] counts = CycleScore.withinPi(out, truth, i -> mask[i] == 1);
    return counts[1] == 0 ? 1 : counts[0] / (double) counts[1];
  }

  /** CPU time of the whole process (all threads, GC included), ns. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long resetPeaks() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static String loadAverage() throws Exception {
    Path proc = Path.of("/proc/loadavg");
    return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "n/a";
  }

  private static String format(double[] seconds) {
    StringBuilder b = new StringBuilder();
    for (double s : seconds) {
      b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", s));
    }
    return b.toString();
  }
}
