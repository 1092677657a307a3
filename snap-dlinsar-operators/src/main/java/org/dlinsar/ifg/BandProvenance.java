package org.dlinsar.ifg;

import org.esa.snap.core.datamodel.Band;

/**
 * How an operator made a band, kept in the band's description ({@code <operator> <how>: <what>},
 * e.g. {@code DL-Mask DL (model skrau-mask 1.0.0): 1 = coherent phase, 0 = decorrelated}), where
 * SNAP Desktop shows it and later stages and reports read it back.
 */
public final class BandProvenance {

  private BandProvenance() {}

  /** The description of a band {@code operator} made {@code how}, holding {@code what}. */
  public static String description(String operator, String how, String what) {
    return operator + " " + how + ": " + what;
  }

  /** The {@code <operator> <how>} of a band's description, or null when it has none. */
  public static String of(Band band) {
    String description = band.getDescription();
    int colon = description == null ? -1 : description.indexOf(':');
    return colon > 0 ? description.substring(0, colon) : null;
  }

  /** The {@code <what>} of a band's description, or null when it has no {@code <operator> <how>}. */
  public static String what(Band band) {
    String made = of(band);
    return made == null ? null : band.getDescription().substring(made.length() + 1).strip();
  }

  /** Whether {@code operator} made the band, by whatever method. */
  public static boolean madeBy(Band band, String operator) {
    String made = of(band);
    return made != null && (made.equals(operator) || made.startsWith(operator + " "));
  }

  /** The {@code <how>} of a band {@code operator} made, or null when another (or none) made it. */
  public static String how(Band band, String operator) {
    String made = of(band);
    return made != null && made.startsWith(operator + " ") ? made.substring(operator.length() + 1)
        : null;
  }
}
