package org.dlinsar.report;

import java.util.Locale;

/**
 * The black or white line drawn under a box's coloured outline, a pixel wider on each side. No
 * one colour stands out of every map (the grey one runs from black to white), but a colour and a
 * casing of the opposite lightness do together: the casing out of the maps' light or dark half,
 * the colour out of the other, each at least 3:1 (WCAG's contrast for graphics) where the box
 * colour is dark enough (relative luminance up to 0.067) or light enough (0.40 and over).
 */
final class BoxCasing {

  static final int BLACK = 0x000000;
  static final int WHITE = 0xFFFFFF;

  private BoxCasing() {
  }

  /** The casing under {@code rgb} (0xRRGGBB): whichever of black and white it stands out of more. */
  static int of(int rgb) {
    return contrast(rgb, BLACK) >= contrast(rgb, WHITE) ? BLACK : WHITE;
  }

  /** {@link #of(int)} for a CSS {@code #rrggbb} colour, in the same form. */
  static String css(String colour) {
    return String.format(Locale.ROOT, "#%06x", of(rgb(colour)));
  }

  /** A CSS {@code #rrggbb} colour as 0xRRGGBB; anything else is refused, naming it. */
  static int rgb(String colour) {
    if (!colour.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("box colour '" + colour + "': expected #rrggbb");
    }
    return Integer.parseInt(colour.substring(1), 16);
  }

  /** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
  static double luminance(int rgb) {
    return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
  }

  /** WCAG 2 contrast ratio of two colours, 1 to 21. */
  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
