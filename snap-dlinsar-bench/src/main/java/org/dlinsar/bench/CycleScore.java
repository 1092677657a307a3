package org.dlinsar.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.dlinsar.ifg.Cycles;

/** How the unwrapping benchmarks score an unwrapped raster against the simulator's unwrapped phase. */
final class CycleScore {

  private CycleScore() {}

  /**
   * @param counted the pixels to score (those where {@code unwrapped} is NaN are left out too)
   * @return {pixels within pi of the truth after the commonest whole-cycle offset, pixels scored}
   */
  static long[] withinPi(float[] unwrapped, float[] truth, IntPredicate counted) {
    Map<Long, Integer> votes = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      if (counted.test(i) && !Float.isNaN(unwrapped[i])) {
        votes.merge((long) Cycles.whole(unwrapped[i] - truth[i]), 1, Integer::sum);
      }
    }
    long k = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
    long right = 0;
    long total = 0;
    for (int i = 0; i < truth.length; i++) {
      if (counted.test(i) && !Float.isNaN(unwrapped[i])) {
        total++;
        right += Math.abs(unwrapped[i] - truth[i] - Cycles.TWO_PI * k) < Math.PI ? 1 : 0;
      }
    }
    return new long[] {right, total};
  }
}
