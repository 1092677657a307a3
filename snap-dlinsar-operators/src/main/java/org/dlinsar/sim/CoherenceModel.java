package org.dlinsar.sim;

/**
 * True coherence of a pixel: its short-term coherence gamma0, long-term floor and decay time,
 * from its terrain class and vegetation cover, and the coherence of any pair from them.
 *
 * <p>gamma(t) = gamma0 * (floor + (1 - floor) * exp(-t / decay)) for a span of t days; bare and
 * vegetation parameters are blended linearly by the cover; water, shadow and layover have
 * gamma0 = 0.
 */
final class CoherenceModel {

  private final DecorrelationSpec spec;

  CoherenceModel(DecorrelationSpec spec) {
    this.spec = spec;
  }

  /**
   * Writes gamma0, floor and decay days of a pixel into {@code out[0..2]}. Modified: out.
   *
   * @param terrainClass one of the {@link Terrain} classes
   * @param vegetationCover in [0, 1]
   */
  void parameters(int terrainClass, double vegetationCover, double[] out) {
    if (terrainClass != Terrain.LAND) {
      out[0] = 0;
      out[1] = 0;
      out[2] = 1;
      return;
    }
    double w = vegetationCover;
    out[0] = (1 - w) * spec.bareGamma0() + w * spec.vegetationGamma0();
    out[1] = (1 - w) * spec.bareFloor() + w * spec.vegetationFloor();
    out[2] = (1 - w) * spec.bareDecayDays() + w * spec.vegetationDecayDays();
  }

  /** True coherence for a span of {@code spanDays} given a pixel's {@link #parameters}. */
  static double coherence(double[] parameters, double spanDays) {
    double floor = parameters[1];
    return parameters[0] * (floor + (1 - floor) * StrictMath.exp(-spanDays / parameters[2]));
  }

  /**
   * The truth-mask rule: 1 (coherent) when the pixel is land and its true coherence is at least
   * the cutoff, else 0 (decorrelated: low coherence, water, shadow or layover).
   */
  byte mask(int terrainClass, double trueCoherence) {
    return terrainClass == Terrain.LAND && trueCoherence >= spec.maskCutoff() ? (byte) 1 : (byte) 0;
  }
}
