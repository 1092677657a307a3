package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoherenceModelTest {

  private final CoherenceModel model =
      new CoherenceModel(new DecorrelationSpec(0.9, 0.3, 50, 0.6, 0.1, 10, 0.5, 0.3));

  @Test
  void bareGroundDecaysExponentiallyToItsFloor() {
    double[] p = new double[3];
    model.parameters(Terrain.LAND, 0, p);
    assertEquals(0.9, CoherenceModel.coherence(p, 0), 1e-12);
    assertEquals(0.9 * (0.3 + 0.7 * Math.exp(-1)), CoherenceModel.coherence(p, 50), 1e-12);
    assertEquals(0.9 * 0.3, CoherenceModel.coherence(p, 1e6), 1e-12);
  }

  @Test
  void waterShadowAndLayoverHaveNoCoherenceAndAreMasked() {
    double[] p = new double[3];
    for (int c : new int[] {Terrain.WATER, Terrain.SHADOW, Terrain.LAYOVER}) {
      model.parameters(c, 0, p);
      assertEquals(0, CoherenceModel.coherence(p, 12));
      assertEquals(0, model.mask(c, 1.0));
    }
  }

  @Test
  void maskCutsAtTheCutoffInclusive() {
    assertEquals(1, model.mask(Terrain.LAND, 0.3));
    assertEquals(0, model.mask(Terrain.LAND, 0.2999));
  }
}
