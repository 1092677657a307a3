package org.dlinsar.unwrap;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores an unwrapped phase against the true one: the share of scored pixels within pi of the
 * truth once the single most common whole-cycle offset is removed (the project's design bar for unwrapping).
 */
record UnwrapScore(int scored, int correct, int missing) {

  private static final double TWO_PI = 2 * Math.PI;

  /**
   * @param unwrapped the unwrapper's output (NaN = not unwrapped)
   * @param truth the true unwrapped phase
   * @param scored which pixels count (truly coherent); a NaN output there is missing, not scored
   */
  static UnwrapScore of(float[] unwrapped, float[] truth, boolean[] scored) {
    Map<Long, Integer> votes = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      if (scored[i] && !Float.isNaN(unwrapped[i])) {
        votes.merge(Math.round((unwrapped[i] - truth[i]) / TWO_PI), 1, Integer::sum);
      }
    }
    long offset = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
    int count = 0;
    int correct = 0;
    int missing = 0;
    for (int i = 0; i < truth.length; i++) {
      if (!scored[i]) {
        continue;
      }
      if (Float.isNaN(unwrapped[i])) {
        missing++;
        continue;
      }
      count++;
      if (Math.abs(unwrapped[i] - truth[i] - TWO_PI * offset) < Math.PI) {
        correct++;
      }
    }
    return new UnwrapScore(count, correct, missing);
  }

  UnwrapScore plus(UnwrapScore other) {
    return new UnwrapScore(scored + other.scored, correct + other.correct, missing + other.missing);
  }

  double success() {
    return scored == 0 ? 1 : (double) correct / scored;
  }
}
