package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.sim.ScenePresets;
import org.junit.jupiter.api.Test;

/**
 * DL-Detect against the simulator's truth on seeds never used to tune it (the first of the
 * README's table, bench/detect-eval.sh ... 1001 10), at the default minScore ({@value
 * #MIN_SCORE}). A detection hits a site at box IoU >= 0.1 or with its centre in
 * the site's box; a site is visible when the stack shows it (SiteVisibility). The targets of
 * issue 9: landslide recall >= 0.8 on visible sites at precision >= 0.7, subsidence recall
 * >= 0.9 at precision >= 0.8; no lookalike cell detected. The figures are printed; the README's
 * table gives them over more seeds (bench/detect-eval.sh).
 */
class DetectionTruthTest {

  private static final double MIN_SCORE = 0.5;

  @Test
  void landslidesTheStackShowsAreFoundAndNoLookalike() {
    DetectionScores recall = null;
    DetectionScores precision = null;
    int lookalikes = 0;
    for (long seed : new long[] {1001, 1002, 1003, 1004}) {
      DetectionTrial trial = DetectionTrial.run(ScenePresets.landslides(seed), "LANDSLIDE", MIN_SCORE);
      recall = recall == null ? trial.scores(MIN_SCORE) : recall.plus(trial.scores(MIN_SCORE));
      precision = precision == null ? trial.anySite(MIN_SCORE)
          : precision.plus(trial.anySite(MIN_SCORE));
      lookalikes += trial.lookalikesDetected(MIN_SCORE);
    }
    print("landslides", recall, precision, lookalikes);

    assertTrue(recall.visibleSites() >= 10, "too few visible slides: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.8, "visible recall " + recall.visibleRecall());
    assertTrue(precision.precision() >= 0.7, "precision " + precision.precision());
    assertEquals(0, lookalikes, "lookalike cells detected");
  }

  @Test
  void miningBowlsAreFoundInTheInterferogramsAndNoLookalike() {
    DetectionScores recall = null;
    DetectionScores precision = null;
    int lookalikes = 0;
    for (long seed : new long[] {1001, 1002, 1003}) {
      DetectionTrial trial = DetectionTrial.run(ScenePresets.mining(seed), "SUBSIDENCE", MIN_SCORE);
      recall = recall == null ? trial.scores(MIN_SCORE) : recall.plus(trial.scores(MIN_SCORE));
      precision = precision == null ? trial.anySite(MIN_SCORE)
          : precision.plus(trial.anySite(MIN_SCORE));
      lookalikes += trial.lookalikesDetected(MIN_SCORE);
    }
    print("mining", recall, precision, lookalikes);

    assertTrue(recall.visibleRecall() >= 0.9, "visible recall " + recall.visibleRecall());
    assertTrue(recall.recall() >= 0.6, "recall of every bowl " + recall.recall());
    assertTrue(precision.precision() >= 0.8, "precision " + precision.precision());
    assertEquals(0, lookalikes, "lookalike cells detected");
  }

  /**
   * One mixed scene: too few sites for the targets (the README's table has ten scenes: visible
   * recall 0.83 and 1.00, precision 1.00 and 0.89); what it shows is asserted at the level
   * measured when it was written (visible slides 1 of 2, bowls 2 of 3, precision 1.00 and
   * 0.75), so that a regression fails it.
   */
  @Test
  void aMixedSceneGivesItsSlidesToLandslideAndItsBowlsToSubsidence() {
    List<DetectionTrial> trials = DetectionTrial.runModes(ScenePresets.mixed(1001),
        List.of("LANDSLIDE", "SUBSIDENCE"), MIN_SCORE);
    DetectionTrial slides = trials.get(0);
    DetectionTrial bowls = trials.get(1);
    print("mixed, LANDSLIDE", slides.scores(MIN_SCORE), slides.anySite(MIN_SCORE),
        slides.lookalikesDetected(MIN_SCORE));
    print("mixed, SUBSIDENCE", bowls.scores(MIN_SCORE), bowls.anySite(MIN_SCORE),
        bowls.lookalikesDetected(MIN_SCORE));

    assertTrue(slides.scores(MIN_SCORE).visibleRecall() >= 0.5);
    assertTrue(bowls.scores(MIN_SCORE).recall() >= 0.6);
    assertTrue(slides.anySite(MIN_SCORE).precision() >= 0.9);
    assertTrue(bowls.anySite(MIN_SCORE).precision() >= 0.7);
    assertEquals(0, slides.lookalikesDetected(MIN_SCORE) + bowls.lookalikesDetected(MIN_SCORE));
  }

  private static void print(String what, DetectionScores recall, DetectionScores precision,
      int lookalikes) {
    System.out.printf(Locale.ROOT, "DL-Detect %s: recall %.2f (%d/%d), visible %.2f (%d/%d),"
        + " precision %.2f (%d/%d), lookalikes detected %d%n", what, recall.recall(),
        recall.sitesHit(), recall.sites(), recall.visibleRecall(), recall.visibleHit(),
        recall.visibleSites(), precision.precision(), precision.hitting(), precision.detections(),
        lookalikes);
  }
}
