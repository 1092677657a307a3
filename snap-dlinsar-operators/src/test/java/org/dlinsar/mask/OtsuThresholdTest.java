package org.dlinsar.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OtsuThresholdTest {

  /** How a distributed run takes a band's threshold: one histogram per tile, merged. */
  @Test
  void histogramsOfPartsMergedGiveTheWholeBandsThreshold() {
    Random random = new Random(3);
    float[] values = new float[5000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) Math.min(1, Math.max(0, (i % 3 == 0 ? 0.25 : 0.7) + 0.08 * random.nextGaussian()));
    }
    OtsuThreshold merged = new OtsuThreshold();
    for (int from = 0; from < values.length; from += 1700) {
      OtsuThreshold part = new OtsuThreshold();
      part.add(values, from, Math.min(values.length, from + 1700));
      merged.add(part);
    }

    assertEquals(OtsuThreshold.threshold(values), merged.threshold());
    // every value but the ones clamped to 0, the fill of pixels without data
    long withData = IntStream.range(0, values.length).filter(i -> values[i] > 0).count();
    assertEquals(withData, merged.count());
    assertTrue(withData > values.length - 5, "clamped " + (values.length - withData));
  }

  @Test
  void separatesTwoModesInTheMiddleOfTheGap() {
    float[] v = new float[200];
    Arrays.fill(v, 0, 100, 0.1f);
    Arrays.fill(v, 100, 200, 0.8f);
    float t = OtsuThreshold.threshold(v);
    assertTrue(t > 0.1f && t <= 0.8f, "threshold " + t);
    assertEquals(0.45f, t, 1.5f / OtsuThreshold.BINS);
  }

  @Test
  void maximisesTheBetweenClassVarianceOverAllSplits() {
    Random random = new Random(7);
    float[] v = new float[5000];
    for (int i = 0; i < v.length; i++) {
      double mean = i % 3 == 0 ? 0.25 : 0.7;
      v[i] = (float) Math.min(1, Math.max(0, mean + 0.1 * random.nextGaussian()));
    }
    float t = OtsuThreshold.threshold(v);
    double chosen = betweenClassVariance(v, t);
    for (int k = 1; k < OtsuThreshold.BINS; k++) {
      double other = betweenClassVariance(v, k / (float) OtsuThreshold.BINS);
      assertTrue(chosen >= other - 1e-12, "split " + k + " beats " + t);
    }
  }

  @Test
  void ignoresZeroCoherenceTheFillOfPixelsWithoutData() {
    // a frame's empty border (SNAP writes coherence 0 there) does not move the threshold
    float[] data = {0.3f, 0.35f, 0.3f, 0.8f, 0.85f, 0.8f};
    float[] framed = Arrays.copyOf(data, data.length + 20);
    assertEquals(OtsuThreshold.threshold(data), OtsuThreshold.threshold(framed));
    // nor makes a constant band look two-valued: no contrast, no threshold
    float[] constant = {0.6f, 0.6f, 0.6f, 0f, 0f, 0f};
    assertTrue(Float.isNaN(OtsuThreshold.threshold(constant)));
  }

  @Test
  void ignoresNaNInfinityAndValuesOutsideTheUnitInterval() {
    float[] clean = {0.1f, 0.1f, 0.9f, 0.9f};
    float[] dirty = {0.1f, Float.NaN, 0.1f, -0.5f, 0.9f, Float.POSITIVE_INFINITY, 0.9f, 1.5f};
    assertEquals(OtsuThreshold.threshold(clean), OtsuThreshold.threshold(dirty));
  }

  @Test
  void findsNoThresholdInAConstantInput() {
    assertTrue(Float.isNaN(OtsuThreshold.threshold(new float[] {0.6f, 0.6f, 0.6f})));
    assertTrue(Float.isNaN(OtsuThreshold.threshold(new float[] {0f, 0f, 0f, Float.NaN})),
        "an all-zero coherence must not be called coherent");
  }

  @Test
  void isNaNWithoutAnyValue() {
    assertTrue(Float.isNaN(OtsuThreshold.threshold(new float[] {Float.NaN, 2f})));
    assertTrue(Float.isNaN(OtsuThreshold.threshold(new float[0])));
  }

  @Test
  void accumulatesOverSeveralCallsAsOverOneArrayAndClears() {
    Random random = new Random(3);
    float[] v = new float[1000];
    for (int i = 0; i < v.length; i++) {
      v[i] = random.nextFloat();
    }
    OtsuThreshold otsu = new OtsuThreshold();
    otsu.add(new float[] {0.99f, 0.99f}, 0, 2);
    otsu.clear();
    otsu.add(v, 0, 400);
    otsu.add(v, 400, 1000);
    assertEquals(1000, otsu.count());
    assertEquals(OtsuThreshold.threshold(v), otsu.threshold());
  }

  @Test
  void rejectsARangeOutsideTheArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OtsuThreshold().add(new float[3], 1, 4));
    assertTrue(e.getMessage().contains("[1, 4)"), e.getMessage());
  }

  /** w0 w1 (mu0 - mu1)^2 of the split "value < t" against "value >= t", on the bin centres. */
  private static double betweenClassVariance(float[] v, float t) {
    double n0 = 0;
    double n1 = 0;
    double s0 = 0;
    double s1 = 0;
    for (float x : v) {
      int bin = Math.min(OtsuThreshold.BINS - 1, (int) (x * OtsuThreshold.BINS));
      if (x < t) {
        n0++;
        s0 += bin;
      } else {
        n1++;
        s1 += bin;
      }
    }
    if (n0 == 0 || n1 == 0) {
      return 0;
    }
    double n = n0 + n1;
    double d = s0 / n0 - s1 / n1;
    return n0 / n * n1 / n * d * d;
  }
}
