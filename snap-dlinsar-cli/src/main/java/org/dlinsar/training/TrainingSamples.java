package org.dlinsar.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.dlinsar.ifg.Pair;
import org.dlinsar.ifg.PhasorPlanes;
import org.dlinsar.mask.CoherenceMasker;
import org.dlinsar.mask.MaskInputs;
import org.dlinsar.mask.OtsuThreshold;
import org.dlinsar.sim.DecorrelationSpec;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;
import org.dlinsar.unwrap.UnwrapInput;
import org.dlinsar.unwrap.Unwrappers;

/**
 * The records of one simulated scene: its stack and truth simulated once, cut per pair.
 *
 * <p>SUBSIDENCE records teach where a bowl deforms the interferogram: by {@value #BOWL_RAD} rad
 * or more over the pair (about a twelfth of a fringe, what a bowl must reach to stand out of the
 * phase noise over its width). Pixels of a bowl deformed less, but by a tenth of that or more,
 * and pixels a landslide deforms by as much, are not taught (valid 0): neither bowl nor
 * background.
 */
final class TrainingSamples {

  /** Deformation phase over the pair at and above which a bowl's pixel is a target, radians. */
  static final double BOWL_RAD = 0.5;

  private final StackSimulator sim;
  private final TrainingSetSpec spec;
  private final StackTile stack;
  private final TruthTile truth;

  TrainingSamples(StackSimulator sim, TrainingSetSpec spec) {
    this.sim = sim;
    this.spec = spec;
    PixelBox box = PixelBox.of(0, 0, sim.scene().width(), sim.scene().height());
    this.stack = sim.simulate(box);
    this.truth = sim.truth(box);
  }

  /** {@code count} pair indices of the scene, drawn without repeats from its seed, ascending. */
  static List<Integer> pairsOf(StackSimulator sim, int count) {
    List<Integer> all = new ArrayList<>();
    for (int p = 0; p < sim.pairs().size(); p++) {
      all.add(p);
    }
    SplittableRandom random = new SplittableRandom(sim.scene().seed());
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      chosen.add(all.remove(random.nextInt(all.size())));
    }
    chosen.sort(null);
    return chosen;
  }

  List<TrainingSetWriter.Sample> of(List<Integer> pairs) {
    List<TrainingSetWriter.Sample> samples = new ArrayList<>();
    for (int p : pairs) {
      samples.add(sample(p));
    }
    return samples;
  }

  private TrainingSetWriter.Sample sample(int p) {
    float[] re = stack.real(p);
    float[] im = stack.imaginary(p);
    float[] coh = stack.coherence(p);
    int n = re.length;
    byte[] otsu = new byte[n];
    CoherenceMasker.mask(coh, re, im, OtsuThreshold.threshold(coh), otsu);
    byte[] terrain = truth.terrainClass();
    byte[] trueMask = truth.mask(p);
    if (spec.task() == TrainingTask.MASK) {
      float[][] planes = new float[MaskInputs.CHANNELS.size()][n];
      MaskInputs.fill(re, im, coh, MaskInputs.logAmplitudeReference(re, im), planes);
      return new TrainingSetWriter.Sample(planes, trueMask, null, trueMask, terrain,
          spec.baselines() ? otsu : null, null, describe(p));
    }
    if (spec.task() == TrainingTask.SUBSIDENCE) {
      return subsidenceSample(p, re, im, coh, otsu, terrain);
    }
    float[][] planes = new float[PhasorPlanes.CHANNELS.size()][n];
    PhasorPlanes.fill(re, im, coh, null, planes);
    PixelBox box = stack.box();
    float[] classical = spec.baselines() ? classicalUnwrap(re, im, coh, otsu, box) : null;
    return new TrainingSetWriter.Sample(planes, null, sim.unwrappedPhaseRad(p, box), trueMask,
        terrain, null, classical, describe(p));
  }

  /**
   * The phasor (cos, sin) behind Otsu's mask, as DL-Detect reads a masked stack, and the
   * coherence; the bowls' deformation over the pair as target.
   */
  private TrainingSetWriter.Sample subsidenceSample(int p, float[] re, float[] im, float[] coh,
      byte[] otsu, byte[] terrain) {
    int n = re.length;
    float[][] planes = new float[PhasorPlanes.CHANNELS.size()][n];
    PhasorPlanes.fill(re, im, coh, otsu, planes);
    Pair pair = sim.pairs().get(p);
    float[] before = truth.displacementMm(sim.dates().indexOf(pair.reference()));
    float[] after = truth.displacementMm(sim.dates().indexOf(pair.secondary()));
    int[] site = truth.siteId();
    Set<Integer> bowls = new HashSet<>();
    sim.sites().stream().filter(b -> b.siteClass() == SiteClass.SUBSIDENCE)
        .forEach(b -> bowls.add(b.id()));
    double phasePerMm = Math.abs(sim.scene().radar().phasePerMm());
    byte[] bowl = new byte[n];
    byte[] taught = new byte[n];
    for (int i = 0; i < n; i++) {
      double phase = phasePerMm * Math.abs(after[i] - before[i]);
      boolean isBowl = bowls.contains(site[i]);
      bowl[i] = (byte) (isBowl && phase >= BOWL_RAD ? 1 : 0);
      boolean unsure = phase >= BOWL_RAD / 10 && (!isBowl || phase < BOWL_RAD);
      taught[i] = (byte) (unsure ? 0 : 1);
    }
    return new TrainingSetWriter.Sample(planes, bowl, null, taught, terrain, null, null,
        describe(p));
  }

  /** What DL-Unwrap's classical method gives this interferogram behind DL-Mask's Otsu mask. */
  private static float[] classicalUnwrap(float[] re, float[] im, float[] coh, byte[] otsu,
      PixelBox box) {
    int n = re.length;
    float[] mask = new float[n];
    for (int i = 0; i < n; i++) {
      mask[i] = otsu[i];
    }
    float[] phase = new float[n];
    float[] weight = new float[n];
    UnwrapInput.of(re, im, coh, mask, 0f, phase, weight);
    return Unwrappers.classical().unwrap(phase, weight, box.width(), box.height());
  }

  private String describe(int p) {
    Pair pair = sim.pairs().get(p);
    DecorrelationSpec d = sim.scene().decorrelation();
    return String.format(Locale.ROOT, "%d,%s,%s_%s,%d,%.3f,%.3f,%.0f", sim.scene().seed(),
        sim.scene().name(), pair.reference(), pair.secondary(), pair.spanDays(),
        d.vegetationFraction(), d.vegetationGamma0(), d.vegetationPatchMetres());
  }
}
