package org.dlinsar.sim;

/** Scenes the simulator's tests vary beyond what the presets and Scene's with* methods give. */
final class SceneFixtures {

  private SceneFixtures() {}

  /** {@code scene} with another seed. */
  static Scene withSeed(Scene scene, long seed) {
    return new Scene(scene.name(), scene.width(), scene.height(), seed, scene.acquisitions(),
        scene.radar(), scene.looks(), scene.terrain(), scene.atmosphere(), scene.decorrelation(),
        scene.deformation(), scene.seams());
  }

  /**
   * {@code scene} without noise: perfect coherence, no atmosphere, no lakes; the wrapped phase is
   * exactly the deformation phase (shadow and layover still decorrelate).
   */
  static Scene noiseFree(Scene scene) {
    TerrainSpec terrain = scene.terrain();
    TerrainSpec dry = new TerrainSpec(terrain.baseMetres(), terrain.reliefMetres(),
        terrain.featureMetres(), terrain.ridgeWeight(), 0, terrain.lakeRadiusPx());
    return scene.withTerrain(dry).withAtmosphere(AtmosphereSpec.NONE)
        .withDecorrelation(DecorrelationSpec.NONE);
  }
}
