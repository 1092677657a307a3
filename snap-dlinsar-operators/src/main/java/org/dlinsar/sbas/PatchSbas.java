package org.dlinsar.sbas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlinsar.ifg.PerpendicularBaselines;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.stats.RobustSpread;
import org.dlinsar.unwrap.PhaseUnwrapper;

/**
 * Local-SBAS of one patch, on arrays: unwrap each interferogram, tie its connected components to
 * the ring's still ground ({@link RingComponents}; around a detection), remove its stratified
 * delay (when the patch has elevation, {@link StratifiedDelay}), reference it to the ring around
 * the detection, correct 2-pi jumps by triplet closure, invert each pixel and, where the stack's
 * perpendicular baselines are known, fit and take out the DEM's error ({@link DemErrorFit}). One
 * instance per thread; the inversion's pattern cache may be shared ({@link
 * SbasInversion#sharingPatterns}).
 *
 * <p>Weights: the inverse phase variance of a pair, gamma^2 / (1 - gamma^2) of its coherence
 * gamma (the Cramer-Rao bound of multilooked phase, up to the number of looks, which cancels),
 * gamma capped at {@value #MAX_COHERENCE} and floored at {@value #MIN_COHERENCE}: a date linked
 * only through a pair of coherence 1e-7 beside one of 0.99 made a pivot of the normal matrix round
 * to 0, and the whole run failed with a line naming no pixel.
 */
public final class PatchSbas {

  static final double MAX_COHERENCE = 0.99;
  /** The least coherence a pair is weighed by: weights within 1e-6 of the largest keep the normal matrix definite. */
  static final double MIN_COHERENCE = 0.01;

  private final SbasInversion inversion;
  private final ClosureCorrection closures;
  private final PhaseUnwrapper unwrapper;
  private final PerpendicularBaselines baselines;
  private final DemErrorFit demErrorFit;

  /**
   * @param inversion this thread's inversion, which fixes the network and the wavelength
   * @param unwrapper unwraps a patch's wrapped phases (not called for unwrapped patches)
   */
  public PatchSbas(SbasInversion inversion, PhaseUnwrapper unwrapper) {
    this(inversion, unwrapper, null);
  }

  /**
   * @param baselines the network's dates' perpendicular baselines and the geometry, {@link
   *     PerpendicularBaselines#known()}, for the DEM error's fit; null for none
   * @throws IllegalArgumentException when they cannot tell a DEM error from motion ({@link
   *     DemErrorFit#whyNot})
   */
  public PatchSbas(SbasInversion inversion, PhaseUnwrapper unwrapper, PerpendicularBaselines baselines) {
    this.inversion = inversion;
    this.closures = new ClosureCorrection(inversion.network());
    this.unwrapper = unwrapper;
    this.baselines = baselines;
    this.demErrorFit = baselines == null ? null : new DemErrorFit(inversion.network().epochYears(),
        baselines.metres());
  }

  /**
   * Runs one patch.
   *
   * @param patch the patch's interferograms; modified (phases unwrapped and referenced in place)
   * @param detection the detection's box, frame pixels; null for a tile of scope FULL
   * @param others other detections' boxes (never in the reference ring)
   * @param gap pixels between the detection's box and its reference ring
   */
  public PatchResult run(PatchStack patch, PixelBox detection, List<PixelBox> others, int gap) {
    // the patch is used up: its coherence arrays are let go pair by pair
    PixelBox box = patch.box();
    int w = box.width();
    int h = box.height();
    int n = w * h;
    int pairs = inversion.network().pairCount();
    float[][] phase = patch.phaseRad();
    float[][] weight = new float[pairs][];
    boolean[] ring = ReferenceRing.of(box, detection, others, gap);
    float[] scratch = new float[n];
    List<Integer> dropped = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    List<Integer> weakReference = new ArrayList<>();
    int droppedUnwrapped = 0;
    for (int p = 0; p < pairs; p++) {
      float[] coh = patch.coherence()[p];
      weight[p] = weights(phase[p], coh);
      if (!patch.unwrapped()) {
        phase[p] = unwrapper.unwrap(phase[p], clippedCoherence(coh, weight[p]), w, h);
      }
      if (detection != null) {
        // a tile of scope FULL is its own ring, moving ground too: nothing still to tie to
        RingComponents.tie(phase[p], coh, ring, w, h, scratch);
      }
      if (patch.elevationMetres() != null) {
        StratifiedDelay.remove(phase[p], coh, patch.elevationMetres(), ring);
      }
      ReferenceRing.Reference found = ReferenceRing.reference(phase[p], coh, ring, scratch);
      double reference = found.phase();
      if (!Double.isNaN(reference) && !found.onStableGround()) {
        weakReference.add(p);
      }
      // done with this pair's coherence: the patch holds two cubes (phase, weight), not three
      patch.coherence()[p] = null;
      if (Double.isNaN(reference)) {
        Arrays.fill(weight[p], 0);
        dropped.add(p);
        if (patch.withoutData()[p]) {
          empty.add(p);
        }
        // read unwrapped, coherence > 0 marks a sample with data: only then is the band's NaN
        // DL-Unwrap's doing (its margin), not an interferogram without data there
        if (patch.unwrapped() && ReferenceRing.pixelsWithData(coh, ring) >= ReferenceRing.MIN_PIXELS) {
          droppedUnwrapped++;
        }
        continue;
      }
      float[] ph = phase[p];
      for (int i = 0; i < n; i++) {
        ph[i] -= (float) reference;
      }
    }
    return invert(box, phase, weight, ring, indices(dropped), droppedUnwrapped, indices(empty),
        indices(weakReference));
  }

