package org.dlinsar.sbas;

import org.dlinsar.ifg.Cycles;

/**
 * Finds and removes 2-pi unwrapping jumps at one pixel from the closure of interferogram triplets,
 * as MintPy's phase-closure correction does (Yunjun et al. 2019, section 3.2.2): the closure
 * phase(ij) + phase(jk) - phase(ik) of consistently unwrapped phases is near 0, so its value in
 * whole cycles, c = round(closure / 2 pi), counts the jumps. The integer ambiguities u (one per
 * pair) minimise the L1 norm |c - C u| (C: +1, +1, -1 per triplet), then |u|; each pair's phase
 * loses 2 pi u.
 *
 * <p>The integer problem is solved by descent: repeatedly the single +-1 change of one pair's
 * ambiguity that lowers |c - C u| the most, ties going to the pair of lowest weight (the least
 * coherent interferogram is the likeliest to be wrong), until no change helps. Exact for isolated
 * jumps in pairs that close at least two triplets; a pair in one triplet only cannot be told
 * apart from its two partners, and the least coherent of the three is changed. One instance per
 * thread.
 */
final class ClosureCorrection {

  private final int[][] triplets;
  private final int[][] tripletsOfPair;
  private final int[] closure;
  private final int[] ambiguity;
  private final boolean[] usable;

  ClosureCorrection(SbasNetwork network) {
    this.triplets = network.triplets();
    int pairs = network.pairCount();
    int[] count = new int[pairs];
    for (int[] t : triplets) {
      for (int p : t) {
        count[p]++;
      }
    }
    this.tripletsOfPair = new int[pairs][];
    for (int p = 0; p < pairs; p++) {
      tripletsOfPair[p] = new int[count[p]];
      count[p] = 0;
    }
    for (int t = 0; t < triplets.length; t++) {
      for (int p : triplets[t]) {
        tripletsOfPair[p][count[p]++] = t;
      }
    }
    this.closure = new int[triplets.length];
    this.ambiguity = new int[pairs];
    this.usable = new boolean[triplets.length];
  }

  /**
   * Corrects one pixel's phases in place.
   *
   * @param phaseRad unwrapped phase per pair, NaN where not valid; modified (2 pi u subtracted)
   * @param weight weight per pair, 0 or NaN where not valid; not modified
   * @return the number of pairs whose phase was changed
   */
  int correct(float[] phaseRad, float[] weight) {
    boolean any = false;
    for (int t = 0; t < triplets.length; t++) {
      int[] tri = triplets[t];
      usable[t] = valid(phaseRad, weight, tri[0]) && valid(phaseRad, weight, tri[1])
          && valid(phaseRad, weight, tri[2]);
      closure[t] = usable[t] ? (int) Cycles.whole(
          (double) phaseRad[tri[0]] + phaseRad[tri[1]] - phaseRad[tri[2]]) : 0;
      any |= closure[t] != 0;
    }
    if (!any) {
      return 0;
    }
    java.util.Arrays.fill(ambiguity, 0);
    // each accepted step lowers the integer L1 norm by at least 1: it ends
    while (true) {
      int bestPair = -1;
      int bestStep = 0;
      int bestGain = 0;
      for (int p = 0; p < ambiguity.length; p++) {
        if (!valid(phaseRad, weight, p)) {
          continue;
        }
        for (int step = -1; step <= 1; step += 2) {
          int gain = gain(p, step);
          if (gain > bestGain || (gain == bestGain && gain > 0 && weight[p] < weight[bestPair])) {
            bestPair = p;
            bestStep = step;
            bestGain = gain;
          }
        }
      }
      if (bestPair < 0) {
        break;
      }
      apply(bestPair, bestStep);
    }
    int changed = 0;
    for (int p = 0; p < ambiguity.length; p++) {
      if (ambiguity[p] != 0) {
        phaseRad[p] -= (float) (Cycles.TWO_PI * ambiguity[p]);
        changed++;
      }
    }
    return changed;
  }

  private static boolean valid(float[] phase, float[] weight, int p) {
    return weight[p] > 0 && !Float.isNaN(phase[p]);
  }

  /** How much |c - C u|_1 drops when u[p] += step. */
  private int gain(int p, int step) {
    int gain = 0;
    for (int t : tripletsOfPair[p]) {
      if (!usable[t]) {
        continue;
      }
      int sign = triplets[t][2] == p ? -1 : 1;
      int before = Math.abs(closure[t]);
      int after = Math.abs(closure[t] - sign * step);
      gain += before - after;
    }
    return gain;
  }

  private void apply(int p, int step) {
    ambiguity[p] += step;
    for (int t : tripletsOfPair[p]) {
      if (usable[t]) {
        closure[t] -= (triplets[t][2] == p ? -1 : 1) * step;
      }
    }
  }
}
