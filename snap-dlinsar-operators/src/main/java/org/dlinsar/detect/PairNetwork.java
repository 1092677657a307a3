package org.dlinsar.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dlinsar.ifg.AcquisitionTimes;
import org.dlinsar.ifg.Pair;

/**
 * The small-baseline network of a stack's interferograms: its dates, and for each interferogram
 * (in the order given) the index of its reference and secondary date and its span.
 *
 * @param dates the acquisition dates, ascending
 * @param reference per interferogram, index of its reference date in {@code dates}
 * @param secondary per interferogram, index of its secondary date
 * @param spansYears per interferogram, its span in years
 */
record PairNetwork(List<LocalDate> dates, int[] reference, int[] secondary, double[] spansYears) {

  PairNetwork {
    dates = List.copyOf(dates);
  }

  /** The network of {@code pairs}, in that order, spans from whole dates. */
  static PairNetwork of(List<Pair> pairs) {
    return of(pairs, AcquisitionTimes.WHOLE_DATES);
  }

  /** The network of {@code pairs}, in that order, spans from the acquisitions' {@code times}. */
  static PairNetwork of(List<Pair> pairs, AcquisitionTimes times) {
    TreeSet<LocalDate> all = new TreeSet<>();
    for (Pair pair : pairs) {
      all.add(pair.reference());
      all.add(pair.secondary());
    }
    List<LocalDate> dates = List.copyOf(all);
    int n = pairs.size();
    int[] reference = new int[n];
    int[] secondary = new int[n];
    double[] spans = new double[n];
    for (int p = 0; p < n; p++) {
      reference[p] = dates.indexOf(pairs.get(p).reference());
      secondary[p] = dates.indexOf(pairs.get(p).secondary());
      spans[p] = times.spanYears(pairs.get(p));
    }
    return new PairNetwork(dates, reference, secondary, spans);
  }

  /** Number of interferograms. */
  int size() {
    return reference.length;
  }

  /**
   * The date every interferogram holds (the reference of a single-reference stack) whose
   * atmosphere {@link TemporalSignature} cannot test, its screen following the spans (a reference
   * at or near an end of the series); -1 when there is none.
   */
  int untestedReference() {
    int[] holding = pairsOfEachDate(IntStream.range(0, size()));
    boolean[] tested = TemporalSignature.screenTested(this, holding);
    for (int d = 0; d < holding.length; d++) {
      if (holding[d] == size() && !tested[d]) {
        return d;
      }
    }
    return -1;
  }

  /** How many of {@code pairs} (indexes of interferograms) hold each date, by date index. */
  int[] pairsOfEachDate(IntStream pairs) {
    int[] counts = new int[dates.size()];
    pairs.forEach(p -> {
      counts[reference[p]]++;
      counts[secondary[p]]++;
    });
    return counts;
  }

  /** The signature of a blob's responses {@code amplitudes}, one per interferogram. */
  TemporalSignature signature(double[] amplitudes) {
    return TemporalSignature.of(amplitudes, this);
  }
}