  private static int[] indices(List<Integer> pairs) {
    return pairs.stream().mapToInt(Integer::intValue).toArray();
  }

  private PatchResult invert(PixelBox box, float[][] phase, float[][] weight, boolean[] ring, int[] dropped,
      int droppedUnwrapped, int[] empty, int[] weakReference) {
    int n = box.width() * box.height();
    int pairs = phase.length;
    int dates = inversion.network().dateCount();
    float[] velocity = new float[n];
    float[] velocityStd = new float[n];
    float[][] displacement = new float[dates][n];
    float[] rms = new float[n];
    float[] temporalCoherence = new float[n];
    float[] demError = demErrorFit == null ? null : new float[n];
    double[] rangeTimesSin = demErrorFit == null ? null : baselines.rangeTimesSinIncidence(box);
    float[] pixelPhase = new float[pairs];
    float[] pixelWeight = new float[pairs];
    double[] series = new double[dates];
    long corrected = 0;
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < pairs; p++) {
        pixelPhase[p] = phase[p][i];
        pixelWeight[p] = weight[p][i];
      }
      corrected += closures.correct(pixelPhase, pixelWeight);
      double r = inversion.invert(pixelPhase, pixelWeight, series);
      rms[i] = (float) r;
      temporalCoherence[i] = (float) inversion.temporalCoherence();
      velocity[i] = Double.isNaN(r) ? Float.NaN : (float) inversion.velocityMmPerYear(series);
      velocityStd[i] = Double.isNaN(r) ? Float.NaN : (float) inversion.velocityStdMmPerYear();
      if (demError != null) {
        demError[i] = fitDemError(i, r, series, rangeTimesSin[i], velocity, velocityStd);
      }
      for (int d = 0; d < dates; d++) {
        displacement[d][i] = (float) series[d];
      }
    }
    addStillGroundScatter(velocityStd, velocity, ring);
    return new PatchResult(box, velocity, velocityStd, displacement, rms, temporalCoherence, corrected,
        dropped, droppedUnwrapped, empty, weakReference, demError, inversion.takeUsedPatterns());
  }

  /**
   * The DEM's error at pixel {@code i} of the patch, seen there at {@code rangeTimesSin} (R
   * sin(incidence), metres), its term taken out of {@code series} and the pixel's velocity and
   * standard error those of the joint fit; NaN, all untouched, where the pixel was not inverted or
   * its pairs leave a date unlinked.
   */
  private float fitDemError(int i, double rms, double[] series, double rangeTimesSin, float[] velocity,
      float[] velocityStd) {
    if (Double.isNaN(rms) || !inversion.linkedEveryDate()) {
      return Float.NaN;
    }
    double dh = demErrorFit.fit(series, rangeTimesSin);
    if (!Double.isNaN(dh)) {
      velocity[i] = (float) demErrorFit.velocityMmPerYear();
      velocityStd[i] = (float) demErrorFit.velocityStdMmPerYear();
    }
    return (float) dh;
  }

  /**
   * Widens each pixel's standard error by the velocity scatter of the ring (1.4826 MAD over its
   * pixels with a velocity; the ring is taken as still ground): what errs in common over a
   * pixel's dates (the patch's atmosphere, the reference, a pair's noise summed into every later
   * date) shows there as scatter between still pixels, while the fit's standard error takes the
   * dates' residuals as independent and sees a third of it. NaN where the ring has fewer than
   * {@value ReferenceRing#MIN_PIXELS} pixels with a velocity.
   */
  private static void addStillGroundScatter(float[] velocityStd, float[] velocity, boolean[] ring) {
    float[] still = new float[velocity.length];
    int n = 0;
    for (int i = 0; i < velocity.length; i++) {
      if (ring[i] && !Float.isNaN(velocity[i])) {
        still[n++] = velocity[i];
      }
    }
    double scatter = n < ReferenceRing.MIN_PIXELS ? Double.NaN
        : RobustSpread.sigma(still, n, RobustSpread.median(still, n));
    for (int i = 0; i < velocityStd.length; i++) {
      velocityStd[i] = (float) Math.hypot(velocityStd[i], scatter);
    }
  }

  /** Inverse phase variance per pixel, 0 where there is no data. */
  static float[] weights(float[] phase, float[] coherence) {
    float[] w = new float[phase.length];
    for (int i = 0; i < w.length; i++) {
      float g = coherence[i];
      if (Float.isNaN(phase[i]) || !(g > 0)) {
        continue;
      }
      double c = Math.max(MIN_COHERENCE, Math.min(g, MAX_COHERENCE));
      w[i] = (float) (c * c / (1 - c * c));
    }
    return w;
  }

  /** Coherence where a pixel has data, 0 elsewhere: the unwrapper's reliability. */
  private static float[] clippedCoherence(float[] coherence, float[] weight) {
    float[] out = new float[coherence.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = weight[i] > 0 ? Math.min(coherence[i], 1f) : 0f;
    }
    return out;
  }
}
