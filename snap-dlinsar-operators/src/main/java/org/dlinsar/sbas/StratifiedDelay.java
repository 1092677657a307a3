package org.dlinsar.sbas;

/**
 * Removes the stratified tropospheric delay of one interferogram over a patch: the part of its
 * phase proportional to elevation, fitted by least squares over the reference ring's stable
 * coherent pixels (the moving ground is not in the ring, so motion does not leak into the fit).
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
    double n = 0;
    double sumE = 0;
    double sumP = 0;
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ring.length; i++) {
      if (stable(phase, coherence, elevationMetres, ring, i)) {
        n++;
        sumE += elevationMetres[i];
        sumP += phase[i];
        minE = Math.min(minE, elevationMetres[i]);
        maxE = Math.max(maxE, elevationMetres[i]);
      }
    }
    if (n < ReferenceRing.MIN_PIXELS || maxE - minE < MIN_RELIEF_METRES) {
      return 0;
    }
    double meanE = sumE / n;
    double meanP = sumP / n;
    double see = 0;
    double sep = 0;
    for (int i = 0; i < ring.length; i++) {
      if (stable(phase, coherence, elevationMetres, ring, i)) {
        double de = elevationMetres[i] - meanE;
        see += de * de;
        sep += de * (phase[i] - meanP);
      }
    }
    double k = sep / see;
    for (int i = 0; i < phase.length; i++) {
      if (!Float.isNaN(elevationMetres[i])) {
        phase[i] -= (float) (k * (elevationMetres[i] - meanE));
      }
    }
    return k;
  }

  private static boolean stable(float[] phase, float[] coherence, float[] elevation,
      boolean[] ring, int i) {
    return ring[i] && !Float.isNaN(phase[i]) && !Float.isNaN(elevation[i])
        && coherence[i] >= ReferenceRing.STABLE_COHERENCE;
  }
}
