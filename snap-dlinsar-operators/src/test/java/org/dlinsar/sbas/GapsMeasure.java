package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.TruthTile;
import org.dlinsar.unwrap.PhaseUnwrapper;
import org.dlinsar.unwrap.UnwrappedComponents;
import org.dlinsar.unwrap.Unwrappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a check (README, Local-SBAS, "Regions behind a gap"): per interferogram and
 * site patch, the regions (connected components of the unwrapped phase) that masked pixels
 * separate from the component holding most of the reference ring's stable pixels, and whether
 * their whole-cycle offset against the simulator's noise-free unwrapped phase differs from that
 * component's; then Local-SBAS's velocities against the true ones over the patches' pixels truly
 * coherent in half the pairs, with the pipeline as built ({@code none}) and with variants of
 * tying the components to the ring ({@code main}: only the ring's main component kept;
 * {@code bridge}: others shifted onto their own ring part, those without one masked;
 * {@code bridgekeep}: the same, those without one kept, as {@link RingComponents} does). Pixels of
 * estimated coherence below 0.3 are masked, as DL-Mask's threshold does; {@code gaps.river=W}
 * adds a decorrelated river W pixels wide (noise phase and coherence, or with
 * {@code gaps.nodata=true} no data) straight across each patch through its site's box.
 *
 * <pre>bench/gaps.sh mining 5100031 10 12 false none</pre>
 * (which runs this class through Maven with {@code -Ddlinsar.measureGaps=true} and the
 * {@code gaps.*} properties).
 */
@EnabledIfSystemProperty(named = "dlinsar.measureGaps", matches = "true")
class GapsMeasure {

  static final int MARGIN = 32;
  static final float MASK = 0.3f;
  static final double TWO_PI = 2 * Math.PI;
  static final boolean NO_DATA = Boolean.getBoolean("gaps.nodata");

