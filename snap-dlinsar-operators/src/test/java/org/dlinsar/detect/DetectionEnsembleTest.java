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
        List.of(classical), POINTS, 0.5);
    assertEquals(1, joined.size());
    assertEquals(classical.box(), joined.get(0).box());
    assertEquals(DetectionEnsemble.joinedScore(0.95, 0.55), joined.get(0).score(), 1e-12);
  }

  @Test
  void eitherMethodAloneCountsFromItsOwnOperatingPoint() {
    // the network's 0.58 is under its point 0.6; the classical 0.58 is over its point 0.55
    List<DetectionRun.Scored> joined = DetectionEnsemble.join(List.of(at(10, 10, 0.58)),
        List.of(at(200, 200, 0.58)), POINTS, 0.5);
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
        List.of(classical), classicalFirst, 0.5);
    assertEquals(2, joined.size());
    assertEquals(classical.box(), joined.get(0).box());
    assertEquals(DetectionEnsemble.joinedScore(0.6, 0.55), joined.get(0).score(), 1e-12);
    assertEquals(networkOnly.box(), joined.get(1).box());
    // without it the surer network box wins
    assertEquals(network.box(), DetectionEnsemble.join(List.of(network), List.of(classical),
        POINTS, 0.5).get(0).box());
  }

  @Test
  void classicalFirstDropsANetworkBoxThatSwallowsAClassicalOne() {
    // mining seed 1110002: DDNet's component joined a bowl and the atmospheric cell beside it
    DetectionRun.Scored classical = at(93, 29, 0.99);
    DetectionRun.Scored swallowing = new DetectionRun.Scored(new PixelBox(89, 23, 161, 97), 125,
        60, 0.9, List.of());
    assertEquals(List.of(classical.box()), DetectionEnsemble.join(List.of(swallowing),
        List.of(classical), new ModelCard.Ensemble(0.6, 0.55, true), 0.5).stream()
        .map(DetectionRun.Scored::box).toList());
    // without it the surer classical box comes first and the network's centre is outside it
    assertEquals(2, DetectionEnsemble.join(List.of(swallowing), List.of(classical), POINTS, 0.5)
        .size());
  }
}
