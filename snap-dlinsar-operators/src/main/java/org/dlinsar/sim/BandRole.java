package org.dlinsar.sim;

/**
 * What a simulated product's band holds: a kind and, for per-interferogram or per-date kinds,
 * the index of the pair or the date.
 *
 * @param kind the band's content
 * @param index pair index (REAL, IMAGINARY, COHERENCE, MASK), date index (INTENSITY), else 0
 */
record BandRole(Kind kind, int index) {

  /** Band contents of the stack and the truth product. */
  enum Kind { REAL, IMAGINARY, COHERENCE, INTENSITY, ELEVATION, MASK, VELOCITY, SITE_ID, TERRAIN_CLASS, SLOPE, DEM_ERROR }

  /** Copies this band's samples from the simulated tiles (either may be null if not needed). */
  Object samples(StackTile stack, TruthTile truth) {
    return switch (kind) {
      case REAL -> stack.real(index);
      case IMAGINARY -> stack.imaginary(index);
      case COHERENCE -> stack.coherence(index);
      case INTENSITY -> stack.intensity(index);
      case ELEVATION -> stack != null ? stack.elevation() : truth.elevationMetres();
      case MASK -> truth.mask(index);
      case VELOCITY -> truth.velocityMmPerYear();
      case SITE_ID -> truth.siteId();
      case TERRAIN_CLASS -> truth.terrainClass();
      case SLOPE -> truth.slopeDeg();
      case DEM_ERROR -> truth.demErrorMetres();
    };
  }
}
