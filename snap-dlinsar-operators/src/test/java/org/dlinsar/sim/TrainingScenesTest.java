package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Training scenes cover the presets and decorrelation well beyond them, from the seed alone. */
class TrainingScenesTest {

  @Test
  void scenesOfASeedAreEqualAndSeedsSpreadOverPresetsAndDecorrelation() {
    assertEquals(TrainingScenes.scene(17, 64), TrainingScenes.scene(17, 64));
    Set<String> presets = new HashSet<>();
    double lowestGamma0 = 1;
    double smallestPatch = Double.MAX_VALUE;
    for (long seed = 1; seed <= 40; seed++) {
      Scene scene = TrainingScenes.scene(seed, 64);
      presets.add(scene.name());
      lowestGamma0 = Math.min(lowestGamma0, scene.decorrelation().vegetationGamma0());
      smallestPatch = Math.min(smallestPatch, scene.decorrelation().vegetationPatchMetres());
    }
    assertEquals(Set.copyOf(ScenePresets.NAMES), presets);
    assertTrue(lowestGamma0 < 0.45, "vegetation short-term coherence reaches " + lowestGamma0);
    assertTrue(smallestPatch < 400, "vegetation patches reach " + smallestPatch + " m");
  }

  @Test
  void denseFringeScenesReachThreeRadiansPerPixel() {
    double steepest = 0;
    for (long seed = 1; seed <= 6; seed++) {
      StackSimulator sim = new StackSimulator(TrainingScenes.denseFringes(seed, 96));
      PixelBox box = PixelBox.of(0, 0, 96, 96);
      int longest = 0;
      for (int p = 1; p < sim.pairs().size(); p++) {
        longest = sim.pairs().get(p).spanDays() > sim.pairs().get(longest).spanDays() ? p : longest;
      }
      float[] phase = sim.unwrappedPhaseRad(longest, box);
      for (int y = 0; y < 96; y++) {
        for (int x = 0; x + 1 < 96; x++) {
          steepest = Math.max(steepest, Math.abs(phase[y * 96 + x + 1] - phase[y * 96 + x]));
        }
      }
    }
    assertTrue(steepest > 3, "steepest true phase gradient " + steepest + " rad/pixel");
  }
}
