package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitePlannerTest {

  @Test
  void landslidesSitOnSlopesSteeperThanThePresetThreshold() {
    for (long seed = 1; seed <= 3; seed++) {
      Scene scene = ScenePresets.landslides(seed);
      Terrain terrain = new Terrain(scene);
      DeformationField field = SitePlanner.plan(scene, terrain);
      int landslides = 0;
      for (Site site : field.sites()) {
        if (site.siteClass() == SiteClass.LANDSLIDE) {
          landslides++;
          double slope = terrain.slopeDeg(site.peakX(), site.peakY());
          assertTrue(slope >= scene.deformation().slopeThresholdDeg(),
              "seed " + seed + " site " + site.id() + " on a " + slope + " deg slope");
          assertEquals(Terrain.LAND, terrain.terrainClass(site.peakX(), site.peakY(), new double[2]));
        }
      }
      assertEquals(scene.deformation().landslideCount(), landslides, "seed " + seed);
    }
  }

  @Test
  void landslidesMoveAtTheirPresetLosSpeedAndBowlsSubside() {
    Scene scene = ScenePresets.mixed(2);
    DeformationField field = SitePlanner.plan(scene, new Terrain(scene));
    for (Site site : field.sites()) {
      if (site.siteClass() == SiteClass.SUBSIDENCE) {
        assertTrue(site.peakVelocityMmPerYear() < 0, "bowl " + site.id() + " rises");
        assertTrue(site.timeSeriesMm().get(site.timeSeriesMm().size() - 1) < 0);
      } else if (site.history().kind() == TimeHistory.Kind.LINEAR) {
        double speed = Math.abs(site.peakVelocityMmPerYear());
        assertTrue(speed >= 10 - 1e-9 && speed <= 150 + 1e-9, "landslide " + site.id() + " at " + speed);
      }
      assertEquals(0.0, site.timeSeriesMm().get(0));
    }
  }

  @Test
  void siteIdBandHoldsEachSiteInsideItsBoxOnly() {
    Scene scene = ScenePresets.mixed(6).withSize(200, 200);
    StackSimulator sim = new StackSimulator(scene);
    TruthTile truth = sim.truth(PixelBox.of(0, 0, 200, 200));
    for (Site site : sim.sites()) {
      assertEquals(site.id(), truth.siteId()[site.peakY() * 200 + site.peakX()]);
    }
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        int id = truth.siteId()[y * 200 + x];
        if (id > 0) {
          assertTrue(sim.sites().get(id - 1).box().contains(x, y), "site " + id + " at " + x + "," + y);
        }
      }
    }
  }

  @Test
  void plainTerrainGetsNoLandslide() {
    Scene flat = ScenePresets.mining(1).withDeformation(
        new DeformationSpec(0, 10, 10, 5, 5, 3, 10, 100, 10, 20, 30));
    assertTrue(SitePlanner.plan(flat, new Terrain(flat)).isEmpty());
  }

  @Test
  void levelGroundGetsNoLandslideEvenWithoutASlopeThreshold() {
    // no relief at all and a threshold of 0: no downslope to move along (was a NaN rate, refused)
    Scene level = ScenePresets.landslides(1)
        .withTerrain(new TerrainSpec(600, 0, 6000, 0.7, 0, 12, 0))
        .withDeformation(new DeformationSpec(0, 20, 20, 6, 6, 2, 10, 150, 16, 48, 0));
    assertTrue(SitePlanner.plan(level, new Terrain(level)).isEmpty());
  }
}
