package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerrainTest {

  @Test
  void lakesAreFlatWaterAndTheirBanksSlopeGently() {
    Scene scene = ScenePresets.mining(210).withSize(256, 192);
    Terrain terrain = new Terrain(scene);
    double[] g = new double[2];
    int water = 0;
    Double level = null;
    double steepest = 0;
    for (int y = 0; y < 192; y++) {
      for (int x = 0; x < 256; x++) {
        if (terrain.terrainClass(x, y, g) == Terrain.WATER) {
          water++;
          level = level == null ? terrain.elevation(x, y) : level;
          assertEquals(level, terrain.elevation(x, y), 1e-9);
        }
        steepest = Math.max(steepest, terrain.slopeDeg(x, y));
      }
    }
    assertTrue(water > 200, "water pixels: " + water);
    assertTrue(steepest < 10, "the plain has a " + steepest + " deg slope");
  }

  @Test
  void steepSlopeFacingAwayIsInShadowAndFacingTheSensorInLayover() {
    Scene scene = ScenePresets.landslides(100);
    Terrain terrain = new Terrain(scene);
    double tanInc = Math.tan(Math.toRadians(scene.radar().incidenceDeg()));
    double[] g = new double[2];
    int shadow = 0;
    int layover = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        int c = terrain.terrainClass(x, y, g);
        if (c == Terrain.SHADOW) {
          assertTrue(g[0] <= -1 / tanInc);
          shadow++;
        } else if (c == Terrain.LAYOVER) {
          assertTrue(g[0] >= tanInc);
          layover++;
        } else {
          assertTrue(g[0] > -1 / tanInc && g[0] < tanInc);
        }
      }
    }
    assertTrue(layover > 0, "alpine relief has layover");
  }

  @Test
  void vegetationCoversAboutTheRequestedShare() {
    Scene scene = ScenePresets.landslides(100);
    Terrain terrain = new Terrain(scene);
    double cover = 0;
    for (int y = 0; y < 256; y += 2) {
      for (int x = 0; x < 256; x += 2) {
        cover += terrain.vegetationCover(x, y);
      }
    }
    assertEquals(scene.decorrelation().vegetationFraction(), cover / (128 * 128), 0.1);
  }
}
