package org.dlinsar.sbas;

import java.util.Arrays;
import org.dlinsar.stats.RobustSpread;

/**
 * Removes the stratified tropospheric delay of one interferogram over a patch: the part of its
 * phase proportional to elevation, fitted by least squares over the reference ring's stable
 * coherent pixels (the moving ground is not in the ring, so motion does not leak into the fit),
 * refitted twice without the pixels beyond three robust sigmas of the line (a FULL tile's ring is
 * the whole tile, moving ground included).
 * On steep slopes the delay differs between a detection and its ring by about a radian per
 * kilometre of relief and date, which would otherwise be read as displacement (Hanssen 2001,
 * ch. 4; Doin et al. 2009, J. Appl. Geophys. 69:35-50, the phase-elevation ratio).
 *
 * <p>Skipped (nothing changed) when the ring has fewer than {@value ReferenceRing#MIN_PIXELS}
 * stable pixels or their elevations span less than {@value #MIN_RELIEF_METRES} m.
 */
final class StratifiedDelay {

  /** Relief the ring must span for a fit, metres. */
  static final double MIN_RELIEF_METRES = 50;
  /** Residuals beyond this many robust sigmas leave the fit. */
  static final double TRIM_SIGMAS = 3;
  /** Refits after trimming. */
  static final int TRIM_PASSES = 2;

  private StratifiedDelay() {}

  /**
   * @param phase unwrapped phase over the patch; modified: k (elevation - mean ring elevation)
   *     subtracted
   * @param coherence coherence over the patch; not modified
   * @param elevationMetres elevation over the patch; not modified
   * @param ring the reference ring; not modified
   * @return the fitted phase-elevation ratio k, rad per metre (0 when skipped)
   */
  static double remove(float[] phase, float[] coherence, float[] elevationMetres, boolean[] ring) {
    int n = 0;
    double[] e = new double[ring.length];
    double[] p = new double[ring.length];
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ring.length; i++) {
      if (stable(phase, coherence, elevationMetres, ring, i)) {
        e[n] = elevationMetres[i];
        p[n] = phase[i];
        minE = Math.min(minE, e[n]);
        maxE = Math.max(maxE, e[n]);
        n++;
      }
    }
    if (n < ReferenceRing.MIN_PIXELS || maxE - minE < MIN_RELIEF_METRES) {
      return 0;
    }
    boolean[] kept = new boolean[n];
    Arrays.fill(kept, true);
    double[] line = fit(e, p, kept);
    for (int pass = 0; pass < TRIM_PASSES && trim(e, p, line, kept) >= ReferenceRing.MIN_PIXELS;
        pass++) {
      line = fit(e, p, kept);
    }
    double meanE = line[0];
    double k = line[2];
    for (int i = 0; i < phase.length; i++) {
      if (!Float.isNaN(elevationMetres[i])) {
        phase[i] -= (float) (k * (elevationMetres[i] - meanE));
      }
    }
    return k;
  }

  /** Least squares over the kept pixels: {mean elevation, mean phase, slope}. */
  private static double[] fit(double[] e, double[] p, boolean[] kept) {
    double n = 0;
    double sumE = 0;
    double sumP = 0;
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        n++;
        sumE += e[i];
        sumP += p[i];
      }
    }
    double meanE = sumE / n;
    double meanP = sumP / n;
    double see = 0;
    double sep = 0;
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        see += (e[i] - meanE) * (e[i] - meanE);
        sep += (e[i] - meanE) * (p[i] - meanP);
      }
    }
    return new double[] {meanE, meanP, see > 0 ? sep / see : 0};
  }

  /**
   * Keeps the pixels within {@value #TRIM_SIGMAS} robust sigmas ({@link RobustSpread}) of the line, so that
   * ground moving with elevation (a slide inside a FULL tile, which has no detection to leave
   * out) does not tilt the fit. Modified: kept.
   *
   * @return the pixels kept
   */
  private static int trim(double[] e, double[] p, double[] line, boolean[] kept) {
    int n = kept.length;
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] = p[i] - line[1] - line[2] * (e[i] - line[0]);
    }
    double median = RobustSpread.median(residual);
    double sigma = RobustSpread.sigma(residual, median);
    if (sigma == 0) {
      Arrays.fill(kept, true);
      return n;
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      kept[i] = Math.abs(residual[i] - median) <= TRIM_SIGMAS * sigma;
      count += kept[i] ? 1 : 0;
    }
    return count;
  }

  private static boolean stable(float[] phase, float[] coherence, float[] elevation,
      boolean[] ring, int i) {
    return ring[i] && !Float.isNaN(phase[i]) && !Float.isNaN(elevation[i])
        && coherence[i] >= ReferenceRing.STABLE_COHERENCE;
  }
}
