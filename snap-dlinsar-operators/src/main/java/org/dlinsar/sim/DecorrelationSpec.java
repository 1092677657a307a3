package org.dlinsar.sim;

/**
 * True coherence: temporal decay on bare ground and on vegetation, and the truth-mask cutoff.
 *
 * <p>For a pair spanning {@code t} days the true coherence is
 * {@code gamma0 * (floor + (1 - floor) * exp(-t / decayDays))} (a temporal decorrelation model
 * with a long-term floor, e.g. Rocca 2007, Parizzi et al. 2009), with the bare-ground and
 * vegetation parameters blended by the local vegetation cover. Water, radar shadow and layover
 * have zero coherence.
 *
 * @param bareGamma0 short-term coherence of bare ground, (0, 1]
 * @param bareFloor long-term coherence floor of bare ground, [0, 1]
 * @param bareDecayDays decay time of bare ground, days
 * @param vegetationGamma0 short-term coherence of vegetation, [0, 1]
 * @param vegetationFloor long-term coherence floor of vegetation, [0, 1]
 * @param vegetationDecayDays decay time of vegetation, days
 * @param vegetationFraction share of the scene covered by vegetation patches, [0, 1]
 * @param maskCutoff true coherence below which the truth mask says decorrelated, [0, 1]
 * @param vegetationPatchMetres size of the largest vegetation patches, metres, > 0: real
 *     coherence varies on 150-230 m (issue 11), finer than the presets' default
 */
public record DecorrelationSpec(
    double bareGamma0, double bareFloor, double bareDecayDays,
    double vegetationGamma0, double vegetationFloor, double vegetationDecayDays,
    double vegetationFraction, double maskCutoff, double vegetationPatchMetres) {

  /** Vegetation patch size of the presets, metres. */
  public static final double DEFAULT_PATCH_METRES = 1500;

  /** Default truth-mask cutoff on true coherence. */
  public static final double DEFAULT_MASK_CUTOFF = 0.3;

  /** Perfect coherence everywhere (noise-free phase), no vegetation. */
  public static final DecorrelationSpec NONE =
      new DecorrelationSpec(1, 1, 1000, 1, 1, 1000, 0, DEFAULT_MASK_CUTOFF);

  /** As the canonical constructor with vegetation patches of {@value #DEFAULT_PATCH_METRES} m. */
  public DecorrelationSpec(
      double bareGamma0, double bareFloor, double bareDecayDays,
      double vegetationGamma0, double vegetationFloor, double vegetationDecayDays,
      double vegetationFraction, double maskCutoff) {
    this(bareGamma0, bareFloor, bareDecayDays, vegetationGamma0, vegetationFloor,
        vegetationDecayDays, vegetationFraction, maskCutoff, DEFAULT_PATCH_METRES);
  }

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public DecorrelationSpec {
    check("bareGamma0", bareGamma0);
    check("bareFloor", bareFloor);
    check("vegetationGamma0", vegetationGamma0);
    check("vegetationFloor", vegetationFloor);
    check("vegetationFraction", vegetationFraction);
    check("maskCutoff", maskCutoff);
    if (!(vegetationPatchMetres > 0)) {
      throw new IllegalArgumentException("vegetationPatchMetres must be > 0, got "
          + vegetationPatchMetres);
    }
    if (!(bareDecayDays > 0) || !(vegetationDecayDays > 0)) {
      throw new IllegalArgumentException("decay times must be > 0 days, got bare " + bareDecayDays
          + ", vegetation " + vegetationDecayDays);
    }
  }

  private static void check(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
