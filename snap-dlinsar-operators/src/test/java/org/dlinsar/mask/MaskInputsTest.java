package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The mask network's input planes: the same whatever the processor's amplitude scale. */
class MaskInputsTest {

  private static float[][] planes(float[] re, float[] im, float[] coh) {
    float[][] planes = new float[4][re.length];
    MaskInputs.fill(re, im, coh, MaskInputs.logAmplitudeReference(re, im), planes);
    return planes;
  }

  @Test
  void planesDoNotDependOnTheAmplitudeScale() {
    Random random = new Random(5);
    int n = 4000;
    float[] re = new float[n];
    float[] im = new float[n];
    float[] coh = new float[n];
    float[] reScaled = new float[n];
    float[] imScaled = new float[n];
    for (int i = 0; i < n; i++) {
      double amplitude = Math.exp(random.nextGaussian());
      double phase = random.nextDouble() * 2 * Math.PI - Math.PI;
      re[i] = (float) (amplitude * Math.cos(phase));
      im[i] = (float) (amplitude * Math.sin(phase));
      coh[i] = random.nextFloat();
      // a processor writing |z| about 1000 times larger (issue 11: an order of magnitude and more)
      reScaled[i] = re[i] * 1024;
      imScaled[i] = im[i] * 1024;
    }
    float[][] a = planes(re, im, coh);
    float[][] b = planes(reScaled, imScaled, coh);
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(a[c], b[c], 1e-6f, MaskInputs.CHANNELS.get(c));
    }
    // the median is taken in 0.01-wide bins: the log amplitude agrees to a bin
    assertArrayEquals(a[3], b[3], 0.011f, "log_amplitude");
  }

  @Test
  void logAmplitudeIsRelativeToTheBandsMedian() {
    float[] re = {1, 2, 4, 8, 16};
    float[] im = new float[5];
    assertEquals(Math.log(4), MaskInputs.logAmplitudeReference(re, im), 0.005);
    float[][] p = planes(re, im, new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0.5f});
    assertEquals(0, p[3][2], 0.005);
    assertEquals(Math.log(4), p[3][4], 0.005);
  }

  /**
   * Coherence 0 is SNAP's no data, as Otsu and the gradient stack take it: it was fed to the
   * network as coherence 0, changing the masks of pixels up to its reach away.
   */
  @Test
  void samplesWithoutDataAreNanInEveryPlaneAndLeftOutOfTheMedian() {
    float[] re = {0, Float.NaN, 3, 3, 3};
    float[] im = {0, 1, 4, 4, 4};
    float[] coh = {0.5f, 0.5f, Float.NaN, 0f, 0.7f};
    float[][] p = planes(re, im, coh);
    for (int i = 0; i < 4; i++) {
      for (float[] plane : p) {
        assertTrue(Float.isNaN(plane[i]), "sample " + i);
      }
    }
    assertEquals(0.6f, p[0][4], 1e-6f);
    assertEquals(0.8f, p[1][4], 1e-6f);
    assertEquals(0.7f, p[2][4], 1e-6f);
    assertEquals(0, p[3][4], 0.005, "ln 5 less the median of the valid samples, ln 5");
  }
}
