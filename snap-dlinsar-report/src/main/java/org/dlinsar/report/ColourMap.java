package org.dlinsar.report;

import java.awt.Color;
import java.util.Locale;

/**
 * The report's colour maps, from a position t in [0, 1] to an sRGB colour. Each suits one kind
 * of raster: wrapped phase wraps around, signed rates diverge from zero, masks have two classes.
 */
public enum ColourMap {
  /** Black to white: magnitudes. */
  GREY,
  /** A hue circle: t = 0 and t = 1 meet, as -pi and pi of a wrapped phase do. */
  CYCLIC,
  /** Blue through white to red: signed values, zero in the middle of a symmetric scale. */
  DIVERGING,
  /** Two classes: t below 0.5 dark (0, decorrelated), above light (1, coherent). */
  BINARY;

  /** The colour at {@code t}, clamped to [0, 1], as 0xRRGGBB. */
  public int rgb(double t) {
    double c = Math.max(0, Math.min(1, t));
    return switch (this) {
      case GREY -> grey((int) Math.round(255 * c));
      case CYCLIC -> Color.HSBtoRGB((float) c, 0.7f, 0.95f) & 0xFFFFFF;
      case DIVERGING -> diverging(c);
      case BINARY -> c < 0.5 ? 0x3B3B4F : 0xF2E6B8;
    };
  }

  /** {@code rgb} as CSS {@code #rrggbb}. */
  public String css(double t) {
    return String.format(Locale.ROOT, "#%06x", rgb(t));
  }

  private static int grey(int g) {
    return g << 16 | g << 8 | g;
  }

  // Blue (33, 102, 172) -> white -> red (178, 24, 43): ColorBrewer's RdBu ends, readable in grey too.
  private static int diverging(double c) {
    double u = Math.abs(2 * c - 1);
    int[] end = c < 0.5 ? new int[] {33, 102, 172} : new int[] {178, 24, 43};
    int r = (int) Math.round(255 + (end[0] - 255) * u);
    int g = (int) Math.round(255 + (end[1] - 255) * u);
    int b = (int) Math.round(255 + (end[2] - 255) * u);
    return r << 16 | g << 8 | b;
  }
}
