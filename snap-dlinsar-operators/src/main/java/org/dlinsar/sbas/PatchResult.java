package org.dlinsar.sbas;

import java.io.Serializable;
import java.util.BitSet;
import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * Local-SBAS over one patch: velocity, displacement per date and residual per pixel, row-major
 * over the box, NaN where a pixel could not be inverted.
 *
 * @param box the patch, frame pixels
 * @param velocityMmPerYear LOS velocity, mm/year
 * @param velocityStdMmPerYear the velocity's uncertainty, 1 sigma, mm/year: the line's standard
 *     error ({@link SbasInversion#velocityStdMmPerYear}) and the ring's velocity scatter in
 *     quadrature ({@link PatchSbas}), NaN where too few dates are left to tell
 * @param displacementMm per date, LOS displacement relative to the first date and to the
 *     reference ring, mm
 * @param rmsResidualMm root mean square of the pairs' residuals, mm
 * @param temporalCoherence |mean exp(i residual phase)| of the pairs, NaN without redundancy
 * @param corrected pair phases changed by the closure correction, summed over the pixels
 * @param dropped the interferograms (indices in network order) left out of the patch for want
 *     of reference pixels
 * @param droppedUnwrapped those of {@code dropped} whose ring has wrapped samples with data
 *     but whose Unw_Phase_ifg_ band is NaN there (DL-Unwrap's margin), 0 when unwrapped here
 * @param withoutData those of {@code dropped} without any data in the whole patch
 * @param weakReference the interferograms referenced to every valid ring pixel, too few of the
 *     ring's being stable and coherent ({@link ReferenceRing#reference})
 * @param demErrorMetres the DEM's error fitted from the series ({@link DemErrorFit}), metres, NaN
 *     where not fitted; null when Local-SBAS fits none
 * @param patterns the valid pairs of the network patterns the patch's pixels were inverted with
 *     ({@link SbasInversion#takeUsedPatterns}), counted over the run as {@code network_patterns}
 */
public record PatchResult(PixelBox box, float[] velocityMmPerYear, float[] velocityStdMmPerYear,
    float[][] displacementMm,
    float[] rmsResidualMm, float[] temporalCoherence, long corrected, int[] dropped,
    int droppedUnwrapped, int[] withoutData, int[] weakReference, float[] demErrorMetres, BitSet[] patterns)
    implements Serializable {

  // 2: velocityStdMmPerYear; 3: droppedUnwrapped; 4: which interferograms dropped, withoutData;
  // 5: demErrorMetres; 6: patterns; 7: weakReference
  private static final long serialVersionUID = 7L;

  public PatchResult {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(dropped, "dropped");
    Objects.requireNonNull(withoutData, "withoutData");
    Objects.requireNonNull(weakReference, "weakReference");
    Objects.requireNonNull(patterns, "patterns");
  }

  /** How many interferograms were left out of the patch for want of reference pixels. */
  public int droppedPairs() {
    return dropped.length;
  }

  /**
   * The pixel of a box whose 3 x 3 mean velocity is largest in magnitude: the peak the CSV reports
   * (the mean keeps a single noisy pixel from winning), or -1 when none is finite.
   *
   * @param inner the box searched, frame pixels, inside this patch
   * @return the index into this patch's arrays
   */
  public int peakIndex(PixelBox inner) {
    int w = box.width();
    int best = -1;
    double bestSpeed = -1;
    for (int y = Math.max(inner.y0(), box.y0()); y < Math.min(inner.y1(), box.y1()); y++) {
      for (int x = Math.max(inner.x0(), box.x0()); x < Math.min(inner.x1(), box.x1()); x++) {
        int i = (y - box.y0()) * w + (x - box.x0());
        if (Float.isNaN(velocityMmPerYear[i])) {
          continue;
        }
        double speed = Math.abs(neighbourhoodMean(x - box.x0(), y - box.y0()));
        if (speed > bestSpeed) {
          bestSpeed = speed;
          best = i;
        }
      }
    }
    return best;
  }

  private double neighbourhoodMean(int px, int py) {
    int w = box.width();
    double sum = 0;
    int n = 0;
    for (int y = Math.max(0, py - 1); y <= Math.min(box.height() - 1, py + 1); y++) {
      for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
        float v = velocityMmPerYear[y * w + x];
        if (!Float.isNaN(v)) {
          sum += v;
          n++;
        }
      }
    }
    return sum / n;
  }
}
