package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateScatterTest {

  /** 11 dates 12 days apart, each paired with its next two: the evaluation's 19 interferograms. */
  private static final PairNetwork NETWORK = PairNetworks.elevenDatesTwoNeighbours();

  @Test
  void aSteadyBowlKeepsItsSignificanceAndOneDatesAtmosphereLosesIt() {
    double[] spans = NETWORK.spansYears();
    double[] bowl = new double[spans.length];
    double[] atmosphere = new double[spans.length];
    for (int p = 0; p < spans.length; p++) {
      bowl[p] = 60 * spans[p]; // grows with the span
      // cells of -6 units on date 0 and +6 on date 10: the ends, which the rate does not cancel
      atmosphere[p] = (NETWORK.secondary()[p] == 10 ? 6 : 0) + (NETWORK.reference()[p] == 0 ? 6 : 0);
    }
    double bowlZ = NETWORK.signature(bowl).rateZ();
    assertEquals(bowlZ, RateScatter.moderatedZ(bowl, spans, bowlZ) * Math.sqrt(4.0 / 22), 1e-9,
        "a perfect fit: the scatter is the prior's alone, moderated over 4 + 18 degrees");
    double airZ = NETWORK.signature(atmosphere).rateZ();
    assertTrue(airZ > 4, "the ends' atmosphere passes for a rate: " + airZ);
    double judged = RateScatter.moderatedZ(atmosphere, spans, airZ);
    assertEquals(airZ / RateScatter.MAX_SCATTER, judged, 1e-9,
        "it scatters about the rate by far more than the cap");
  }
}
