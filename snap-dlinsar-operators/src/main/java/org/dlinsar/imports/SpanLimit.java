package org.dlinsar.imports;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.dlinsar.ifg.Pair;
import org.esa.snap.core.datamodel.MetadataElement;

/**
 * The longest span an import keeps, and the folder's pairs it left out for spanning more: a
 * stack imported from part of a folder says so, or its history looks like the whole folder's.
 *
 * @param maxDays pairs spanning more days are left out; 0 keeps all
 * @param leftOut the pairs left out, sorted
 */
public record SpanLimit(int maxDays, List<Pair> leftOut) {

  /** Every pair kept. */
  public static final SpanLimit NONE = new SpanLimit(0, List.of());

  /** The limit of {@code maxDays} that left out {@code pairs} (in any order, repeats once). */
  static SpanLimit of(int maxDays, Collection<Pair> pairs) {
    return new SpanLimit(maxDays, pairs.stream().distinct().sorted().toList());
  }

  /** Whether a pair spanning {@code days} is kept. */
  static boolean keeps(int maxDays, long days) {
    return maxDays == 0 || days <= maxDays;
  }

  /** Why the pairs were left out, e.g. "spanning more than 40 days". */
  public String reason() {
    return "spanning more than " + maxDays + " days";
  }

  /**
   * Adds {@code left_out_pairs} (the count, 0 too) and, where pairs were left out, {@code
   * left_out_reason} and {@code left_out} (their {@code yyyymmdd_yyyymmdd}, comma-separated).
   * Modified: origin.
   */
  void describe(MetadataElement origin) {
    origin.setAttributeInt("left_out_pairs", leftOut.size());
    if (!leftOut.isEmpty()) {
      origin.setAttributeString("left_out_reason", reason());
      origin.setAttributeString("left_out", leftOut.stream().map(PairFileName::format)
          .collect(Collectors.joining(",")));
    }
  }
}
