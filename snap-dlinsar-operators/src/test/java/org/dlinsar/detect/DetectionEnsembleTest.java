package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class DetectionEnsembleTest {

  private static final ModelCard.Ensemble POINTS = new ModelCard.Ensemble(0.6, 0.55);

  private static DetectionRun.Scored at(int x, int y, double score) {
    return new DetectionRun.Scored(new PixelBox(x, y, x + 10, y + 10), x + 5, y + 5, score,
        List.of());
  }

  private static DetectionRun.Scored box(int x0, int y0, int x1, int y1, double score) {
    return new DetectionRun.Scored(new PixelBox(x0, y0, x1, y1), (x0 + x1) / 2, (y0 + y1) / 2,
        score, List.of());
  }

  @Test
  void eachMethodsOperatingPointJoinsAtOneHalf() {
    assertEquals(0.5, DetectionEnsemble.joinedScore(0.6, 0.6), 1e-12);
    assertEquals(0.0, DetectionEnsemble.joinedScore(0.0, 0.6), 1e-12);
    assertEquals(1.0, DetectionEnsemble.joinedScore(1.0, 0.6), 1e-12);
    for (double joined = 0; joined <= 1; joined += 0.05) {
      assertEquals(joined, DetectionEnsemble.joinedScore(
          DetectionEnsemble.methodScore(joined, 0.55), 0.55), 1e-12);
    }
  }

  @Test
  void aTargetBothFindIsOneDetectionWithTheSurerBox() {
    DetectionRun.Scored network = at(100, 100, 0.8);
    DetectionRun.Scored classical = at(102, 101, 0.95);
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(network),
        List.of(classical), POINTS, 0.5, 0);
    assertEquals(1, joined.size());
    assertEquals(classical.box(), joined.get(0).box());
    assertEquals(DetectionEnsemble.joinedScore(0.95, 0.55), joined.get(0).score(), 1e-12);
  }

  @Test
  void aTargetBothFindJustUnderTheirPointsIsKeptByTheirAgreementAndOneAloneIsNot() {
    ModelCard.Ensemble agreeing = new ModelCard.Ensemble(0.6, 0.55, false, 0.08);
    // joined 0.48 and 0.45: each alone under 0.5, their mean 0.465 + 0.08 over it
    DetectionRun.Scored network = at(100, 100, 0.576);
    DetectionRun.Scored classical = at(102, 101, 0.495);
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(network, at(10, 10, 0.576)),
        List.of(classical, at(200, 200, 0.495)), agreeing, 0.5, 0);
    assertEquals(1, joined.size());
    assertEquals(network.box(), joined.get(0).box());
    assertEquals((0.48 + 0.45) / 2 + 0.08, joined.get(0).score(), 1e-9);
    assertEquals(List.of(), DetectionEnsemble.join(List.of(network), List.of(classical), POINTS,
        0.5, 0));
    // sure partners keep their order rather than all reaching 1
    assertEquals(0.95 + 0.08 * 0.1, DetectionEnsemble.agreedScore(0.96, 0.94, 0.08), 1e-12);
    assertEquals(1.0, DetectionEnsemble.agreedScore(1.0, 1.0, 0.08), 1e-12);
    // what each method must report so that such a pair can reach minScore
    assertEquals(0.34, DetectionEnsemble.leastJoined(0.5, agreeing), 1e-12);
    assertEquals(0.5, DetectionEnsemble.leastJoined(0.5, POINTS), 1e-12);
  }

  @Test
  void aWeakLargerBoxAroundASlideBorrowsNoAgreementFromTheOtherMethodsBoxOfIt() {
    // simulated seed 960004: the network's box of a slide, a weak larger one around it, and the
    // classical box inside both; the classical box is the slide's box's partner, not the weak one's
    ModelCard.Ensemble agreeing = new ModelCard.Ensemble(0.6, 0.55, false, 0.08);
    DetectionRun.Scored slide = box(41, 174, 55, 189, 0.879);
    DetectionRun.Scored around = box(41, 164, 69, 188, 0.338);
    DetectionRun.Scored classical = box(43, 176, 52, 187, 0.611);
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(slide, around),
        List.of(classical), agreeing, 0.5, 0);
    assertEquals(List.of(slide.box()), joined.stream().map(DetectionRun.Scored::box).toList());
  }

  @Test
  void eitherMethodAloneCountsFromItsOwnOperatingPoint() {
    // the network's 0.58 is under its point 0.6; the classical 0.58 is over its point 0.55
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(at(10, 10, 0.58)),
        List.of(at(200, 200, 0.58)), POINTS, 0.5, 0);
    assertEquals(1, joined.size());
    assertEquals(new PixelBox(200, 200, 210, 210), joined.get(0).box());
  }

  @Test
  void classicalFirstKeepsTheClassicalBoxAndAddsTheNetworksOthers() {
    ModelCard.Ensemble classicalFirst = new ModelCard.Ensemble(0.6, 0.55, true);
    // the network is surer of the first target, but its box is the classical one's here
    DetectionRun.Scored network = at(100, 100, 0.99);
    DetectionRun.Scored classical = at(102, 101, 0.6);
    DetectionRun.Scored networkOnly = at(300, 300, 0.9);
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(network, networkOnly),
        List.of(classical), classicalFirst, 0.5, 0);
    assertEquals(2, joined.size());
    assertEquals(classical.box(), joined.get(0).box());
    assertEquals(DetectionEnsemble.joinedScore(0.6, 0.55), joined.get(0).score(), 1e-12);
    assertEquals(networkOnly.box(), joined.get(1).box());
    // without it the surer network box wins
    assertEquals(network.box(), DetectionEnsemble.join(List.of(network), List.of(classical),
        POINTS, 0.5, 0).get(0).box());
  }

  @Test
  void classicalFirstDropsANetworkBoxThatSwallowsAClassicalOne() {
    // mining seed 1110002: DDNet's component joined a bowl and the atmospheric cell beside it
    DetectionRun.Scored classical = at(93, 29, 0.99);
    DetectionRun.Scored swallowing = new DetectionRun.Scored(new PixelBox(89, 23, 161, 97), 125,
        60, 0.9, List.of());
    assertEquals(List.of(classical.box()), DetectionEnsemble.join(List.of(swallowing),
        List.of(classical), new ModelCard.Ensemble(0.6, 0.55, true), 0.5, 0).stream()
        .map(DetectionRun.Scored::box).toList());
    // without it the surer classical box comes first and the network's centre is outside it
    assertEquals(2, DetectionEnsemble.join(List.of(swallowing), List.of(classical), POINTS, 0.5, 0)
        .size());
  }

  @Test
  void classicalFirstTakesANetworkFragmentBesideAClassicalBoxForPartOfItsTarget() {
    // mining seed 980075: DDNet's rim fragment 5 pixels from the bowl's classical box
    DetectionRun.Scored classical = new DetectionRun.Scored(new PixelBox(218, 76, 245, 93), 231,
        84, 0.94, List.of());
    DetectionRun.Scored fragment = new DetectionRun.Scored(new PixelBox(234, 58, 255, 71), 244,
        64, 1.0, List.of());
    DetectionRun.Scored elsewhere = at(100, 100, 1.0);
    ModelCard.Ensemble classicalFirst = new ModelCard.Ensemble(0.5, 0.5, true);
    assertEquals(List.of(classical.box(), elsewhere.box()), DetectionEnsemble.join(
        List.of(fragment, elsewhere), List.of(classical), classicalFirst, 0.5, 8).stream()
        .map(DetectionRun.Scored::box).toList());
    assertEquals(3, DetectionEnsemble.join(List.of(fragment, elsewhere), List.of(classical),
        classicalFirst, 0.5, 4).size());
  }
}
