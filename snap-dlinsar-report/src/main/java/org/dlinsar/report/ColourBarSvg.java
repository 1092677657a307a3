package org.dlinsar.report;

/**
 * An inline SVG colour bar for a {@link ColourScale}: the map as a gradient with its ends and
 * middle labelled, and the unit; the two-class mask map gets two labelled swatches instead.
 */
final class ColourBarSvg {

  static final int WIDTH = 256;
  private static final int STOPS = 24;

  private ColourBarSvg() {
  }

  private static final String[] MASK_CLASSES = {"decorrelated", "coherent"};

  /** @param id unique on the page (the gradient's SVG id) */
  static String of(ColourScale scale, String id) {
    if (scale.map() == ColourMap.BINARY) {
      return binary(scale);
    }
    int height = scale.namesEnds() ? 58 : 44;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"bar\" width=\"").append(WIDTH + 20).append("\" height=\"").append(height)
        .append("\" viewBox=\"-10 0 ").append(WIDTH + 20).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"colour bar, ").append(Html.escape(scale.unit()))
        .append(scale.namesEnds() ? ", " + Html.significant(scale.low()) + " (" + Html.escape(scale.lowEnd()) + ") to "
            + Html.significant(scale.high()) + " (" + Html.escape(scale.highEnd()) + ")" : "")
        .append("\">");
    svg.append("<defs><linearGradient id=\"").append(id).append("\">");
    for (int i = 0; i <= STOPS; i++) {
      double t = (double) i / STOPS;
      svg.append("<stop offset=\"").append(Html.fixed(t, 3)).append("\" stop-color=\"")
          .append(scale.map().css(t)).append("\"/>");
    }
    svg.append("</linearGradient></defs>");
    svg.append("<rect x=\"0\" y=\"2\" width=\"").append(WIDTH)
        .append("\" height=\"12\" stroke=\"#666\" stroke-width=\"0.5\" fill=\"url(#").append(id).append(")\"/>");
    double[] values = {scale.low(), (scale.low() + scale.high()) / 2, scale.high()};
    String[] anchors = {"start", "middle", "end"};
    for (int i = 0; i < values.length; i++) {
      double x = WIDTH * i / 2.0;
      svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x)
          .append("\" y1=\"14\" y2=\"18\" stroke=\"#333\"/>");
      svg.append("<text x=\"").append(x).append("\" y=\"28\" text-anchor=\"").append(anchors[i])
          .append("\">").append(Html.significant(values[i])).append("</text>");
    }
    svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"41\" text-anchor=\"middle\" class=\"unit\">")
        .append(Html.escape(scale.unit())).append("</text>");
    if (scale.namesEnds()) {
      // under the ends they name, so the sign reads without the caption
      svg.append("<text x=\"0\" y=\"54\" text-anchor=\"start\">").append(Html.escape(scale.lowEnd()))
          .append("</text><text x=\"").append(WIDTH).append("\" y=\"54\" text-anchor=\"end\">")
          .append(Html.escape(scale.highEnd())).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  private static String binary(ColourScale scale) {
    // a viewBox, as the gradient bar has, so that max-width shrinks the swatches with the box
    StringBuilder svg = new StringBuilder("<svg class=\"bar\" width=\"").append(WIDTH)
        .append("\" height=\"22\" viewBox=\"0 0 ").append(WIDTH)
        .append(" 22\" role=\"img\" aria-label=\"mask classes\">");
    for (int c = 0; c < 2; c++) {
      int x = c * WIDTH / 2;
      svg.append("<rect x=\"").append(x).append("\" y=\"3\" width=\"14\" height=\"14\" stroke=\"#666\" fill=\"")
          .append(scale.map().css(c)).append("\"/><text x=\"").append(x + 20).append("\" y=\"15\">")
          .append(c).append(" ").append(MASK_CLASSES[c]).append("</text>");
    }
    return svg.append("</svg>").toString();
  }
}
