package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlinsar.report.DetectionTrial;
import org.junit.jupiter.api.Test;

/** The visibility bar judges a slide by its own motion, whatever the ground around it does. */
class SiteVisibilityTest {

  /**
   * The same slides with and without 600 mm/year of regional motion in bowls of 15 to 45 pixels:
   * the bar that counted the regional gradient as the slide's and as noise changed 5 of these 24
   * verdicts.
   */
  @Test
  void groundThatMovesEverywhereNeitherShowsNorHidesASlide() {
    int slides = 0;
    int agree = 0;
    int visible = 0;
    for (long seed : new long[] {2201, 2202, 2203}) {
      // slides of 2-6 mm/year sit near the bar (16 of 24 visible), where it matters what counts
      Scene still = withSlides(ScenePresets.landslides(seed), 2, 6, 0, 50);
      Scene moving = withSlides(still, 2, 6, 600, 30);
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

  /** The scene with slides of {@code min..max} mm/year, on regional motion of {@code regional}. */
  private static Scene withSlides(Scene scene, double min, double max, double regional,
      double scalePx) {
    DeformationSpec d = scene.deformation();
    return scene.withDeformation(new DeformationSpec(d.bowlCount(), d.bowlMinMmPerYear(),
        d.bowlMaxMmPerYear(), d.bowlMinSigmaPx(), d.bowlMaxSigmaPx(), d.landslideCount(), min, max,
        d.landslideMinLengthPx(), d.landslideMaxLengthPx(), d.slopeThresholdDeg(), regional,
        scalePx));
  }

  /** Slides of at most 1 mm/year on steep regional slopes: the old bar called 4 of 8 visible. */
  @Test
  void aStillSlideOnASteepRegionalSlopeIsNotVisible() {
    for (long seed : new long[] {2204, 2205}) {
      Scene crawling = withSlides(ScenePresets.landslides(seed), 0.5, 1, 600, 40);
      DetectionTrial trial = DetectionTrial.run(crawling, "LANDSLIDE", 0.5);
      assertTrue(trial.sites().size() >= 4, trial.sites().size() + " slides");
      assertTrue(trial.visible().stream().noneMatch(v -> v),
          "seed " + seed + ": a slide at most 1 mm/year called visible: " + trial.visible());
    }
  }
}