  @Test
  void measure() {
    String preset = System.getProperty("gaps.preset", "mining");
    long from = Long.getLong("gaps.from", 5100001);
    int count = Integer.getInteger("gaps.count", 10);
    int river = Integer.getInteger("gaps.river", 0);
    String modes = System.getProperty("gaps.modes", "none,main,bridge");
    Stats regions = new Stats();
    Map<String, List<Double>> errors = new HashMap<>();
    Map<String, List<Double>> peaks = new HashMap<>();
    Map<String, int[]> pixels = new HashMap<>();
    Map<String, List<Double>> common = new HashMap<>();
    for (long seed = from; seed < from + count; seed++) {
      Scene scene = ScenePresets.named(preset, seed);
      StackSimulator sim = new StackSimulator(scene);
      SbasNetwork network = SbasNetwork.of(sim.pairs());
      for (Site site : sim.sites()) {
        Map<String, float[]> velocities = new HashMap<>();
        PixelBox patch = site.box().grownWithin(MARGIN, scene.width(), scene.height());
        List<PixelBox> others = SimulatedPatches.otherBoxes(sim.sites(), site);
        boolean[] ring = ReferenceRing.of(patch, site.box(), others, MARGIN / 2);
        TruthTile truth = sim.truth(patch);
        int w = patch.width();
        int h = patch.height();
        int n = w * h;
        Random rnd = new Random(seed * 1000 + site.id());
        boolean[] riverPx = river > 0 ? river(patch, site, river, rnd) : new boolean[n];
        PatchStack base = masked(SimulatedPatches.wrapped(sim, patch), riverPx, rnd);
        // per pair: how the plain unwrapper's separated regions sit against the truth
        for (int p = 0; p < sim.pairs().size(); p++) {
          float[] unw = Unwrappers.classical().unwrap(base.phaseRad()[p].clone(),
              weight(base.coherence()[p]), w, h);
          float[] tru = sim.unwrappedPhaseRad(p, patch);
          byte[] mask = truth.mask(p);
          for (int i = 0; i < n; i++) {
            if (riverPx[i]) {
              mask[i] = 0;
            }
          }
          regions.add(unw, tru, mask, base.coherence()[p], ring, w, h);
        }
        for (String mode : modes.split(",")) {
          PhaseUnwrapper unwrapper = mode.equals("none") ? Unwrappers.classical()
              : new RingConnected(Unwrappers.classical(), ring, mode.startsWith("bridge"), mode.equals("bridgekeep"));
          PatchSbas sbas = new PatchSbas(new SbasInversion(network, scene.radar().wavelengthMetres(),
              network.pairCount() / 2), unwrapper);
          PatchResult r = sbas.run(copy(base), site.box(), others, MARGIN / 2);
          velocities.put(mode, r.velocityMmPerYear());
          double ringMedian = SimulatedPatches.ringMedian(truth.velocityMmPerYear(), ring);
          int[] px = pixels.computeIfAbsent(mode, k -> new int[2]);
          for (int i = 0; i < n; i++) {
            int coherentPairs = 0;
            for (int p = 0; p < sim.pairs().size(); p++) {
              coherentPairs += riverPx[i] ? 0 : truth.mask(p)[i];
            }
            if (coherentPairs * 2 < sim.pairs().size()) {
              continue;
            }
            px[0]++;
            float v = r.velocityMmPerYear()[i];
            if (Float.isNaN(v)) {
              continue;
            }
            px[1]++;
            errors.computeIfAbsent(mode, k -> new ArrayList<>())
                .add((double) Math.abs(v - (truth.velocityMmPerYear()[i] - ringMedian)));
          }
          if (SimulatedPatches.coherentPeak(sim, site)) {
            int peak = (site.peakY() - patch.y0()) * w + (site.peakX() - patch.x0());
            float v = r.velocityMmPerYear()[peak];
            peaks.computeIfAbsent(mode, k -> new ArrayList<>()).add(Float.isNaN(v) ? Double.NaN
                : Math.abs(v - (truth.velocityMmPerYear()[peak] - ringMedian)));
          }
        }
        double ringMedian = SimulatedPatches.ringMedian(truth.velocityMmPerYear(), ring);
        for (int i = 0; i < n; i++) {
          boolean all = true;
          for (float[] v : velocities.values()) {
            all &= !Float.isNaN(v[i]);
          }
          int coherentPairs = 0;
          for (int p = 0; p < sim.pairs().size(); p++) {
            coherentPairs += riverPx[i] ? 0 : truth.mask(p)[i];
          }
          if (!all || coherentPairs * 2 < sim.pairs().size()) {
            continue;
          }
          for (Map.Entry<String, float[]> e : velocities.entrySet()) {
            common.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add((double) Math.abs(e.getValue()[i] - (truth.velocityMmPerYear()[i] - ringMedian)));
          }
        }
      }
    }
    System.out.println("GAPS " + preset + " seeds " + from + "-" + (from + count - 1) + " river " + river + (NO_DATA ? " no data" : " noise"));
    System.out.println("GAPS regions " + regions);
    for (String mode : modes.split(",")) {
      List<Double> e = errors.get(mode);
      double[] v = e.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      List<Double> pk = peaks.getOrDefault(mode, List.of());
      double[] pv = pk.stream().filter(d -> !d.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
      long over20 = Arrays.stream(v).filter(d -> d > 20).count();
      System.out.printf(Locale.ROOT, "GAPS sbas %s: pixels coherent %d, with velocity %d (%.3f); "
          + "median err %.2f, p90 %.2f, p99 %.2f, >20 mm/yr %.4f; peaks %d (NaN %d) median %.2f p90 %.2f max %.1f%n",
          mode, pixels.get(mode)[0], pixels.get(mode)[1], pixels.get(mode)[1] / (double) pixels.get(mode)[0],
          q(v, 0.5), q(v, 0.9), q(v, 0.99), over20 / (double) v.length, pk.size(), pk.size() - pv.length,
          q(pv, 0.5), q(pv, 0.9), pv.length == 0 ? Double.NaN : pv[pv.length - 1]);
      double[] c = common.get(mode).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "GAPS common %s: %d pixels, median %.2f, p90 %.2f, p99 %.2f, >20 mm/yr %.4f%n",
          mode, c.length, q(c, 0.5), q(c, 0.9), q(c, 0.99), Arrays.stream(c).filter(d -> d > 20).count() / (double) c.length);
    }
  }

