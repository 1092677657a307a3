package org.dlinsar.stats;

/**
 * The k-th smallest of n floats by quickselect (Hoare 1961), in expected linear time: the median
 * and the strongest candidates without sorting everything.
 */
public final class Select {

  private Select() {}

  /**
   * Returns the k-th smallest value (from 0) of {@code values[0..n)}, which it reorders.
   *
   * @param values the values, no NaN; modified (reordered)
   */
  public static float kth(float[] values, int n, int k) {
    if (k < 0 || k >= n || n > values.length) {
      throw new IllegalArgumentException("k = " + k + " outside 0 to " + n);
    }
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // median of three as pivot, so sorted input stays linear
      if (values[mid] < values[lo]) {
        swap(values, mid, lo);
      }
      if (values[hi] < values[lo]) {
        swap(values, hi, lo);
      }
      if (values[hi] < values[mid]) {
        swap(values, hi, mid);
      }
      float pivot = values[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(values, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

  private static void swap(float[] values, int a, int b) {
    float t = values[a];
    values[a] = values[b];
    values[b] = t;
  }
}
