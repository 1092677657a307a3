package org.dlinsar.sim;

/**
 * The truth over one pixel box: per interferogram the true coherence and the decorrelation mask
 * (1 = coherent: land with true coherence at least the scene's cutoff; 0 = decorrelated, water,
 * shadow or layover), the LOS velocity (mm/year), the LOS displacement per date (mm), the site
 * id (0 outside sites), the terrain class (0 land, 1 water, 2 shadow, 3 layover), the slope
 * (degrees), the elevation (metres) and the DEM's error (metres: the true elevation less the
 * DEM's the interferograms were formed with). Arrays are row-major over the box and belong to the
 * caller.
 */
public final class TruthTile {

  private final PixelBox box;
  private final byte[][] mask;
  private final float[][] trueCoherence;
  private final float[][] displacementMm;
  private final float[] velocityMmPerYear;
  private final int[] siteId;
  private final byte[] terrainClass;
  private final float[] slopeDeg;
  private final float[] elevationMetres;
  private final float[] demErrorMetres;

  TruthTile(PixelBox box, byte[][] mask, float[][] trueCoherence, float[][] displacementMm,
      float[] velocityMmPerYear, int[] siteId, byte[] terrainClass, float[] slopeDeg, float[] elevationMetres,
      float[] demErrorMetres) {
    this.box = box;
    this.mask = mask;
    this.trueCoherence = trueCoherence;
    this.displacementMm = displacementMm;
    this.velocityMmPerYear = velocityMmPerYear;
    this.siteId = siteId;
    this.terrainClass = terrainClass;
    this.slopeDeg = slopeDeg;
    this.elevationMetres = elevationMetres;
    this.demErrorMetres = demErrorMetres;
  }

  /** The DEM's error, metres: the true elevation less the DEM's (0 where the scene's DEM is exact). */
  public float[] demErrorMetres() {
    return demErrorMetres;
  }

  /** The pixels covered. */
  public PixelBox box() {
    return box;
  }

  /** Truth mask of interferogram {@code pair}: 1 = coherent, 0 = decorrelated. */
  public byte[] mask(int pair) {
    return mask[pair];
  }

  /** True coherence of interferogram {@code pair}, [0, 1]. */
  public float[] trueCoherence(int pair) {
    return trueCoherence[pair];
  }

  /** LOS displacement on acquisition {@code date} relative to the first, mm. */
  public float[] displacementMm(int date) {
    return displacementMm[date];
  }

  /** LOS velocity (least-squares over the dates), mm/year. */
  public float[] velocityMmPerYear() {
    return velocityMmPerYear;
  }

  /** Id of the site a pixel belongs to, 0 for none. */
  public int[] siteId() {
    return siteId;
  }

  /** Terrain class: 0 land, 1 water, 2 shadow, 3 layover. */
  public byte[] terrainClass() {
    return terrainClass;
  }

  /** Terrain slope, degrees. */
  public float[] slopeDeg() {
    return slopeDeg;
  }

  /** Terrain elevation, metres. */
  public float[] elevationMetres() {
    return elevationMetres;
  }
}
