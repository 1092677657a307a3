package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustNoiseTest {

  @Test
  void givesTheStandardDeviationOfGaussianNoiseDespiteStrongBlobs() {
    Random random = new Random(7);
    float[] samples = new float[20_000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) (0.3 + 2.0 * random.nextGaussian());
    }
    for (int i = 0; i < 400; i++) {
      samples[i] = 500f; // 2 % of the samples on blobs
    }
    RobustNoise noise = RobustNoise.of(samples);

    assertEquals(2.0, noise.sigma(), 0.15);
    assertEquals(0.3, noise.median(), 0.2);
    assertEquals(5.0, noise.z(0.3 + 10.0), 0.4);
  }

  @Test
  void leavesOutNoDataAndGivesNoFloorWithoutSamples() {
    float[] samples = new float[100];
    java.util.Arrays.fill(samples, Float.NaN);
    assertNull(RobustNoise.of(samples));
    assertNull(RobustNoise.of(new float[100])); // all exactly 0: no data
  }
}
