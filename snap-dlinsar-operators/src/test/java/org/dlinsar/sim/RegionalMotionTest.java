package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalMotionTest {

  private static final int SIZE = 96;
  private static final PixelBox FRAME = PixelBox.of(0, 0, SIZE, SIZE);

  private static Scene onMovingGround(Scene scene, double mmPerYear) {
    return scene.withDeformation(scene.deformation().withRegional(mmPerYear, 40));
  }

  @Test
  void movesTheGroundBetweenTheSitesSteadilyAndLeavesTheSitesAsTheyWere() {
    Scene still = ScenePresets.landslides(3).withSize(SIZE, SIZE);
    StackSimulator without = new StackSimulator(still);
    StackSimulator with = new StackSimulator(onMovingGround(still, 300));
    assertEquals(without.sites(), with.sites(), "regional motion is no site");
    TruthTile a = without.truth(FRAME);
    TruthTile b = with.truth(FRAME);
    assertArrayEquals(a.siteId(), b.siteId());
    AcquisitionPlan plan = still.acquisitions();
    int last = plan.dates().size() - 1;
    double years = plan.yearsSinceStart(plan.dates().get(last));
    double strongest = 0;
    int moving = 0;
    for (int i = 0; i < SIZE * SIZE; i++) {
      double regional = b.velocityMmPerYear()[i] - a.velocityMmPerYear()[i];
      strongest = Math.max(strongest, Math.abs(regional));
      moving += Math.abs(regional) > 10 ? 1 : 0;
      assertEquals(0f, b.displacementMm(0)[i], 1e-9, "no displacement at the first date");
      // steady: the extra displacement at the last date is the extra velocity times the series
      assertEquals(regional * years, b.displacementMm(last)[i] - a.displacementMm(last)[i], 1e-3);
    }
    assertTrue(moving > SIZE * SIZE / 2, "moves most of the frame: " + moving + " pixels");
    // the truth's velocity splits into the sites' own and the regional motion's
    float[] own = with.siteVelocityMmPerYear(FRAME);
    float[] regional = with.regionalVelocityMmPerYear(FRAME);
    assertArrayEquals(a.velocityMmPerYear(), own, 1e-3f);
    for (int i = 0; i < SIZE * SIZE; i++) {
      assertEquals(b.velocityMmPerYear()[i], own[i] + regional[i], 1e-3);
    }
    assertArrayEquals(new float[SIZE * SIZE], without.regionalVelocityMmPerYear(FRAME));
    assertTrue(strongest > 100 && strongest < 3 * 300, "peak " + strongest + " mm/year");
  }

  @Test
  void turnsTheInterferogramsByItsPhase() {
    Scene still = ScenePresets.mining(5).withSize(SIZE, SIZE);
    StackSimulator without = new StackSimulator(still);
    StackSimulator with = new StackSimulator(onMovingGround(still, 200));
    TruthTile velocity = with.truth(FRAME);
    TruthTile sites = without.truth(FRAME);
    int pair = 0;
    double span = with.pairs().get(pair).spanYears();
    float[] p0 = without.unwrappedPhaseRad(pair, FRAME);
    float[] p1 = with.unwrappedPhaseRad(pair, FRAME);
    double phasePerMm = still.radar().phasePerMm();
    for (int i = 0; i < SIZE * SIZE; i += 7) {
      double regional = velocity.velocityMmPerYear()[i] - sites.velocityMmPerYear()[i];
      assertEquals(phasePerMm * regional * span, p1[i] - p0[i], 1e-3);
    }
  }

  @Test
  void noneUnlessAsked() {
    Scene scene = ScenePresets.mixed(4).withSize(SIZE, SIZE);
    assertEquals(0, scene.deformation().regionalMmPerYear());
    assertEquals(0, RegionalMotion.of(scene).velocityMmPerYear(SIZE / 2, SIZE / 2));
    assertThrows(IllegalArgumentException.class,
        () -> scene.deformation().withRegional(-1, 40));
    assertThrows(IllegalArgumentException.class,
        () -> scene.deformation().withRegional(100, 0));
  }

  @Test
  void halfTheLandslideTrainingScenesStandOnMovingGround() {
    List<Double> rates = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      rates.add(TrainingScenes.landslideStack(seed, 64).deformation().regionalMmPerYear());
    }
    long moving = rates.stream().filter(r -> r > 0).count();
    assertTrue(moving >= 12 && moving <= 28, moving + " of 40");
    assertTrue(rates.stream().allMatch(r -> r == 0 || r >= 30 && r <= 600), rates.toString());
  }
}
