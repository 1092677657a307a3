package org.dlinsar.sim;

/**
 * The simulated stack bands over one pixel box: per interferogram (in {@link
 * StackSimulator#pairs()} order) the real and imaginary parts and the estimated coherence, per
 * acquisition date the intensity, and the elevation. Arrays are row-major over the box, float32
 * as written, and belong to the caller.
 */
public final class StackTile {

  private final PixelBox box;
  private final float[][] real;
  private final float[][] imaginary;
  private final float[][] coherence;
  private final float[][] intensity;
  private final float[] elevation;

  StackTile(PixelBox box, float[][] real, float[][] imaginary, float[][] coherence,
      float[][] intensity, float[] elevation) {
    this.box = box;
    this.real = real;
    this.imaginary = imaginary;
    this.coherence = coherence;
    this.intensity = intensity;
    this.elevation = elevation;
  }

  /** The pixels covered. */
  public PixelBox box() {
    return box;
  }

  /** Real part of interferogram {@code pair}: multilooked reference * conj(secondary). */
  public float[] real(int pair) {
    return real[pair];
  }

  /** Imaginary part of interferogram {@code pair}. */
  public float[] imaginary(int pair) {
    return imaginary[pair];
  }

  /** Coherence of interferogram {@code pair} estimated in the coherence window, [0, 1]. */
  public float[] coherence(int pair) {
    return coherence[pair];
  }

  /** Multilooked intensity of acquisition {@code date}, linear. */
  public float[] intensity(int date) {
    return intensity[date];
  }

  /** The DEM's elevation, metres: the terrain's less the scene's DEM error ({@link TerrainSpec#demErrorMetres}). */
  public float[] elevation() {
    return elevation;
  }

  /** Wrapped phase of interferogram {@code pair} at box pixel index {@code i}: atan2(q, i). */
  public double phase(int pair, int i) {
    return Math.atan2(imaginary[pair][i], real[pair][i]);
  }
}
