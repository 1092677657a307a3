package org.dlinsar.sim;

/**
 * The physical state of one pixel, filled by {@link StackSimulator#evaluate}: a reusable scratch
 * object, so that tile loops allocate nothing per pixel. Not thread-safe; one per thread.
 */
final class PixelState {

  /** Terrain class, one of the {@link Terrain} constants. */
  int terrainClass;
  /** Vegetation cover in [0, 1]. */
  double vegetationCover;
  /** Elevation, metres. */
  double elevationMetres;
  /** Backscatter, linear intensity. */
  double backscatter;
  /** Elevation gradient {d/dx, d/dy}, metres per metre. */
  final double[] gradient = new double[2];
  /** gamma0, floor, decay days of {@link CoherenceModel#parameters}. */
  final double[] coherence = new double[3];
  /** LOS displacement per date, mm. */
  final double[] displacementMm;
  /** Phase per date (deformation + atmosphere), radians: an interferogram's phase is
   * phase[secondary] - phase[reference]. */
  final double[] phaseRad;

  PixelState(int dates) {
    displacementMm = new double[dates];
    phaseRad = new double[dates];
  }
}
