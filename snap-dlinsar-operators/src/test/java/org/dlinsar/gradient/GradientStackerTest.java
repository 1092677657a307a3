package org.dlinsar.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradientStackerTest {

  private static final int W = 4;
  private static final int H = 3;
  private static final int N = W * H;
  private static final int INNER = W + 1;

  private static float[] filled(float v) {
    float[] a = new float[N];
    Arrays.fill(a, v);
    return a;
  }

  @Test
  void constantRateOverTwoSpansGivesThatRate() {
    double rate = 2.5;
    GradientStacker stacker = new GradientStacker(W, H);
    stacker.add(filled((float) (rate * 0.1)), filled((float) (-rate * 0.1)), null, 0.1);
    stacker.add(filled((float) (rate * 0.2)), filled((float) (-rate * 0.2)), null, 0.2);
    float[] az = new float[N];
    float[] rg = new float[N];
    int[] count = new int[N];
    stacker.finish(az, rg, count);
    assertEquals(2.5f, az[INNER], 1e-6f);
    assertEquals(-2.5f, rg[INNER], 1e-6f);
    assertEquals(2, count[INNER]);
  }

  @Test
  void weightsByTheMeanCoherenceOfTheNeighboursUsed() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[] lowAzimuthNeighbours = filled(1f);
    lowAzimuthNeighbours[INNER - W] = 0.4f;
    lowAzimuthNeighbours[INNER + W] = 0.6f;
    stacker.add(filled(1f), filled(1f), null, 0.1);
    stacker.add(filled(3f), filled(3f), lowAzimuthNeighbours, 0.3);
    float[] az = new float[N];
    float[] rg = new float[N];
    stacker.finish(az, rg, new int[N]);
    assertEquals((float) ((1 + 0.5 * 3) / (0.1 + 0.5 * 0.3)), az[INNER], 1e-5f);
    assertEquals((float) ((1 + 3.0) / (0.1 + 0.3)), rg[INNER], 1e-5f);
  }

  @Test
  void skipsNaNAndZeroCoherencePixelsAndCountsOnlyContributors() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[] masked = filled(1f);
    masked[INNER] = Float.NaN;
    float[] decorrelated = filled(0f);
    stacker.add(filled(1f), filled(1f), null, 1.0);
    stacker.add(masked, filled(1f), null, 1.0);
    stacker.add(filled(5f), filled(5f), decorrelated, 1.0);
    int[] count = new int[N];
    float[] az = new float[N];
    stacker.finish(az, new float[N], count);
    assertEquals(1, count[INNER]);
    assertEquals(2, count[INNER + 1]);
    assertEquals(1f, az[INNER], 0f);
  }

  @Test
  void isNaNWhereNothingContributedAndOnTheBorder() {
    GradientStacker stacker = new GradientStacker(W, H);
    float[] nan = filled(Float.NaN);
    stacker.add(nan, nan, null, 0.5);
    float[] az = new float[N];
    float[] rg = new float[N];
    int[] count = new int[N];
    stacker.finish(az, rg, count);
    assertTrue(Float.isNaN(az[INNER]) && Float.isNaN(rg[INNER]));
    assertEquals(0, count[INNER]);

    stacker.reset();
    stacker.add(filled(1f), filled(1f), filled(1f), 0.5);
    stacker.finish(az, rg, count);
    assertTrue(Float.isNaN(az[0]), "corner");
    assertEquals(0, count[W - 1]);
    assertEquals(2f, az[INNER], 0f);
  }

  @Test
  void resetForgetsEarlierInterferograms() {
    GradientStacker stacker = new GradientStacker(W, H);
    stacker.add(filled(9f), filled(9f), null, 1.0);
    stacker.reset();
    stacker.add(filled(1f), filled(1f), null, 1.0);
    float[] az = new float[N];
    int[] count = new int[N];
    stacker.finish(az, new float[N], count);
    assertEquals(1f, az[INNER], 0f);
    assertEquals(1, count[INNER]);
  }

  @Test
  void rejectsANonPositiveSpan() {
    GradientStacker stacker = new GradientStacker(W, H);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> stacker.add(filled(1f), filled(1f), null, 0.0));
    assertTrue(e.getMessage().contains("spanYears"), e.getMessage());
  }

  @Test
  void rejectsArraysOfTheWrongLength() {
    GradientStacker stacker = new GradientStacker(W, H);
    assertThrows(IllegalArgumentException.class,
        () -> stacker.add(new float[N - 1], filled(1f), null, 1.0));
    assertThrows(IllegalArgumentException.class,
        () -> stacker.finish(new float[N], new float[N], new int[N + 1]));
  }

  @Test
  void addingInterferogramsStacksAsComputingGradientsThenAddingThem() {
    int w = 37;
    int h = 29;
    int n = w * h;
    SplittableRandom random = new SplittableRandom(8);
    GradientStacker fused = new GradientStacker(w, h);
    GradientStacker twoStep = new GradientStacker(w, h);
    float[] azimuth = new float[n];
    float[] range = new float[n];
    for (int k = 0; k < 6; k++) {
      float[] re = new float[n];
      float[] im = new float[n];
      float[] mask = new float[n];
      float[] coherence = new float[n];
      for (int i = 0; i < n; i++) {
        double phase = 0.3 * (i % w) - 0.2 * (i / w) + random.nextGaussian();
        re[i] = (float) Math.cos(phase);
        im[i] = (float) Math.sin(phase);
        mask[i] = random.nextDouble() < 0.1 ? 0f : 1f;
        coherence[i] = (float) random.nextDouble();
      }
      re[5] = Float.NaN;           // invalid sample
      re[w + 7] = 0f;              // no data: 0 + 0i
      im[w + 7] = 0f;
      coherence[3 * w + 4] = Float.NaN;
      coherence[4 * w + 9] = 0f;
      double span = 0.05 * (k + 1);
      fused.addInterferogram(re, im, mask, k % 2 == 0 ? coherence : null, span);
      WrappedGradient.compute(re, im, mask, w, h, azimuth, range);
      twoStep.add(azimuth, range, k % 2 == 0 ? coherence : null, span);
    }
    float[] fusedAz = new float[n];
    float[] fusedRg = new float[n];
    int[] fusedCount = new int[n];
    float[] az = new float[n];
    float[] rg = new float[n];
    int[] count = new int[n];
    fused.finish(fusedAz, fusedRg, fusedCount);
    twoStep.finish(az, rg, count);

    assertArrayEquals(count, fusedCount);
    assertTrue(Arrays.stream(count).filter(c -> c > 0 && c < 6).count() > 0, "some pixels are partly masked");
    for (int i = 0; i < n; i++) {
      assertEquals(az[i], fusedAz[i], 1e-5, "azimuth at " + i);
      assertEquals(rg[i], fusedRg[i], 1e-5, "range at " + i);
    }
  }
}
