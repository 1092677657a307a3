package org.dlinsar.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.ifg.Pair;

/** Small-baseline and single-reference networks for the detection tests. */
final class PairNetworks {

  private PairNetworks() {}

  /** Eleven dates 12 days apart from 2021-01-04, each paired with its next two: 19 interferograms. */
  static PairNetwork elevenDatesTwoNeighbours() {
    return datesAndNeighbours(11, 2);
  }

  /** {@code dates} dates 12 days apart from 2021-01-04, each paired with its next {@code neighbours}. */
  static PairNetwork datesAndNeighbours(int dates, int neighbours) {
    List<Pair> pairs = new ArrayList<>();
    LocalDate first = LocalDate.of(2021, 1, 4);
    for (int d = 0; d < dates; d++) {
      for (int k = 1; k <= neighbours && d + k < dates; k++) {
        pairs.add(new Pair(first.plusDays(12L * d), first.plusDays(12L * (d + k))));
      }
    }
    return PairNetwork.of(pairs);
  }

  /**
   * {@code dates} dates 12 days apart from 2021-01-04, each paired with date {@code reference}
   * (earlier date first): the stack SNAP's InterferogramOp forms from a coregistered stack.
   */
  static PairNetwork singleReference(int dates, int reference) {
    List<Pair> pairs = new ArrayList<>();
    LocalDate first = LocalDate.of(2021, 1, 4);
    for (int d = 0; d < dates; d++) {
      if (d != reference) {
        int a = Math.min(d, reference);
        int b = Math.max(d, reference);
        pairs.add(new Pair(first.plusDays(12L * a), first.plusDays(12L * b)));
      }
    }
    return PairNetwork.of(pairs);
  }
}
