package org.dlinsar.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.inference.ModelSession;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.Unwrappers;

/**
 * DL-Unwrap's method DL (the network checked by the classical unwrapper) against the network
 * alone and the classical unwrapper, on an unwrapping set of {@code bin/dlinsar training-set --task
 * unwrap --baselines} (its {@code inputs}, {@code target}, {@code valid} and {@code baseline}
 * arrays): the share of truly coherent pixels within pi of the truth after the commonest
 * whole-cycle offset, by fringe density and coherence, on the pixels the classical baseline
 * unwraps, as {@code train_unwrap.py} scores the network for its card.
 *
 * <p>Usage: {@code UnwrapHeldOut <set folder> [model]} (model: a bundled name or an ONNX file with
 * its card; default the bundled {@code punet-unwrap}).
 */
public final class UnwrapHeldOut {

  private UnwrapHeldOut() {}

  public static void main(String[] args) throws IOException {
    Path set = Path.of(args[0]);
    ModelSession session = UnwrapBenchmark.unwrapSession(args.length > 1 ? args[1] : "punet-unwrap");
    Map<String, PhaseUnwrapper> methods = new LinkedHashMap<>();
    methods.put("network alone", Unwrappers.networkAlone(session));
    methods.put("DL (checked)", Unwrappers.network(session));
    Npy inputs = Npy.open(set.resolve("inputs.npy"));
    Npy target = Npy.open(set.resolve("target.npy"));
    Npy valid = Npy.open(set.resolve("valid.npy"));
    Npy baseline = Npy.open(set.resolve("baseline.npy"));
    int records = inputs.shape[0];
    int h = inputs.shape[2];
    int w = inputs.shape[3];
    int n = w * h;
    Map<String, Map<String, long[]>> tiers = new LinkedHashMap<>();
    for (int r = 0; r < records; r++) {
      float[] cos = inputs.floats((long) (r * 3) * n, n);
      float[] sin = inputs.floats((long) (r * 3 + 1) * n, n);
      float[] coherence = inputs.floats((long) (r * 3 + 2) * n, n);
      float[] truth = target.floats((long) r * n, n);
      byte[] coherent = valid.bytes((long) r * n, n);
      float[] classical = baseline.floats((long) r * n, n);
      float[] phase = new float[n];
      float[] weight = new float[n];
      boolean[] scored = new boolean[n];
      for (int i = 0; i < n; i++) {
        phase[i] = Float.isNaN(cos[i]) ? Float.NaN : (float) Math.atan2(sin[i], cos[i]);
        weight[i] = Float.isNaN(classical[i]) ? 0f : coherence[i];
        scored[i] = coherent[i] == 1 && !Float.isNaN(classical[i]);
      }
      String density = density(truth, coherent, w, h);
      Map<String, float[]> results = new LinkedHashMap<>();
      results.put("classical", classical);
      for (Map.Entry<String, PhaseUnwrapper> m : methods.entrySet()) {
        results.put(m.getKey(), m.getValue().unwrap(phase, coherence, weight, w, h));
      }
      for (Map.Entry<String, float[]> result : results.entrySet()) {
        add(tiers, "all", result.getKey(), success(result.getValue(), truth, scored, coherence, 0, 2));
        add(tiers, "fringes " + density, result.getKey(), success(result.getValue(), truth, scored, coherence, 0, 2));
        add(tiers, "coherence below 0.5", result.getKey(), success(result.getValue(), truth, scored, coherence, 0, 0.5));
        add(tiers, "coherence 0.5-0.8", result.getKey(), success(result.getValue(), truth, scored, coherence, 0.5, 0.8));
        add(tiers, "coherence 0.8+", result.getKey(), success(result.getValue(), truth, scored, coherence, 0.8, 2));
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d interferograms of %d x %d, model %s%n", set, records, w, h,
        session.card().name());
    System.out.println("| tier | pixels | classical | network alone | DL (checked) |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (Map.Entry<String, Map<String, long[]>> tier : tiers.entrySet()) {
      Map<String, long[]> t = tier.getValue();
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f %% | %.3f %% | %.3f %% |%n", tier.getKey(), t.get("classical")[1],
          share(t.get("classical")), share(t.get("network alone")), share(t.get("DL (checked)")));
    }
  }

