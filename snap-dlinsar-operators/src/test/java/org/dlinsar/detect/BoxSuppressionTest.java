package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

class BoxSuppressionTest {

  private static BoxSuppression.Proposal proposal(int x0, int y0, int x1, int y1, double score) {
    return new BoxSuppression.Proposal(new PixelBox(x0, y0, x1, y1), (x0 + x1) / 2,
        (y0 + y1) / 2, score);
  }

  @Test
  void keepsTheBestOfOverlappingBoxesAndEveryDisjointOne() {
    BoxSuppression.Proposal weak = proposal(12, 10, 32, 30, 0.6);
    BoxSuppression.Proposal strong = proposal(10, 10, 30, 30, 0.9);
    BoxSuppression.Proposal apart = proposal(100, 100, 120, 110, 0.4);

    assertEquals(List.of(strong, apart), BoxSuppression.suppress(List.of(apart, weak, strong)));
  }

  @Test
  void dropsASmallBoxInsideAKeptOneThoughTheirIouIsLow() {
    BoxSuppression.Proposal slide = proposal(0, 0, 40, 40, 0.8);
    BoxSuppression.Proposal part = proposal(15, 15, 22, 22, 0.7);

    assertEquals(List.of(slide), BoxSuppression.suppress(List.of(part, slide)));
  }

  @Test
  void keepsNeighboursThatOnlyTouch() {
    BoxSuppression.Proposal left = proposal(0, 0, 20, 20, 0.8);
    BoxSuppression.Proposal right = proposal(17, 0, 37, 20, 0.7);

    assertEquals(List.of(left, right), BoxSuppression.suppress(List.of(right, left)));
  }
}