  static double q(double[] sorted, double f) {
    return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(f * sorted.length))];
  }

  /** A straight strip of the given width across the patch, through a random point of the site's box. */
  static boolean[] river(PixelBox patch, Site site, int width, Random rnd) {
    int w = patch.width();
    int h = patch.height();
    double px = site.box().x0() + rnd.nextDouble() * site.box().width() - patch.x0();
    double py = site.box().y0() + rnd.nextDouble() * site.box().height() - patch.y0();
    double angle = rnd.nextDouble() * Math.PI;
    double nx = -Math.sin(angle);
    double ny = Math.cos(angle);
    boolean[] out = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = Math.abs((x - px) * nx + (y - py) * ny) < width / 2.0;
      }
    }
    return out;
  }

  /** Decorrelates the river (noise phase, coherence of noise) and masks coherence below 0.3 as DL-Mask's threshold. */
  static PatchStack masked(PatchStack in, boolean[] riverPx, Random rnd) {
    float[][] ph = in.phaseRad();
    float[][] coh = in.coherence();
    for (int p = 0; p < ph.length; p++) {
      for (int i = 0; i < ph[p].length; i++) {
        if (riverPx[i] && NO_DATA) {
          ph[p][i] = Float.NaN;
          coh[p][i] = 0;
        } else if (riverPx[i]) {
          ph[p][i] = (float) ((rnd.nextDouble() * 2 - 1) * Math.PI);
          coh[p][i] = (float) (0.02 + 0.23 * rnd.nextDouble());
        }
        if (coh[p][i] < MASK) {
          coh[p][i] = 0;
        }
      }
    }
    return in;
  }

  static PatchStack copy(PatchStack in) {
    float[][] ph = new float[in.phaseRad().length][];
    float[][] coh = new float[ph.length][];
    for (int p = 0; p < ph.length; p++) {
      ph[p] = in.phaseRad()[p].clone();
      coh[p] = in.coherence()[p].clone();
    }
    return new PatchStack(in.box(), ph, coh, in.unwrapped(), in.elevationMetres());
  }

  static float[] weight(float[] coherence) {
    float[] out = new float[coherence.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = coherence[i] > 0 ? Math.min(coherence[i], 1f) : 0f;
    }
    return out;
  }

  /** UnwrappedComponents' labels (-1 for NaN), and in {@code countOut[0]} how many there are. */
  static int[] components(float[] unw, int w, int h, int[] countOut) {
    UnwrappedComponents components = UnwrappedComponents.of(unw, w, h);
    countOut[0] = components.count();
    return components.label();
  }

  /** The component holding most of the ring's stable coherent pixels (else most ring pixels); -1 when none. */
  static int mainComponent(int[] label, int count, boolean[] ring, float[] weight) {
    int[] stable = new int[count];
    int[] any = new int[count];
    for (int i = 0; i < label.length; i++) {
      if (ring[i] && label[i] >= 0) {
        any[label[i]]++;
        if (weight[i] >= ReferenceRing.STABLE_COHERENCE) {
          stable[label[i]]++;
        }
      }
    }
    int best = -1;
    for (int c = 0; c < count; c++) {
      if (best < 0 || stable[c] > stable[best] || (stable[c] == stable[best] && any[c] > any[best])) {
        best = c;
      }
    }
    return best < 0 || any[best] == 0 ? -1 : best;
  }

  /** Per pair, NaN outside the ring's main component, or (bridge) others shifted by whole cycles onto its ring's still ground. */
  static final class RingConnected implements PhaseUnwrapper {
    final PhaseUnwrapper inner;
    final boolean[] ring;
    final boolean bridge;
    final boolean keep;

    RingConnected(PhaseUnwrapper inner, boolean[] ring, boolean bridge, boolean keep) {
      this.inner = inner;
      this.ring = ring;
      this.bridge = bridge;
      this.keep = keep;
    }

    @Override
    public float[] unwrap(float[] phase, float[] weight, int width, int height) {
      float[] out = inner.unwrap(phase, weight, width, height);
      int[] cnt = new int[1];
      int[] label = components(out, width, height, cnt);
      int main = mainComponent(label, cnt[0], ring, weight);
      double mainMedian = bridge && main >= 0 ? ringMedian(out, label, main, weight) : Double.NaN;
      double[] shift = new double[cnt[0]];
      for (int c = 0; c < cnt[0]; c++) {
        if (c == main) {
          shift[c] = 0;
        } else if (bridge && !Double.isNaN(mainMedian)) {
          double m = ringMedian(out, label, c, weight);
          shift[c] = Double.isNaN(m) ? (keep ? 0 : Double.NaN) : TWO_PI * Math.round((mainMedian - m) / TWO_PI);
        } else {
          shift[c] = Double.NaN;
        }
      }
      for (int i = 0; i < out.length; i++) {
        if (label[i] >= 0) {
          out[i] = (float) (out[i] + shift[label[i]]);
        }
      }
      return out;
    }

    double ringMedian(float[] out, int[] label, int c, float[] weight) {
      float[] v = new float[out.length];
      int k = 0;
      for (int i = 0; i < out.length; i++) {
        if (ring[i] && label[i] == c && weight[i] >= ReferenceRing.STABLE_COHERENCE) {
          v[k++] = out[i];
        }
      }
      if (k < ReferenceRing.MIN_PIXELS) {
        return Double.NaN;
      }
      Arrays.sort(v, 0, k);
      return v[k / 2];
    }
  }

  /** Regions of a pair's unwrapped patch against the truth. */
  static final class Stats {
    int pairPatches;
    int withSeparated;
    int withSeparatedOff;
    int separatedRegions;
    int separatedOff;
    long separatedPixels;
    long separatedPixelsOff;
    long mainPixels;
    long mainPixelsOff;
    long regionsWithRing;
    long regionsWithRingOff;

    void add(float[] unw, float[] truth, byte[] coherent, float[] coherence, boolean[] ring, int w, int h) {
      pairPatches++;
      int[] cnt = new int[1];
      int[] label = components(unw, w, h, cnt);
      int main = mainComponent(label, cnt[0], ring, weight(coherence));
      if (main < 0) {
        return;
      }
      List<Map<Long, Integer>> votes = new ArrayList<>();
      int[] size = new int[cnt[0]];
      boolean[] touchesRing = new boolean[cnt[0]];
      for (int c = 0; c < cnt[0]; c++) {
        votes.add(new HashMap<>());
      }
      for (int i = 0; i < unw.length; i++) {
        if (label[i] >= 0 && coherent[i] == 1) {
          votes.get(label[i]).merge(Math.round((unw[i] - truth[i]) / TWO_PI), 1, Integer::sum);
          size[label[i]]++;
          touchesRing[label[i]] |= ring[i];
        }
      }
      long k0 = mode(votes.get(main));
      for (int i = 0; i < unw.length; i++) {
        if (label[i] == main && coherent[i] == 1) {
          mainPixels++;
          mainPixelsOff += Math.round((unw[i] - truth[i]) / TWO_PI) != k0 ? 1 : 0;
        }
      }
      boolean any = false;
      boolean anyOff = false;
      for (int c = 0; c < cnt[0]; c++) {
        if (c == main || size[c] < 10) {
          continue;
        }
        any = true;
        separatedRegions++;
        separatedPixels += size[c];
        boolean off = mode(votes.get(c)) != k0;
        if (touchesRing[c]) {
          regionsWithRing++;
          regionsWithRingOff += off ? 1 : 0;
        }
        if (off) {
          anyOff = true;
          separatedOff++;
          separatedPixelsOff += size[c];
        }
      }
      withSeparated += any ? 1 : 0;
      withSeparatedOff += anyOff ? 1 : 0;
    }

    static long mode(Map<Long, Integer> v) {
      return v.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "pair-patches %d, with a separated region (>=10 coherent px) %d,"
          + " with one off by cycles %d; separated regions %d, off %d (touching the ring %d, off %d);"
          + " coherent px in separated regions %d, off %d; main component px %d, off %d (%.4f)",
          pairPatches, withSeparated, withSeparatedOff, separatedRegions, separatedOff, regionsWithRing,
          regionsWithRingOff, separatedPixels, separatedPixelsOff, mainPixels, mainPixelsOff,
          mainPixelsOff / (double) Math.max(1, mainPixels));
    }
  }
}
