package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.report.DatesSeenScores;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.junit.jupiter.api.Test;

/**
 * The bundled detection networks against the simulator's truth and against DL-Detect's classical
 * method on the same stacks, run through the chain as a user runs it (DL-Mask OTSU, then
 * Phase-Gradient-Stack and DL-Detect, or DL-Detect on the masked interferograms), on seeds that
 * neither training (100001-100800, 200001-200600) nor the cards' held-out sets (30001-30100) used.
 */
class DetectionModelTruthTest {

  /**
   * Recall of the visible sites (and, landslides, of those the gradient stack separates from its
   * background), precision against every site and the dates seen against the sites' motion,
   * summed over the scenes.
   */
  private record Figures(DetectionScores recall, DetectionScores separable,
      DetectionScores precision, DatesSeenScores dates) {
    Figures plus(DetectionTrial t, double minScore) {
      DetectionScores more = t.separable().isEmpty() ? null : t.separableScores(minScore);
      return new Figures(recall == null ? t.scores(minScore) : recall.plus(t.scores(minScore)),
          separable == null ? more : more == null ? separable : separable.plus(more),
          precision == null ? t.anySite(minScore) : precision.plus(t.anySite(minScore)),
          dates.plus(t.datesSeen(minScore)));
    }

    String describe(String method) {
      return String.format("%s: visible recall %.2f (%d/%d), of all sites %.2f (%d/%d),%s"
          + " precision %.2f (%d/%d), dates seen %s", method, recall.visibleRecall(),
          recall.visibleHit(), recall.visibleSites(), recall.recall(), recall.sitesHit(),
          recall.sites(), separable == null ? "" : String.format(" of the separable %.2f (%d/%d),",
              separable.visibleRecall(), separable.visibleHit(), separable.visibleSites()),
          precision.precision(), precision.hitting(), precision.detections(), dates);
    }
  }

  /** CLASSICAL at {@code classicalMinScore} and DL at 0.5 on the same stacks. */
  private static Figures[] compare(List<Scene> scenes, String mode, double classicalMinScore) {
    Figures classical = new Figures(null, null, null, DatesSeenScores.NONE);
    Figures dl = new Figures(null, null, null, DatesSeenScores.NONE);
    for (Scene scene : scenes) {
      List<DetectionTrial> trials = DetectionTrial.runMethods(scene, mode,
          List.of("CLASSICAL", "DL"), List.of(classicalMinScore, 0.5));
      classical = classical.plus(trials.get(0), classicalMinScore);
      dl = dl.plus(trials.get(1), 0.5);
    }
    System.out.println(mode + " on " + scenes.size() + " held-out scenes: "
        + classical.describe("CLASSICAL") + "; " + dl.describe("DL"));
    return new Figures[] {classical, dl};
  }

  @Test
  void theLandslideNetworkFindsMoreVisibleSlidesThanTheClassicalMethodAtHighPrecision() {
    List<Scene> scenes = List.of(ScenePresets.landslides(61_001), ScenePresets.landslides(61_002),
        ScenePresets.landslides(61_003), ScenePresets.mixed(61_004), ScenePresets.mixed(61_005));
    Figures[] f = compare(scenes, "LANDSLIDE", 0.5);
    assertTrue(f[1].recall().visibleRecall() >= f[0].recall().visibleRecall(),
        f[1].describe("DL") + " vs " + f[0].describe("CLASSICAL"));
    assertTrue(f[1].separable().visibleRecall() >= f[0].separable().visibleRecall(),
        f[1].describe("DL") + " vs " + f[0].describe("CLASSICAL"));
    assertTrue(f[1].precision().precision() >= 0.85, f[1].describe("DL"));
  }

  /**
   * Joined classical first (the card's ensemble), DDNet only adds to the bowls the gradient
   * stack's scan finds: the default method finds every one CLASSICAL finds at the card's
   * classical operating point, and dates them as the classical method does
   * (DetectionTruthTest): hardly a date the bowl stood still on, nearly every date of a full
   * fringe at its peak.
   */
  @Test
  void ddnetFindsTheVisibleBowlsAtHighPrecisionAndNoFewerThanTheClassicalMethod() {
    List<Scene> scenes = List.of(ScenePresets.mining(61_001), ScenePresets.mining(61_002),
        ScenePresets.mining(61_003), ScenePresets.mixed(61_004));
    double classicalPoint = BundledModels.onClassPath().named("ddnet-subsidence").orElseThrow()
        .card().ensemble().classicalScore();
    Figures[] f = compare(scenes, "SUBSIDENCE", classicalPoint);
    assertTrue(f[1].recall().visibleRecall() >= 0.95, f[1].describe("DL"));
    assertTrue(f[1].precision().precision() >= 0.85, f[1].describe("DL"));
    assertTrue(f[1].recall().sitesHit() >= f[0].recall().sitesHit(),
        f[1].describe("DL") + " vs " + f[0].describe("CLASSICAL"));
    assertTrue(f[1].dates().stillShare() <= 0.02, f[1].describe("DL"));
    assertTrue(f[1].dates().fringeRecall() >= 0.95, f[1].describe("DL"));
  }
}
