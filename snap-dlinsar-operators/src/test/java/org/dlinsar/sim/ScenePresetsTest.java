package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenePresetsTest {

  @Test
  void everyNamedPresetBuildsWithItsSeed() {
    for (String name : ScenePresets.NAMES) {
      Scene scene = ScenePresets.named(name, 42);
      assertEquals(name, scene.name());
      assertEquals(42, scene.seed());
    }
  }

  @Test
  void miningHasALakeAndBowlsButNoLandslides() {
    Scene mining = ScenePresets.mining(1);
    assertTrue(mining.terrain().lakeCount() > 0);
    assertTrue(mining.deformation().bowlCount() > 0);
    assertEquals(0, mining.deformation().landslideCount());
  }

  @Test
  void rejectsAnUnknownPresetListingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScenePresets.named("volcano", 1));
    assertTrue(e.getMessage().contains("volcano") && e.getMessage().contains("landslides"), e.getMessage());
  }

  @Test
  void rejectsATinyScene() {
    assertThrows(IllegalArgumentException.class, () -> ScenePresets.mining(1).withSize(4, 100));
  }

  @Test
  void noiseFreeSceneHasPerfectCoherenceAndNoAtmosphere() {
    Scene scene = SceneFixtures.noiseFree(ScenePresets.mining(1));
    assertEquals(AtmosphereSpec.NONE, scene.atmosphere());
    assertEquals(DecorrelationSpec.NONE, scene.decorrelation());
    assertEquals(0, scene.terrain().lakeCount());
  }
}
