package org.dlinsar.sbas;

import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * The interferograms of one patch, as read from the stack: per pair (in network order) the phase
 * and the coherence over the box, row-major with the box's width. The arrays belong to the patch
 * and are modified by {@link PatchSbas}.
 *
 * @param box the patch, frame pixels
 * @param phaseRad per pair: wrapped phase in [-pi, pi] (or already unwrapped when
 *     {@code unwrapped}, then NaN where the pixel is masked), NaN where there is no data
 * @param coherence per pair: coherence in [0, 1], 0 where there is no data or the pixel is
 *     masked (it then weighs nothing, and the unwrapper gives it NaN)
 * @param unwrapped true when the phases are already unwrapped (Unw_Phase_ifg_* bands)
 * @param elevationMetres terrain elevation over the box, or null when the stack has none (then
 *     no stratified delay is removed)
 * @param withoutData per pair: true when no sample of the box has data (NaN or 0 + 0i, as SNAP
 *     writes where there is none), masked or not
 */
public record PatchStack(PixelBox box, float[][] phaseRad, float[][] coherence,
    boolean unwrapped, float[] elevationMetres, boolean[] withoutData) {

  /** A patch without elevation. */
  public PatchStack(PixelBox box, float[][] phaseRad, float[][] coherence, boolean unwrapped) {
    this(box, phaseRad, coherence, unwrapped, null);
  }

  /** A patch whose pairs without data are those whose phases are all NaN. */
  public PatchStack(PixelBox box, float[][] phaseRad, float[][] coherence, boolean unwrapped,
      float[] elevationMetres) {
    this(box, phaseRad, coherence, unwrapped, elevationMetres, allNaN(phaseRad));
  }

  private static boolean[] allNaN(float[][] phaseRad) {
    boolean[] none = new boolean[phaseRad.length];
    for (int p = 0; p < phaseRad.length; p++) {
      none[p] = true;
      for (float v : phaseRad[p]) {
        if (!Float.isNaN(v)) {
          none[p] = false;
          break;
        }
      }
    }
    return none;
  }

  /** @throws IllegalArgumentException when an array does not hold the box's pixels */
  public PatchStack {
    Objects.requireNonNull(box, "box");
    int n = box.width() * box.height();
    if (phaseRad.length != coherence.length || withoutData.length != phaseRad.length) {
      throw new IllegalArgumentException("patch has " + phaseRad.length + " phase but "
          + coherence.length + " coherence arrays");
    }
    if (elevationMetres != null && elevationMetres.length != n) {
      throw new IllegalArgumentException("patch " + box + " holds " + elevationMetres.length
          + " elevation samples, the box " + n);
    }
    for (int p = 0; p < phaseRad.length; p++) {
      if (phaseRad[p].length != n || coherence[p].length != n) {
        throw new IllegalArgumentException("pair " + p + " of patch " + box + " holds "
            + phaseRad[p].length + " phase and " + coherence[p].length + " coherence samples, the"
            + " box " + n);
      }
    }
  }
}
