package org.dlinsar.sim;

import java.util.Objects;

/**
 * Everything the simulator needs to produce an interferogram stack and its truth: the raster,
 * the seed, the acquisitions, the sensor and what the scene contains.
 *
 * <p>Every pixel of every product is a pure function of this record, so equal scenes give equal
 * pixels, tile by tile. Build one from {@link ScenePresets} and adjust it with the
 * {@code with*} methods.
 *
 * @param name short name of the scene (preset name), written to the metadata
 * @param width raster width (range, columns), pixels, 8 to 100000
 * @param height raster height (azimuth, rows), pixels, 8 to 100000
 * @param seed the seed every random quantity derives from
 * @param acquisitions dates and pairs
 * @param radar sensor, look geometry and pixel spacing
 * @param looks multilooking and coherence window
 * @param terrain DEM and lakes
 * @param atmosphere turbulence, stratified delay, lookalikes
 * @param decorrelation true coherence model and truth-mask cutoff
 * @param deformation mining bowls and landslides
 * @param seams lines across which the phase steps further with every date ({@link Seam})
 */
public record Scene(
    String name, int width, int height, long seed, AcquisitionPlan acquisitions,
    RadarGeometry radar, Looks looks, TerrainSpec terrain, AtmosphereSpec atmosphere,
    DecorrelationSpec decorrelation, DeformationSpec deformation, SeamSpec seams) {

  /** @throws IllegalArgumentException naming the field and value that are out of range */
  public Scene {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(acquisitions, "acquisitions");
    Objects.requireNonNull(radar, "radar");
    Objects.requireNonNull(looks, "looks");
    Objects.requireNonNull(terrain, "terrain");
    Objects.requireNonNull(atmosphere, "atmosphere");
    Objects.requireNonNull(decorrelation, "decorrelation");
    Objects.requireNonNull(deformation, "deformation");
    Objects.requireNonNull(seams, "seams");
    if (width < 8 || height < 8 || width > 100_000 || height > 100_000) {
      throw new IllegalArgumentException("scene size must be 8 to 100000 pixels a side, got "
          + width + "x" + height);
    }
  }

  /** This scene with another raster size. */
  public Scene withSize(int newWidth, int newHeight) {
    return new Scene(name, newWidth, newHeight, seed, acquisitions, radar, looks, terrain,
        atmosphere, decorrelation, deformation, seams);
  }

  /** This scene with other acquisitions. */
  public Scene withAcquisitions(AcquisitionPlan plan) {
    return new Scene(name, width, height, seed, plan, radar, looks, terrain, atmosphere,
        decorrelation, deformation, seams);
  }

  /** This scene seen with another radar geometry. */
  public Scene withRadar(RadarGeometry newRadar) {
    return new Scene(name, width, height, seed, acquisitions, newRadar, looks, terrain, atmosphere,
        decorrelation, deformation, seams);
  }

  /** This scene with other looks. */
  public Scene withLooks(Looks newLooks) {
    return new Scene(name, width, height, seed, acquisitions, radar, newLooks, terrain,
        atmosphere, decorrelation, deformation, seams);
  }

  /** This scene with other terrain. */
  public Scene withTerrain(TerrainSpec newTerrain) {
    return new Scene(name, width, height, seed, acquisitions, radar, looks, newTerrain,
        atmosphere, decorrelation, deformation, seams);
  }

  /** This scene with another atmosphere. */
  public Scene withAtmosphere(AtmosphereSpec newAtmosphere) {
    return new Scene(name, width, height, seed, acquisitions, radar, looks, terrain,
        newAtmosphere, decorrelation, deformation, seams);
  }

  /** This scene with another decorrelation model. */
  public Scene withDecorrelation(DecorrelationSpec newDecorrelation) {
    return new Scene(name, width, height, seed, acquisitions, radar, looks, terrain, atmosphere,
        newDecorrelation, deformation, seams);
  }

  /** This scene with other deformation sites. */
  public Scene withDeformation(DeformationSpec newDeformation) {
    return new Scene(name, width, height, seed, acquisitions, radar, looks, terrain, atmosphere,
        decorrelation, newDeformation, seams);
  }

  /** This scene with other seams. */
  public Scene withSeams(SeamSpec newSeams) {
    return new Scene(name, width, height, seed, acquisitions, radar, looks, terrain, atmosphere,
        decorrelation, deformation, newSeams);
  }
}
