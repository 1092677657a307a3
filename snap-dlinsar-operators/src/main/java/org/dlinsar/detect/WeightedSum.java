package org.dlinsar.detect;

import java.util.Arrays;
import java.util.List;

/**
 * A weighted sum of fields, sum of w_p field_p: the interferograms' fringe fields stacked with
 * weight span / noise, so that steady motion adds up over the stack while each interferogram's
 * noise counts alike. The field is linear in its inputs, and so is the blob response.
 */
final class WeightedSum implements DivergenceRows {

  private final List<DivergenceRows> fields;
  private final double[] weights;

  /**
   * @param fields the fields; not modified
   * @param weights one per field; not modified (copied)
   */
  WeightedSum(List<DivergenceRows> fields, double[] weights) {
    if (fields.size() != weights.length) {
      throw new IllegalArgumentException("need one weight per field, got " + fields.size()
          + " fields and " + weights.length + " weights");
    }
    this.fields = List.copyOf(fields);
    this.weights = weights.clone();
  }

  @Override
  public void fill(int x0, int y0, int w, int h, float[] out) {
    int n = w * h;
    Arrays.fill(out, 0, n, 0f);
    float[] one = new float[n];
    for (int p = 0; p < weights.length; p++) {
      if (weights[p] == 0) {
        continue;
      }
      fields.get(p).fill(x0, y0, w, h, one);
      float c = (float) weights[p];
      for (int i = 0; i < n; i++) {
        out[i] += c * one[i];
      }
    }
  }
}
