package org.dlinsar.sim;

/**
 * The atmospheric phase screens: per-date turbulence, stratified delay and lookalike cells.
 *
 * @param turbulenceRad strength of a date's turbulent phase, radians, >= 0; each date draws a
 *     strength from 0.4 to 1.2 times it. Not its standard deviation: a date's screen spreads by
 *     about 0.25 turbulenceRad over a scene much larger than {@code turbulenceScaleMetres}, and
 *     by less over a smaller one (0.16 over a preset's 256 pixels, 3.8 km, at 6 km); an
 *     interferogram's by about 1.5 times a date's ({@code AtmosphereAmplitudeTest}; README, "How
 *     strong the simulated atmosphere is")
 * @param turbulenceScaleMetres correlation length of the largest turbulent structures, metres
 * @param stratifiedRadPerKm standard deviation over dates of the stratified delay coefficient,
 *     radians per km of elevation above the terrain base, >= 0
 * @param lookalikeCount number of strong turbulent cells on one date only (not deformation)
 * @param lookalikeRad peak phase of a lookalike cell, radians (sign drawn per cell)
 */
public record AtmosphereSpec(
    double turbulenceRad, double turbulenceScaleMetres, double stratifiedRadPerKm,
    int lookalikeCount, double lookalikeRad) {

  /** No atmosphere at all. */
  public static final AtmosphereSpec NONE = new AtmosphereSpec(0, 5000, 0, 0, 0);

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public AtmosphereSpec {
    if (!(turbulenceRad >= 0) || !(turbulenceScaleMetres > 0) || !(stratifiedRadPerKm >= 0)) {
      throw new IllegalArgumentException("turbulenceRad and stratifiedRadPerKm must be >= 0 and"
          + " turbulenceScaleMetres > 0, got " + turbulenceRad + ", " + stratifiedRadPerKm + ", "
          + turbulenceScaleMetres);
    }
    if (lookalikeCount < 0 || !(lookalikeRad >= 0)) {
      throw new IllegalArgumentException("lookalikeCount and lookalikeRad must be >= 0, got "
          + lookalikeCount + " and " + lookalikeRad);
    }
  }
}
