package org.dlinsar.report;

import java.util.Locale;

/** Text helpers for the HTML and SVG the report writes. */
final class Html {

  private Html() {
  }

  /** {@code text} safe inside an element or a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code value} with {@code decimals} decimals, "n/a" when not finite. */
  static String fixed(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
  }

  /** {@code value} to three significant digits, for tick labels of any magnitude. */
  static String significant(double value) {
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000 || magnitude < 0.001) {
      return String.format(Locale.ROOT, "%.2e", value);
    }
    int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(magnitude)));
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
