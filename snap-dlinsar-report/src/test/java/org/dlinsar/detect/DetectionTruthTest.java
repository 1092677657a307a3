package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.dlinsar.report.DatesSeenScores;
import org.dlinsar.report.DetectionScores;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.report.TrialTotals;
import org.dlinsar.sim.AcquisitionPlan;
import org.dlinsar.sim.DecorrelationSpec;
import org.dlinsar.sim.Scene;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SeamSpec;
import org.dlinsar.sim.TimeHistory;
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
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    for (long seed : new long[] {1001, 1002, 1003, 1004}) {
      totals = totals.plus(
          DetectionTrial.run(ScenePresets.landslides(seed), "LANDSLIDE", MIN_SCORE));
    }
    print("landslides", totals);
    DetectionScores recall = totals.recall();
    DetectionScores precision = totals.precision();
    int lookalikes = totals.lookalikes();

    assertTrue(recall.visibleSites() >= 10, "too few visible slides: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.8, "visible recall " + recall.visibleRecall());
    assertTrue(precision.precision() >= 0.7, "precision " + precision.precision());
    assertEquals(0, lookalikes, "lookalike cells detected");
    // a slide's two lobes of opposite sign are one detection (BlobSelection): one box per site
    assertEquals(precision.sitesHit(), precision.hitting(), "sites reported twice");
  }

  @Test
  void miningBowlsAreFoundInTheInterferogramsAndNoLookalike() {
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    for (long seed : new long[] {1001, 1002, 1003}) {
      totals = totals.plus(DetectionTrial.run(ScenePresets.mining(seed), "SUBSIDENCE", MIN_SCORE));
    }
    print("mining", totals);
    DetectionScores recall = totals.recall();
    DetectionScores precision = totals.precision();
    int lookalikes = totals.lookalikes();

    assertTrue(recall.visibleRecall() >= 0.9, "visible recall " + recall.visibleRecall());
    // issue 9's target over every bowl, met since the scatter judges the rate (15/15 here)
    assertTrue(recall.recall() >= 0.9, "recall of every bowl " + recall.recall());
    assertTrue(precision.precision() >= 0.8, "precision " + precision.precision());
    assertEquals(0, lookalikes, "lookalike cells detected");
  }

  /**
   * A bowl's dates seen are those of the interferograms it moved in: hardly a date on which its
   * peak stood still (before a delayed bowl opened), nearly every date with a full fringe at its
   * peak (DatesSeenScores), whether the bowls come from the gradient stack or from the fringes.
   * Seeds 1110001-1110040 (bench/detect-eval.sh [--fringes] mining SUBSIDENCE 1110001 40): 6 of
   * 1469 dates listed while still, 452 of 453 fringe dates listed (fringes: 7 of 1477, 452 of 453).
   */
  @Test
  void aBowlIsSeenOnTheDatesItMovedAndNotBeforeItOpened() {
    Map<String, Object> classical = Map.of("method", "CLASSICAL", "minScore", MIN_SCORE);
    // with the gradient stack (its bowls dated by the interferograms), and in the fringes alone
    DatesSeenScores[] dates = {DatesSeenScores.NONE, DatesSeenScores.NONE};
    int[] delayedFound = new int[2];
    for (long seed : new long[] {1004, 1005, 1006}) {
      Scene scene = ScenePresets.mining(seed);
      List<DetectionTrial> trials = List.of(
          DetectionTrial.runParameters(scene, "SUBSIDENCE", List.of(classical)).get(0),
          DetectionTrial.runOnInterferograms(scene, List.of(classical)).get(0));
      for (int k = 0; k < 2; k++) {
        DetectionTrial trial = trials.get(k);
        dates[k] = dates[k].plus(trial.datesSeen(MIN_SCORE));
        List<Boolean> hit = trial.scores(MIN_SCORE).hitSites();
        for (int s = 0; s < hit.size(); s++) {
          delayedFound[k] += hit.get(s)
              && trial.sites().get(s).history().kind() == TimeHistory.Kind.DELAYED_START ? 1 : 0;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      String input = k == 0 ? "gradient stack" : "fringes alone";
      DatesSeenScores d = dates[k];
      System.out.printf(Locale.ROOT, "DL-Detect mining, %s, dates seen: %d listed, %d while the"
          + " bowl was still; %d of %d full-fringe dates listed; %d delayed bowls found%n", input,
          d.listed(), d.listedStill(), d.fringeDatesListed(), d.fringeDates(), delayedFound[k]);
      assertTrue(delayedFound[k] >= 2, input + ": too few bowls that open mid-series");
      assertTrue(d.fringeDates() >= 20, input + ": too few full-fringe dates: " + d);
      assertTrue(d.listedStill() <= 0.02 * d.listed(), input + ": dates listed while still: " + d);
      assertTrue(d.fringeDatesListed() >= 0.95 * d.fringeDates(), input + ": full-fringe dates listed: " + d);
    }
  }

  /**
   * Slow bowls, under a radian in every interferogram, show as no closed fringe anywhere; their
   * steady rate adds up in the gradient stack, where mode SUBSIDENCE now finds them when the
   * product has one (GradientStackDetector.Target.SUBSIDENCE). The same scenes with the
   * interferograms alone (the fringes' detector, as before) find fewer, and the bowls that do show
   * as fringes either way. Seeds the bar of a bowl in the stack (DetectionScore, tuning seeds
   * 980001-980100) was not chosen on.
   */
  @Test
  void theGradientStackFindsSlowBowlsTheFringesMiss() {
    TrialTotals inStack = TrialTotals.none(MIN_SCORE);
    TrialTotals inFringes = TrialTotals.none(MIN_SCORE);
    for (long seed : new long[] {1004, 1005, 1006, 1007, 1008, 1009, 1010}) {
      Scene scene = ScenePresets.mining(seed);
      inStack = inStack.plus(DetectionTrial.run(scene, "SUBSIDENCE", MIN_SCORE));
      inFringes = inFringes.plus(DetectionTrial.runOnInterferograms(scene,
          List.of(Map.of("method", "CLASSICAL", "minScore", MIN_SCORE))).get(0));
    }
    print("mining, in the gradient stack", inStack);
    print("mining, in the fringes alone", inFringes);
    DetectionScores stack = inStack.recall();
    DetectionScores stackPrecision = inStack.precision();
    DetectionScores fringes = inFringes.recall();
    int lookalikes = inStack.lookalikes();

    assertTrue(stack.sitesHit() > fringes.sitesHit(),
        stack.sitesHit() + " bowls in the stack against " + fringes.sitesHit() + " in the fringes");
    assertEquals(1.0, fringes.visibleRecall(), "bowls showing as fringes, found in them");
    assertEquals(1.0, stack.visibleRecall(), "bowls showing as fringes, found in the stack");
    assertTrue(stackPrecision.precision() >= 0.8, "precision " + stackPrecision.precision());
    assertEquals(0, lookalikes, "lookalike cells detected");
  }

  /**
   * On the mixed preset's hills a slide moving away from the satellite is a blob of a bowl's sign
   * in the gradient stack; with the elevation band, mode SUBSIDENCE drops the blobs whose middle
   * lies on slopes of maxBowlSlope (12 degrees) or more, which mode LANDSLIDE reports. Most
   * detections that hit only a slide go; the bowls stay (tuning scenes 980001-980100: 245 -> 52
   * such detections, bowls 259 -> 258 of 300).
   */
  @Test
  void slidesOnSteepSlopesAreNoBowls() {
    int bowlsKept = 0;
    int bowlsAll = 0;
    int slidesKept = 0;
    int slidesAll = 0;
    for (long seed : new long[] {1001, 1002, 1003, 1004}) {
      List<DetectionTrial> trials = DetectionTrial.runParameters(ScenePresets.mixed(seed),
          "SUBSIDENCE", List.of(Map.of("method", "CLASSICAL", "minScore", MIN_SCORE),
              Map.of("method", "CLASSICAL", "minScore", MIN_SCORE, "maxBowlSlope", 90.0)));
      bowlsKept += trials.get(0).scores(MIN_SCORE).sitesHit();
      bowlsAll += trials.get(1).scores(MIN_SCORE).sitesHit();
      slidesKept += slideOnly(trials.get(0));
      slidesAll += slideOnly(trials.get(1));
    }
    System.out.printf(Locale.ROOT, "DL-Detect mixed, SUBSIDENCE: bowls found %d (%d without the"
        + " rule), detections of a slide only %d (%d)%n", bowlsKept, bowlsAll, slidesKept,
        slidesAll);

    assertTrue(slidesAll >= 4, "too few slides taken for bowls to test the rule: " + slidesAll);
    assertTrue(slidesKept <= slidesAll / 2, slidesKept + " of " + slidesAll + " kept");
    assertTrue(bowlsKept >= bowlsAll - 1, bowlsKept + " bowls against " + bowlsAll);
  }

  /** Detections at the default score that hit a site of another class than the trial's only. */
  private static int slideOnly(DetectionTrial trial) {
    int n = 0;
    for (DetectionsRead.Row r : trial.detections()) {
      if (r.score() >= MIN_SCORE
          && trial.sites().stream().noneMatch(s -> DetectionScores.hits(r.box(), s.box()))
          && trial.allSites().stream().anyMatch(s -> DetectionScores.hits(r.box(), s.box()))) {
        n++;
      }
    }
    return n;
  }

  /**
   * One mixed scene: too few sites for the targets (the README's table has ten scenes: visible
   * recall 0.88 and 1.00, precision 0.97 and 0.93); what it shows is asserted at the level
   * measured when it was written (visible slides 1 of 2, bowls 2 of 3, precision 1.00 and
   * 0.75), so that a regression fails it.
   */
  @Test
  void aMixedSceneGivesItsSlidesToLandslideAndItsBowlsToSubsidence() {
    List<DetectionTrial> trials = DetectionTrial.runModes(ScenePresets.mixed(1001),
        List.of("LANDSLIDE", "SUBSIDENCE"), MIN_SCORE);
    DetectionTrial slides = trials.get(0);
    DetectionTrial bowls = trials.get(1);
    print("mixed, LANDSLIDE", TrialTotals.of(List.of(slides), MIN_SCORE));
    print("mixed, SUBSIDENCE", TrialTotals.of(List.of(bowls), MIN_SCORE));

    assertTrue(slides.scores(MIN_SCORE).visibleRecall() >= 0.5);
    assertTrue(bowls.scores(MIN_SCORE).recall() >= 0.6);
    assertTrue(slides.anySite(MIN_SCORE).precision() >= 0.9);
    assertTrue(bowls.anySite(MIN_SCORE).precision() >= 0.7);
    assertEquals(0, slides.lookalikesDetected(MIN_SCORE) + bowls.lookalikesDetected(MIN_SCORE));
  }

  /**
   * A year of 12-day acquisitions, each paired with its next three (87 interferograms), over
   * landslide terrain three fifths under forest whose 12-day coherence is about 0.2: there only a
   * few pairs pass the mask, by chance, and their rates are noise (the false spots of the real
   * stack in issue 9: 3 of 184 interferograms at coherence 0.26). Before the noise floor left out
   * the ground without data, such scenes had tens of false detections each; the stack's error
   * (grad_stderr) takes out those left on few-pair spots. Fresh seeds.
   */
  @Test
  void ratesOfAFewNoisyPairsInAForestMakeNoDetection() {
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    TrialTotals withoutError = TrialTotals.none(MIN_SCORE);
    for (long seed : new long[] {2001, 2002}) {
      Scene scene = forested(ScenePresets.landslides(seed));
      totals = totals.plus(DetectionTrial.run(scene, "LANDSLIDE", MIN_SCORE));
      withoutError = withoutError.plus(DetectionTrial.runWithoutStandardError(scene, MIN_SCORE));
    }
    print("forest, 87 interferograms", totals);
    DetectionScores recall = totals.recall();
    DetectionScores precision = totals.precision();
    DetectionScores countOnly = withoutError.precision();
    System.out.printf(Locale.ROOT, "  without grad_stderr: precision %.2f (%d/%d)%n",
        countOnly.precision(), countOnly.hitting(), countOnly.detections());

    assertTrue(recall.visibleSites() >= 4, "too few visible slides: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.75, "visible recall " + recall.visibleRecall());
    assertTrue(precision.detections() - precision.hitting() <= 1,
        "false detections: " + (precision.detections() - precision.hitting()));
    assertTrue(precision.precision() >= countOnly.precision(),
        "precision " + precision.precision() + " against " + countOnly.precision()
            + " without the error");
  }

  /**
   * Slides on ground that moves everywhere (regional subsidence of 300 mm/year in bowls of 30 to
   * 90 pixels, as a city over compacting aquifers): the bowls' flanks curve the phase rate under
   * whole districts, which without the scale test (GradientStackDetector.BROAD_RADIUS) made a
   * third of the detections false (README, "Slides on ground that moves everywhere"). Fresh
   * seeds.
   */
  @Test
  void groundThatMovesEverywhereIsNoSlide() {
    TrialTotals totals = onRegionalMotion(ScenePresets::landslides, "LANDSLIDE", 2101, 4);
    print("landslides on regional subsidence", totals);
    DetectionScores recall = totals.recall();

    assertTrue(recall.visibleSites() >= 20, "too few visible slides: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.65, "visible recall " + recall.visibleRecall());
    DetectionScores precision = totals.precision();
    assertTrue(precision.precision() >= 0.8, "precision " + precision.precision());
  }

  /**
   * Mining bowls on the same regional subsidence: the regional bowls are bowls too, 30 to 90
   * pixels across, which the background test (GradientStackDetector.BACKGROUND) scores below the
   * mining bowls on them; without it precision 0.70 (26/37) on these seeds, with it 0.84 (26/31),
   * the same bowls found (README, "Bowls on ground that moves everywhere"). Fresh seeds.
   */
  @Test
  void groundThatMovesEverywhereIsNoBowl() {
    TrialTotals totals = onRegionalMotion(ScenePresets::mining, "SUBSIDENCE", 2301, 6);
    print("mining on regional subsidence", totals);
    DetectionScores recall = totals.recall();

    assertTrue(recall.visibleSites() >= 8, "too few visible bowls: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.9, "visible recall " + recall.visibleRecall());
    assertTrue(recall.recall() >= 0.8, "recall " + recall.recall());
    DetectionScores precision = totals.precision();
    assertTrue(precision.precision() >= 0.8, "precision " + precision.precision());
  }

  /**
   * The preset's scenes of seeds first.. on 300 mm/year of regional motion in bowls of 30 to 90
   * pixels, scored at the default minScore.
   */
  private static TrialTotals onRegionalMotion(LongFunction<Scene> preset, String mode, long first,
      int seeds) {
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = preset.apply(seed);
      scene = scene.withDeformation(scene.deformation().withRegional(300, 60));
      totals = totals.plus(DetectionTrial.run(scene, mode, MIN_SCORE));
    }
    return totals;
  }

  /**
   * Two seams in every scene (Seam: lines across which the phase steps further every date, one
   * sign in every pair, as a fault creeping or a seam's misregistration drifting gives), which
   * stack into lines of phase gradient: without the line filter (maxLineShare 1) the classical
   * scan puts boxes along them. With it most go (on the README's held-out seeds 57 %), and the
   * sites found stay but for slides lying on a seam that outweighs them (README, "Lines across the
   * frame"). Fresh seeds. Twelve scenes' share of false boxes kept spreads widely: mining scenes
   * 2501-2512 keep 16 of 27, 2513-2524 14 of 25, 3501-3540 32 of 76, and a box whose score or
   * edge moves by a hair crosses minScore or the filter (README, "Gaps in ground that moves
   * everywhere"), so the bound is 0.7.
   */
  @Test
  void seamsAcrossTheFrameAreNoSlides() {
    acrossSeams(ScenePresets::landslides, "LANDSLIDE", 2401, 12, SeamSpec.atDefaultRate(2), -1, 0.7);
  }

  /** The same for bowls found in the gradient stack. Fresh seeds. */
  @Test
  void seamsAcrossTheFrameAreNoBowls() {
    acrossSeams(ScenePresets::mining, "SUBSIDENCE", 2501, 12, SeamSpec.atDefaultRate(2), -1, 0.7);
  }

  /**
   * Seams turned 12 degrees off the axes, as a map grid's run, with the line filter following lines
   * up to 20 degrees off (its default on a map grid; the simulator's grid is a radar one). These
   * seeds keep 5 of 19 false boxes; following the axes alone (maxLineTilt 0, as before) kept 13
   * (README "Lines across the frame"). Fresh seeds.
   */
  @Test
  void seamsAcrossAMapGridAreNoSlides() {
    acrossSeams(ScenePresets::landslides, "LANDSLIDE", 2701, 12, SeamSpec.atDefaultRate(2).tilted(12), 20, 0.5);
  }

  /**
   * @param maxLineTilt DL-Detect's maxLineTilt (-1: by the grid)
   * @param keptShare the largest share of the false boxes without the filter that may stay with it
   */
  private static void acrossSeams(LongFunction<Scene> preset, String mode, long first, int seeds, SeamSpec seams,
      double maxLineTilt, double keptShare) {
    TrialTotals filtered = TrialTotals.none(MIN_SCORE);
    TrialTotals kept = TrialTotals.none(MIN_SCORE);
    for (long seed = first; seed < first + seeds; seed++) {
      Scene scene = preset.apply(seed).withSeams(seams);
      List<DetectionTrial> trials = DetectionTrial.runParameters(scene, mode, List.of(
          Map.of("method", "CLASSICAL", "minScore", MIN_SCORE, "maxLineTilt", maxLineTilt),
          Map.of("method", "CLASSICAL", "minScore", MIN_SCORE, "maxLineShare", 1.0)));
      filtered = filtered.plus(trials.get(0));
      kept = kept.plus(trials.get(1));
    }
    print(mode + " across seams", filtered);
    print(mode + " across seams, no line filter", kept);
    DetectionScores precision = filtered.precision();
    DetectionScores without = kept.precision();
    int falseWith = precision.detections() - precision.hitting();
    int falseWithout = without.detections() - without.hitting();

    assertTrue(falseWithout >= 15, "too few boxes on seams to test the filter: " + falseWithout);
    assertTrue(falseWith <= keptShare * falseWithout, falseWith + " false detections, " + falseWithout
        + " without the filter");
    assertTrue(filtered.recall().sitesHit() >= kept.recall().sitesHit() - 2,
        filtered.recall().sitesHit() + " sites found, " + kept.recall().sitesHit() + " without");
  }

  /**
   * The single-reference stack SNAP's InterferogramOp forms from a coregistered stack, its
   * reference the first date: every pair holds it with one sign and spans grow from 12 to 120
   * days, so a fast bowl whose response saturates in the long pairs looked like that date's
   * atmosphere, and 6 of 14 visible bowls were found on these seeds (README, "Single-reference and
   * short stacks"). Fresh seeds.
   */
  @Test
  void aSingleReferenceStackShowsItsBowls() {
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    for (long seed = 2601; seed <= 2606; seed++) {
      Scene scene = ScenePresets.mining(seed);
      totals = totals.plus(DetectionTrial.run(
          scene.withAcquisitions(scene.acquisitions().withReferenceDate(0)), "SUBSIDENCE", MIN_SCORE));
    }
    print("mining, single reference", totals);
    DetectionScores recall = totals.recall();

    assertTrue(recall.visibleSites() >= 10, "too few visible bowls: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= 0.85, "visible recall " + recall.visibleRecall());
    assertTrue(totals.precision().precision() >= 0.85, "precision " + totals.precision().precision());
  }

  /**
   * Six dates, each paired with the next: five interferograms, too few for the sign agreement
   * test at its 0.01 (all five agreeing is 1/32), which dropped every slide; most must agree
   * instead. Fresh seeds.
   */
  @Test
  void aShortChainShowsItsSlides() {
    // issue 9's precision bar; 0.85 on these seeds
    assertSlidesOfAChain(6, 2701, 2706, 20, 0.5, 0.7);
  }

  /**
   * Eleven dates, each paired with the next: ten interferograms, of which the sign test at 0.01
   * asked all to agree (0.66 of the visible slides on these seeds); the signed ranks let a weak
   * disagreeing one through (0.76 at precision 0.98). Fresh seeds.
   */
  @Test
  void aChainOfElevenDatesShowsSlidesAWeakInterferogramDisagreesWith() {
    assertSlidesOfAChain(11, 2801, 2810, 50, 0.72, 0.9);
  }

  /** The landslides preset on dates each paired with the next; no lookalike cell detected. */
  private static void assertSlidesOfAChain(int dates, long firstSeed, long lastSeed,
      int leastVisible, double leastRecall, double leastPrecision) {
    TrialTotals totals = TrialTotals.none(MIN_SCORE);
    for (long seed = firstSeed; seed <= lastSeed; seed++) {
      totals = totals.plus(DetectionTrial.run(ScenePresets.named("landslides", seed, dates, 1),
          "LANDSLIDE", MIN_SCORE));
    }
    print("landslides, " + dates + " dates x 1", totals);
    DetectionScores recall = totals.recall();

    assertTrue(recall.visibleSites() >= leastVisible,
        "too few visible slides: " + recall.visibleSites());
    assertTrue(recall.visibleRecall() >= leastRecall, "visible recall " + recall.visibleRecall());
    assertTrue(totals.precision().precision() >= leastPrecision,
        "precision " + totals.precision().precision());
    assertEquals(0, totals.lookalikes(), "lookalike cells detected");
  }

  /** The scene over a year, each date paired with its next 3, three fifths under forest. */
  static Scene forested(Scene scene) {
    DecorrelationSpec d = scene.decorrelation();
    return scene.withAcquisitions(new AcquisitionPlan(LocalDate.of(2021, 1, 4), 12, 31, 3, 0))
        .withDecorrelation(new DecorrelationSpec(d.bareGamma0(), d.bareFloor(),
            d.bareDecayDays(), 0.55, d.vegetationFloor(), d.vegetationDecayDays(), 0.6,
            d.maskCutoff()));
  }

  private static void print(String what, TrialTotals totals) {
    System.out.println("DL-Detect " + what + ": " + totals.describe());
  }
}
