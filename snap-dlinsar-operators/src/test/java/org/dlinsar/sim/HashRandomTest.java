package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HashRandomTest {

  @Test
  void complexGaussianHasUnitPowerAndIndependentParts() {
    int n = 200_000;
    double power = 0;
    double cross = 0;
    double[] z = new double[2];
    for (int i = 0; i < n; i++) {
      HashRandom.complexGaussian(HashRandom.hash(7, i, 0, 0, 0), z, 0);
      power += z[0] * z[0] + z[1] * z[1];
      cross += z[0] * z[1];
    }
    assertEquals(1, power / n, 0.01);
    assertEquals(0, cross / n, 0.01);
  }

  @Test
  void gaussianHasZeroMeanAndUnitVariance() {
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double g = HashRandom.gaussian(HashRandom.hash(3, i, 1, 2, 3));
      sum += g;
      sumSq += g * g;
    }
    assertEquals(0, sum / n, 0.01);
    assertEquals(1, sumSq / n, 0.01);
  }

  @Test
  void hashDependsOnEveryCoordinateAndItsOrder() {
    long h = HashRandom.hash(1, 2, 3, 4, 5);
    assertEquals(h, HashRandom.hash(1, 2, 3, 4, 5));
    assertNotEquals(h, HashRandom.hash(1, 3, 2, 4, 5));
    assertNotEquals(h, HashRandom.hash(2, 2, 3, 4, 5));
    assertNotEquals(h, HashRandom.hash(1, 2, 3, 4, 6));
  }
}
