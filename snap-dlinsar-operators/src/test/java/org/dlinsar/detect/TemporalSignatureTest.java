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
    assertTrue(signature.steady(1, 0.01), signature.toString());
    assertFalse(signature.steady(-1, 0.01), signature.toString());
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
    assertFalse(signature.steady(1, 0.01), signature.toString());
  }

  @Test
  void theBinomialTailIsExact() {
    assertEquals(1, TemporalSignature.binomialTail(10, 0), 0);
    assertEquals(11 / 1024.0, TemporalSignature.binomialTail(10, 9), 1e-15);
    assertEquals(0.5, TemporalSignature.binomialTail(1000, 500) - 0.5 * 0.0252, 1e-3);
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
}
