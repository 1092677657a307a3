package org.dlinsar.report;

/**
 * A share of a count as the report writes it: two decimals, or a dash where there is nothing to
 * count. A precision without detections, or a recall without sites, is no perfect 1.00.
 */
final class Share {

  private Share() {}

  /** {@code part / whole} to two decimals; a dash for a whole of 0. */
  static String of(int part, int whole) {
    return whole == 0 ? "\u2013" : Html.fixed((double) part / whole, 2);
  }
}
