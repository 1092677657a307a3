package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.sim.DeformationSpec;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.junit.jupiter.api.Test;

/** The visibility bar judges a slide by its own motion, whatever the ground around it does. */
class SiteVisibilityTest {

  @Test
  void groundThatMovesEverywhereNeitherShowsNorHidesASlide() {
    int slides = 0;
    int agree = 0;
    int visible = 0;
    for (long seed : new long[] {2201, 2202, 2203}) {
      Scene still = ScenePresets.landslides(seed);
      Scene moving = still.withDeformation(still.deformation().withRegional(600, 60));
      DetectionTrial a = DetectionTrial.run(still, "LANDSLIDE", 0.5);
      DetectionTrial b = DetectionTrial.run(moving, "LANDSLIDE", 0.5);
      assertEquals(a.sites(), b.sites());
      for (int s = 0; s < a.sites().size(); s++) {
        slides++;
        agree += a.visible().get(s).equals(b.visible().get(s)) ? 1 : 0;
        visible += a.visible().get(s) ? 1 : 0;
      }
    }
    System.out.printf("visibility on still vs moving ground: %d of %d slides agree, %d visible%n",
        agree, slides, visible);
    assertTrue(visible >= slides / 2 && visible < slides, visible + " of " + slides + " visible");
    assertTrue(agree >= 0.95 * slides, agree + " of " + slides + " agree");
  }

  @Test
  void aStillSlideOnASteepRegionalSlopeIsNotVisible() {
    for (long seed : new long[] {2204, 2205}) {
      Scene scene = ScenePresets.landslides(seed);
      DeformationSpec d = scene.deformation();
      DeformationSpec crawling = new DeformationSpec(d.bowlCount(), d.bowlMinMmPerYear(),
          d.bowlMaxMmPerYear(), d.bowlMinSigmaPx(), d.bowlMaxSigmaPx(), d.landslideCount(), 0.5, 1,
          d.landslideMinLengthPx(), d.landslideMaxLengthPx(), d.slopeThresholdDeg(), 600, 40);
      DetectionTrial trial = DetectionTrial.run(scene.withDeformation(crawling), "LANDSLIDE", 0.5);
      assertTrue(trial.sites().size() >= 4, trial.sites().size() + " slides");
      assertTrue(trial.visible().stream().noneMatch(v -> v),
          "seed " + seed + ": a slide at most 1 mm/year called visible: " + trial.visible());
    }
  }
}
