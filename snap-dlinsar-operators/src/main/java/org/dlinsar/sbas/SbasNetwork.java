package org.dlinsar.sbas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dlinsar.ifg.AcquisitionTimes;
import org.dlinsar.ifg.Pair;

/**
 * The small-baseline network: acquisition dates in order, the pairs (interferograms) as indices
 * into them, the epochs in years and the closed triplets. Immutable.
 */
public final class SbasNetwork {

  private final List<LocalDate> dates;
  private final List<Pair> pairs;
  private final int[] reference;
  private final int[] secondary;
  private final double[] epochYears;
  /** The epochs' mean, years, and sum((t - mean)^2): the same for every pixel's line. */
  private final double meanEpochYears;
  private final double epochSpread;
  private final int[][] triplets;

  private SbasNetwork(List<Pair> pairs, AcquisitionTimes times) {
    TreeSet<LocalDate> all = new TreeSet<>();
    for (Pair p : pairs) {
      all.add(p.reference());
      all.add(p.secondary());
    }
    this.dates = List.copyOf(all);
    this.pairs = List.copyOf(pairs);
    this.reference = new int[pairs.size()];
    this.secondary = new int[pairs.size()];
    Map<Long, Integer> pairIndex = new HashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      reference[p] = dates.indexOf(pairs.get(p).reference());
      secondary[p] = dates.indexOf(pairs.get(p).secondary());
      pairIndex.putIfAbsent(key(reference[p], secondary[p]), p);
    }
    this.epochYears = new double[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      epochYears[d] = times.years(dates.get(0), dates.get(d));
    }
    double meanT = 0;
    for (double t : epochYears) {
      meanT += t;
    }
    this.meanEpochYears = meanT / dates.size();
    double spread = 0;
    for (double t : epochYears) {
      spread += (t - meanEpochYears) * (t - meanEpochYears);
    }
    this.epochSpread = spread;
    this.triplets = findTriplets(pairIndex);
  }

  /**
   * @param pairs the interferograms' pairs in band order (a pair may repeat, e.g. two tags); at
   *     least one
   * @throws IllegalArgumentException when there is no pair
   */
  public static SbasNetwork of(List<Pair> pairs) {
    return of(pairs, AcquisitionTimes.WHOLE_DATES);
  }

  /**
   * As {@link #of(List)}, the epochs from the acquisitions' {@code times} (their times of day
   * where the stack's metadata give them).
   */
  public static SbasNetwork of(List<Pair> pairs, AcquisitionTimes times) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("an SBAS network needs at least one pair, got none");
    }
    return new SbasNetwork(pairs, times);
  }

  /** Acquisition dates, ascending. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The pairs, in the order given. */
  public List<Pair> pairs() {
    return pairs;
  }

  public int dateCount() {
    return dates.size();
  }

  public int pairCount() {
    return pairs.size();
  }

  /** Index of pair {@code p}'s reference date. */
  public int reference(int p) {
    return reference[p];
  }

  /** Index of pair {@code p}'s secondary date. */
  public int secondary(int p) {
    return secondary[p];
  }

  /** Years from the first date to date {@code d}. */
  public double epochYears(int d) {
    return epochYears[d];
  }

  /** Years from the first date to each date; belongs to the caller. */
  public double[] epochYears() {
    return epochYears.clone();
  }

  /** The mean of the dates' epochs, years. */
  public double meanEpochYears() {
    return meanEpochYears;
  }

  /** sum((t - mean)^2) over the dates' epochs, years^2: the denominator of every line's slope. */
  public double epochSpread() {
    return epochSpread;
  }

  /**
   * The closed triplets: {ij, jk, ik} pair indices of dates i < j < k, so that the closure
   * phase(ij) + phase(jk) - phase(ik) is zero for consistent phases. Not to be modified.
   */
  int[][] triplets() {
    return triplets;
  }

  /**
   * The dates in the groups the pairs link, each in date order, the groups by their first date:
   * one group for a connected network. No pair measures the displacement between two groups.
   */
  public List<List<LocalDate>> linkedGroups() {
    BitSet all = new BitSet();
    all.set(0, reference.length);
    int[] subsetOf = linkedSubsets(all);
    Map<Integer, List<LocalDate>> groups = new TreeMap<>();
    for (int d = 0; d < subsetOf.length; d++) {
      groups.computeIfAbsent(subsetOf[d], g -> new ArrayList<>()).add(dates.get(d));
    }
    return List.copyOf(groups.values());
  }

  /**
   * Per date, the first date of the subset of dates that {@code validPairs} link it to (union-find
   * over the pairs); a date no valid pair touches is a subset of its own.
   */
  int[] linkedSubsets(BitSet validPairs) {
    int n = dates.size();
    int[] root = new int[n];
    for (int d = 0; d < n; d++) {
      root[d] = d;
    }
    for (int p = validPairs.nextSetBit(0); p >= 0; p = validPairs.nextSetBit(p + 1)) {
      int a = find(root, reference[p]);
      int b = find(root, secondary[p]);
      root[Math.max(a, b)] = Math.min(a, b);
    }
    for (int d = 0; d < n; d++) {
      root[d] = find(root, d);
    }
    return root;
  }

  private static int find(int[] root, int d) {
    while (root[d] != d) {
      root[d] = root[root[d]];
      d = root[d];
    }
    return d;
  }

  /**
   * Least-squares slope of a displacement series over the epochs, mm/year: what SBAS reports as
   * velocity (TimeHistory.fittedVelocityMmPerYear is the same fit of the truth).
   *
   * @param displacementMm one value per date; not modified
   */
  public double velocityMmPerYear(double[] displacementMm) {
    int n = dates.size();
    double meanD = 0;
    for (int d = 0; d < n; d++) {
      meanD += displacementMm[d];
    }
    meanD /= n;
    double num = 0;
    for (int d = 0; d < n; d++) {
      num += (epochYears[d] - meanEpochYears) * (displacementMm[d] - meanD);
    }
    return epochSpread > 0 ? num / epochSpread : Double.NaN;
  }

  private int[][] findTriplets(Map<Long, Integer> pairIndex) {
    List<int[]> found = new ArrayList<>();
    for (int ij = 0; ij < pairs.size(); ij++) {
      int i = reference[ij];
      int j = secondary[ij];
      if (pairIndex.get(key(i, j)) != ij) {
        continue;
      }
      for (int jk = 0; jk < pairs.size(); jk++) {
        if (reference[jk] != j || pairIndex.get(key(j, secondary[jk])) != jk) {
          continue;
        }
        Integer ik = pairIndex.get(key(i, secondary[jk]));
        if (ik != null) {
          found.add(new int[] {ij, jk, ik});
        }
      }
    }
    return found.toArray(new int[0][]);
  }

  private static long key(int from, int to) {
    return ((long) from << 32) | to;
  }
}