  private static double share(long[] counts) {
    return 100.0 * counts[0] / Math.max(1, counts[1]);
  }

  private static void add(Map<String, Map<String, long[]>> tiers, String tier, String method, long[] counts) {
    long[] sum = tiers.computeIfAbsent(tier, k -> new LinkedHashMap<>()).computeIfAbsent(method, k -> new long[2]);
    sum[0] += counts[0];
    sum[1] += counts[1];
  }

  /** Within pi of the truth after the commonest whole-cycle offset, over scored pixels of the coherence range. */
  private static long[] success(float[] unwrapped, float[] truth, boolean[] scored, float[] coherence, double lo,
      double hi) {
    return CycleScore.withinPi(unwrapped, truth, i -> scored[i] && coherence[i] >= lo && coherence[i] < hi);
  }

  /** The tier of the truth's 99th percentile of |row-wise difference| over coherent neighbours. */
  private static String density(float[] truth, byte[] coherent, int w, int h) {
    float[] steps = new float[w * h];
    int count = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x + 1 < w; x++) {
        int i = y * w + x;
        if (coherent[i] == 1 && coherent[i + 1] == 1) {
          steps[count++] = Math.abs(truth[i + 1] - truth[i]);
        }
      }
    }
    if (count == 0) {
      return "below 1 rad/px";
    }
    float[] sorted = Arrays.copyOf(steps, count);
    Arrays.sort(sorted);
    // numpy's percentile: linear between the two nearest ranks
    double rank = 0.99 * (count - 1);
    int below = (int) Math.floor(rank);
    double g = sorted[below] + (rank - below) * (sorted[Math.min(count - 1, below + 1)] - sorted[below]);
    return g < 1 ? "below 1 rad/px" : g < 2 ? "1-2 rad/px" : g < 3 ? "2-3 rad/px" : "3+ rad/px";
  }

  /** A numpy .npy array of little-endian float32 or uint8, C order, read by element range. */
  private record Npy(FileChannel channel, long dataStart, int[] shape, int itemSize) {

    static Npy open(Path file) throws IOException {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(head, 0);
      int major = head.get(6);
      int headerLength = major == 1 ? head.getShort(8) & 0xFFFF : head.getInt(8);
      int start = major == 1 ? 10 : 12;
      ByteBuffer header = ByteBuffer.allocate(headerLength);
      channel.read(header, start);
      String text = new String(header.array(), StandardCharsets.ISO_8859_1);
      Matcher descr = Pattern.compile("'descr':\\s*'([<|])([fu])(\\d)'").matcher(text);
      Matcher shape = Pattern.compile("'shape':\\s*\\(([^)]*)\\)").matcher(text);
      if (!descr.find() || !shape.find() || text.contains("'fortran_order': True")) {
        throw new IOException(file + ": expected a C-order float32 or uint8 array, header " + text.trim());
      }
      int[] dims = Arrays.stream(shape.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .mapToInt(Integer::parseInt).toArray();
      return new Npy(channel, start + headerLength, dims, Integer.parseInt(descr.group(3)));
    }

    float[] floats(long first, int count) throws IOException {
      ByteBuffer buffer = read(first, count);
      float[] out = new float[count];
      buffer.asFloatBuffer().get(out);
      return out;
    }

    byte[] bytes(long first, int count) throws IOException {
      return read(first, count).array();
    }

    private ByteBuffer read(long first, int count) throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate(count * itemSize).order(ByteOrder.LITTLE_ENDIAN);
      long position = dataStart + first * itemSize;
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          throw new IOException("the array ends before element " + (first + count));
        }
      }
      return buffer.flip();
    }
  }
}
