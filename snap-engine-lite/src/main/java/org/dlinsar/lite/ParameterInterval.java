package org.dlinsar.lite;

/**
 * A numeric range in SNAP's interval syntax: "[a,b]", "(a,b)", "[a,b)", "(a,b]", with "*" for an
 * open end, as in "[1,*)" or "(*,0]". Square brackets include the bound. As ceres-binding's
 * ValueRange.parseValueRange (14.x), both bounds must be given and the text must begin and end
 * with its brackets; spaces round a bound are allowed. The engine's parameters and the desktop
 * stand-in's dialogs both check their intervals with it.
 */
public final class ParameterInterval {

  private final String text;
  private final double min;
  private final double max;
  private final boolean minIncluded;
  private final boolean maxIncluded;

  private ParameterInterval(String text, double min, double max, boolean minIncluded, boolean maxIncluded) {
    this.text = text;
    this.min = min;
    this.max = max;
    this.minIncluded = minIncluded;
    this.maxIncluded = maxIncluded;
  }

  /**
   * Parses an interval.
   *
   * @throws IllegalArgumentException if {@code text} is not in the syntax above
   */
  public static ParameterInterval parse(String text) {
    String t = text;
    int comma = t.indexOf(',', 1);
    // SNAP's test: a character on each side of the comma
    if (comma <= 1 || comma >= t.length() - 2 || "[(".indexOf(t.charAt(0)) < 0
        || "])".indexOf(t.charAt(t.length() - 1)) < 0) {
      throw new IllegalArgumentException("interval '" + text + "' is not of the form [a,b], (a,b), [a,*) or (*,b]");
    }
    try {
      double lo = bound(t.substring(1, comma), Double.NEGATIVE_INFINITY);
      double hi = bound(t.substring(comma + 1, t.length() - 1), Double.POSITIVE_INFINITY);
      return new ParameterInterval(t, lo, hi, t.charAt(0) == '[', t.charAt(t.length() - 1) == ']');
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("interval '" + text + "' has a bound that is not a number", e);
    }
  }

  private static double bound(String text, double open) {
    String b = text.trim();
    return b.equals("*") ? open : Double.parseDouble(b); // "" is no number, as in SNAP
  }

  /** True if {@code value} lies in the interval; NaN never does. */
  public boolean contains(double value) {
    boolean aboveMin = minIncluded ? value >= min : value > min;
    boolean belowMax = maxIncluded ? value <= max : value < max;
    return aboveMin && belowMax;
  }

  @Override
  public String toString() {
    return text;
  }
}
