package org.dlinsar.sbas;

import java.util.Arrays;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.Site;
import org.dlinsar.sim.StackSimulator;
import org.dlinsar.sim.StackTile;
import org.dlinsar.sim.TruthTile;

/**
 * Patches of a simulated stack and their truth, for tests: the wrapped phase and coherence as the
 * operator reads them, and the truth's displacements, velocity and masks.
 */
final class SimulatedPatches {

  private SimulatedPatches() {}

  /** A patch's wrapped interferograms, NaN / 0 where the simulator wrote no data. */
  static PatchStack wrapped(StackSimulator sim, PixelBox box) {
    StackTile tile = sim.simulate(box);
    int pairs = sim.pairs().size();
    int n = box.width() * box.height();
    float[][] phase = new float[pairs][n];
    float[][] coherence = new float[pairs][n];
    for (int p = 0; p < pairs; p++) {
      for (int i = 0; i < n; i++) {
        float c = tile.coherence(p)[i];
        boolean noData = c == 0 || (tile.real(p)[i] == 0 && tile.imaginary(p)[i] == 0);
        phase[p][i] = noData ? Float.NaN : (float) tile.phase(p, i);
        coherence[p][i] = noData ? 0 : c;
      }
    }
    return new PatchStack(box, phase, coherence, false, tile.elevation());
  }

  /**
   * The patch unwrapped by an oracle: the true deformation phase plus the wrapped remainder
   * (atmosphere and noise), so only what the remainder wraps is left to the pipeline.
   */
  static PatchStack oracleUnwrapped(StackSimulator sim, PixelBox box) {
    PatchStack wrapped = wrapped(sim, box);
    TruthTile truth = sim.truth(box);
    double phasePerMm = sim.scene().radar().phasePerMm();
    int n = box.width() * box.height();
    float[][] phase = wrapped.phaseRad();
    for (int p = 0; p < phase.length; p++) {
      int ref = sim.dates().indexOf(sim.pairs().get(p).reference());
      int sec = sim.dates().indexOf(sim.pairs().get(p).secondary());
      for (int i = 0; i < n; i++) {
        double deformation = phasePerMm
            * (truth.displacementMm(sec)[i] - truth.displacementMm(ref)[i]);
        double rest = phase[p][i] - deformation;
        phase[p][i] = (float) (deformation + Math.IEEEremainder(rest, 2 * Math.PI));
      }
    }
    return new PatchStack(box, phase, wrapped.coherence(), true, wrapped.elevationMetres());
  }

  /** Median of a truth array over the ring. */
  static double ringMedian(float[] values, boolean[] ring) {
    double[] in = new double[ring.length];
    int k = 0;
    for (int i = 0; i < ring.length; i++) {
      if (ring[i]) {
        in[k++] = values[i];
      }
    }
    Arrays.sort(in, 0, k);
    return k == 0 ? 0 : k % 2 == 1 ? in[k / 2] : 0.5 * (in[k / 2 - 1] + in[k / 2]);
  }

  /** True when the site's peak is truly coherent in at least half the pairs. */
  static boolean coherentPeak(StackSimulator sim, Site site) {
    TruthTile t = sim.truth(PixelBox.of(site.peakX(), site.peakY(), 1, 1));
    int coherent = 0;
    for (int p = 0; p < sim.pairs().size(); p++) {
      coherent += t.mask(p)[0];
    }
    return coherent * 2 >= sim.pairs().size();
  }

  /** The other sites' boxes. */
  static List<PixelBox> otherBoxes(List<Site> sites, Site site) {
    return sites.stream().filter(s -> s != site).map(Site::box).toList();
  }
}
