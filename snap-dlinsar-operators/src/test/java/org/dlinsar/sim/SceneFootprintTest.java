package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SceneFootprintTest {

  @Test
  void centreSitsAtTheSceneCentreAndRangeRunsRightOfTheHeading() {
    Scene scene = ScenePresets.mining(1);
    SceneFootprint footprint = new SceneFootprint(scene);
    assertEquals(50.20, footprint.latitude(128, 128), 1e-12);
    assertEquals(19.00, footprint.longitude(128, 128), 1e-12);
    // ascending, heading -12 deg: azimuth runs north, range runs east
    assertTrue(footprint.latitude(128, 255) > footprint.latitude(128, 0));
    assertTrue(footprint.longitude(255, 128) > footprint.longitude(0, 128));
    double metresPerDegree = 6_371_000 * Math.PI / 180;
    double north = (footprint.latitude(128, 228) - footprint.latitude(128, 128)) * metresPerDegree;
    assertEquals(100 * 13.9 * Math.cos(Math.toRadians(-12)), north, 0.5);
  }
}
