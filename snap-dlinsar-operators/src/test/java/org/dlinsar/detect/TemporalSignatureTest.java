package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemporalSignatureTest {

  @Test
  void steadyMotionIsMotionEvenInNoise() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    Random random = new Random(2);
    double[] a = new double[network.size()];
    for (int p = 0; p < a.length; p++) {
      a[p] = 60 * network.spansYears()[p] + random.nextGaussian(); // 2 to 4 sigmas per pair
    }
    TemporalSignature signature = network.signature(a);

    assertFalse(signature.oneDateScreen(), signature.toString());
    assertTrue(signature.rateZ() > 8, signature.toString());
    assertTrue(SignAgreement.steady(a, 1, 0.01), signature.toString());
    assertFalse(SignAgreement.steady(a, -1, 0.01), signature.toString());
  }

  @Test
  void aBlobThatAFewNoisyInterferogramsPutInTheStackIsNotSteady() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    Random random = new Random(4);
    double[] a = new double[network.size()];
    for (int p = 0; p < a.length; p++) {
      a[p] = random.nextGaussian();
    }
    a[3] = 25; // two wild interferograms
    a[12] = 20;
    TemporalSignature signature = network.signature(a);

    assertTrue(signature.rateZ() > 5, signature.toString());
    assertFalse(SignAgreement.steady(a, 1, 0.01), signature.toString());
  }

  @Test
  void motionOfASingleReferenceStackFromItsFirstDateIsNoScreenOfThatDate() {
    // pairs 0-1 ... 0-10: the reference's screen is -1 in every pair, and the spans rise from 12 to
    // 120 days; a fast bowl's response saturates in the long pairs, so it hardly grows with them
    PairNetwork network = PairNetworks.singleReference(11, 0);
    Random random = new Random(6);
    double[] a = new double[network.size()];
    for (int p = 0; p < a.length; p++) {
      a[p] = -Math.min(80 * network.spansYears()[p], 8) + 0.5 * random.nextGaussian();
    }
    TemporalSignature signature = network.signature(a);

    assertFalse(signature.oneDateScreen(), signature.toString());
    assertTrue(SignAgreement.steady(a, -1, 0.01), signature.toString());
  }

  @Test
  void theReferencesAtmosphereMidSeriesIsStillAScreen() {
    // pairs d-5 and 5-d: the reference is secondary in the first five, reference in the rest, so
    // its screen changes sign where steady motion does not
    PairNetwork network = PairNetworks.singleReference(11, 5);
    double[] a = new double[network.size()];
    for (int p = 0; p < a.length; p++) {
      a[p] = network.secondary()[p] == 5 ? 6 : -6;
    }
    TemporalSignature signature = network.signature(a);

    assertTrue(signature.oneDateScreen(), signature.toString());
    assertEquals(5, signature.screenDate());
  }

  @Test
  void aReferenceNearAnEndOfASingleReferenceStackIsUntested() {
    // 11 dates: the screens of references 0-2 and 8-10 follow the spans (cosine over 0.7)
    for (int reference = 0; reference < 11; reference++) {
      boolean nearAnEnd = reference <= 2 || reference >= 8;
      assertEquals(nearAnEnd ? reference : -1,
          PairNetworks.singleReference(11, reference).untestedReference(), "reference " + reference);
    }
    assertEquals(-1, PairNetworks.elevenDatesTwoNeighbours().untestedReference());
    // a triangle's end dates go untested too, but neither is in every pair
    assertEquals(-1, PairNetworks.datesAndNeighbours(3, 2).untestedReference());
  }

  @Test
  void oneDatesAtmosphereIsAScreenOfThatDateInTheMiddleAndAtTheEnd() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    for (int date : new int[] {5, 10}) {
      double[] a = new double[network.size()];
      for (int p = 0; p < a.length; p++) {
        a[p] = (network.secondary()[p] == date ? 6 : 0) - (network.reference()[p] == date ? 6 : 0);
      }
      TemporalSignature signature = network.signature(a);

      assertTrue(signature.oneDateScreen(), "date " + date + ": " + signature);
      assertEquals(date, signature.screenDate());
    }
  }

  @Test
  void aSlideUnderOneDatesCellKeepsTheRateBeyondTheCell() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    Random random = new Random(7);
    int cellDate = 3;
    double[] a = new double[network.size()];
    for (int p = 0; p < a.length; p++) {
      a[p] = 30 * network.spansYears()[p] + random.nextGaussian() // 1 to 2 sigmas per pair
          + (network.secondary()[p] == cellDate ? 8 : 0)
          - (network.reference()[p] == cellDate ? 8 : 0);
    }
    TemporalSignature signature = network.signature(a);

    // the cell explains more than the rate, but a rate is left in every other pair
    assertTrue(signature.oneDateScreen(), signature.toString());
    assertEquals(cellDate, signature.screenDate());
    assertTrue(signature.rateBeyondScreenP() < 1e-4, signature.toString());
    assertTrue(signature.steadyBeyondScreen(), signature.toString());
  }

  @Test
  void oneDatesCellInNoiseLeavesARateBeyondItAsRarelyAsTheTestAllows() {
    PairNetwork network = PairNetworks.elevenDatesTwoNeighbours();
    Random random = new Random(11);
    int trials = 2000;
    int screens = 0;
    int keptAsMotion = 0;
    for (int trial = 0; trial < trials; trial++) {
      int cellDate = 1 + random.nextInt(9); // dates in four pairs
      double cell = 4 + 8 * random.nextDouble();
      double[] a = new double[network.size()];
      for (int p = 0; p < a.length; p++) {
        // in a field's own unit, far from 1
        a[p] = 0.01 * (random.nextGaussian() + (network.secondary()[p] == cellDate ? cell : 0)
            - (network.reference()[p] == cellDate ? cell : 0));
      }
      TemporalSignature signature = network.signature(a);
      if (signature.oneDateScreen()) {
        screens++;
        keptAsMotion += signature.steadyBeyondScreen() ? 1 : 0;
      }
    }

    assertTrue(screens > 0.95 * trials, screens + " of " + trials);
    // the rate's sign is its own, so either sign passes: twice the test's 0.005 of them
    double expected = 2 * TemporalSignature.STEADY_BEYOND_SCREEN_ALPHA * screens;
    assertTrue(keptAsMotion >= 0.4 * expected && keptAsMotion <= 2 * expected,
        keptAsMotion + " of " + screens + " cells kept as motion, " + expected + " expected");
  }
}
