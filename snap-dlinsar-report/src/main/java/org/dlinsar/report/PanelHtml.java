package org.dlinsar.report;

import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * One {@link RasterPanel} as an HTML figure: the raster as an embedded PNG, its boxes as an SVG
 * drawn over it (crisp at any zoom, unlike boxes burnt into the pixels), its colour bar, box
 * legend and caption.
 */
final class PanelHtml {

  /** Room left and above the raster for its pixel axes' labels, CSS pixels (ReportCss's .raster). */
  static final int AXIS_LEFT = 34;
  static final int AXIS_TOP = 18;

  private PanelHtml() {
  }

  /**
   * @param id unique on the page
   * @param displayEdge about how many CSS pixels the longer side should take; the raster is
   *     enlarged by a whole factor so its pixels stay square and sharp
   */
  static String of(RasterPanel panel, String id, int displayEdge) {
    int longer = Math.max(panel.width(), panel.height());
    int step = step(longer);
    // CSS pixels per raster pixel: a whole enlargement of a small raster, 1 / step of a large one
    double scale = step > 1 ? 1.0 / step : Math.max(1, (int) Math.round((double) displayEdge / longer));
    int w = step > 1 ? ceilDiv(panel.width(), step) : panel.width() * (int) scale;
    int h = step > 1 ? ceilDiv(panel.height(), step) : panel.height() * (int) scale;
    byte[] png = step > 1
        ? RasterPng.encode(everyStep(panel.values(), panel.width(), panel.height(), step), w, h, panel.scale())
        : RasterPng.encode(panel.values(), panel.width(), panel.height(), panel.scale());
    // As wide as the image and its axis labels or the colour bar, whichever is wider (plus the
    // figure's padding and border), so captions wrap under the image; narrower on a narrow or
    // zoomed window, the raster keeping its shape (aspect-ratio), the boxes and the axis labels
    // scaling with it.
    StringBuilder html = new StringBuilder("<figure id=\"").append(id).append("\" style=\"width:")
        .append(Math.max(AXIS_LEFT + w, ColourBarSvg.WIDTH + 20) + 22).append("px\">");
    html.append("<figcaption class=\"title\">").append(Html.escape(panel.title())).append("</figcaption>");
    html.append("<div class=\"raster nodata\" style=\"width:").append(w).append("px;aspect-ratio:").append(w)
        .append(" / ").append(h).append("\">");
    html.append("<img alt=\"").append(Html.escape(alt(panel))).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" src=\"").append(RasterPng.dataUri(png)).append("\">");
    // what the boxes show is in the alt text; their ids alone would be read as stray numbers
    html.append("<svg class=\"boxes\" aria-hidden=\"true\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(panel.width()).append(' ').append(panel.height()).append("\">");
    for (BoxLayer layer : panel.layers()) {
      for (int i = 0; i < layer.boxes().size(); i++) {
        PixelBox b = layer.boxes().get(i);
        html.append(rect(b, layer.casing(), 4));
        html.append(rect(b, layer.colour(), 2));
        if (!layer.tags().isEmpty()) {
          html.append(tag(b, layer, layer.tags().get(i), scale, panel.width(), panel.height()));
        }
      }
    }
    html.append("</svg>").append(axes(panel, w, h)).append("</div>");
    html.append(ColourBarSvg.of(panel.scale(), id + "-bar"));
    html.append("<div class=\"legend\">");
    for (BoxLayer layer : panel.layers()) {
      html.append("<span><i class=\"box\" style=\"border-color:").append(layer.colour())
          .append(";box-shadow:0 0 0 1px ").append(layer.casing()).append(",inset 0 0 0 1px ").append(layer.casing())
          .append("\"></i>")
          .append(Html.escape(layer.label())).append("</span>");
    }
    if (hasNoData(panel.values())) {
      html.append("<span><i class=\"swatch nodata\"></i>no data</span>");
    }
    html.append("</div>");
    if (!panel.caption().isEmpty() || step > 1) {
      html.append("<p class=\"caption\">").append(Html.escape(panel.caption()));
      if (step > 1) {
        html.append(panel.caption().isEmpty() ? "" : " ").append("Shown at one pixel in ").append(step)
            .append(" each way, of ").append(panel.width()).append(" x ").append(panel.height())
            .append(": open the product in SNAP for every pixel.");
      }
      html.append("</p>");
    }
    return html.append("</figure>").toString();
  }

  /**
   * Most raster pixels a side of an embedded image: a larger raster is shown at one pixel in
   * {@link #step} each way, so a frame of any size makes an image of at most about 1 MP (a few
   * MB in the page) where a Sentinel-1 frame made one of hundreds of MB, and the page's heap with it.
   */
  static final int MAX_IMAGE_EDGE = 1024;

  /** Pixels between the samples an image shows of a raster whose longer side is {@code longer}. */
  static int step(int longer) {
    return ceilDiv(longer, MAX_IMAGE_EDGE);
  }

  /**
   * The samples at every {@code step}-th row and column from the first: the nearest sample, not a
   * block's mean, which would blur wrapped phase across its cycles and masks into fractions.
   */
  static float[] everyStep(float[] values, int width, int height, int step) {
    int w = ceilDiv(width, step);
    int h = ceilDiv(height, step);
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = values[y * step * width + x * step];
      }
    }
    return out;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /**
   * A box's id beside its top left corner, in its layer's colour over a halo of the layer's
   * casing, so that ids of different layers differ as their boxes do. The colours go in a style
   * attribute: the style sheet's {@code svg text} rule outweighs a {@code fill} attribute. Above
   * the box where a label fits between it and the raster's top; otherwise (a box touching the
   * top) under it, or inside it, so that it never meets the column labels above the raster. A
   * box near the right edge has its id end at its right edge instead.
   */
  static String tag(PixelBox b, BoxLayer layer, String text, double scale, int width, int height) {
    double size = 11.0 / scale;
    double y;
    if (b.y0() - 1 >= size) {
      y = b.y0() - 1;
    } else if (b.y1() + 1 + size <= height) {
      y = b.y1() + 1 + 0.8 * size; // the baseline under the box's bottom edge, a digit's height lower
    } else {
      y = b.y0() + 1 + 0.8 * size;
    }
    // a bold digit is about 0.6 of the font size wide
    boolean fitsRight = b.x0() + 1 + 0.6 * size * text.length() <= width;
    return "<text x=\"" + (fitsRight ? b.x0() + 1 : b.x1() - 1) + "\" y=\"" + Html.fixed(y, 2)
        + (fitsRight ? "" : "\" text-anchor=\"end") + "\" font-size=\"" + Html.fixed(size, 2)
        + "\" style=\"fill:" + layer.colour() + ";stroke:" + layer.casing() + ";stroke-width:"
        + Html.fixed(2.0 / scale, 2) + "px\">" + Html.escape(text) + "</text>";
  }

  /**
   * Frame pixels along the raster's top and left edges, placed in percent of its size so that
   * they stay on their pixels when the raster narrows; the alt text says what the image shows.
   */
  static String axes(RasterPanel panel, int w, int h) {
    StringBuilder html = new StringBuilder("<div class=\"axis x\" aria-hidden=\"true\">");
    for (int t : PixelAxis.ticks(panel.originX(), panel.width(), w)) {
      html.append("<span style=\"left:").append(Html.fixed(100.0 * (t - panel.originX()) / panel.width(), 3))
          .append("%\">").append(t).append("</span>");
    }
    html.append("</div><div class=\"axis y\" aria-hidden=\"true\">");
    for (int t : PixelAxis.ticks(panel.originY(), panel.height(), h)) {
      html.append("<span style=\"top:").append(Html.fixed(100.0 * (t - panel.originY()) / panel.height(), 3))
          .append("%\">").append(t).append("</span>");
    }
    return html.append("</div>").toString();
  }

  /**
   * A box's outline along its pixels' edges; the stroke keeps its width in screen pixels at any
   * zoom, so a casing twice as wide shows one pixel each side of the colour drawn over it.
   */
  private static String rect(PixelBox b, String colour, int strokeWidth) {
    return "<rect x=\"" + b.x0() + "\" y=\"" + b.y0() + "\" width=\"" + b.width() + "\" height=\"" + b.height()
        + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + strokeWidth
        + "\" vector-effect=\"non-scaling-stroke\"/>";
  }

  /**
   * The image in words, for a reader who cannot see it: its title, what its colours run between
   * (the ends' meaning where the scale names it) and what is outlined and hatched on it.
   */
  static String alt(RasterPanel panel) {
    ColourScale scale = panel.scale();
    StringBuilder alt = new StringBuilder(panel.title()).append(": ");
    if (scale.map() == ColourMap.BINARY) {
      alt.append("dark for 0 (decorrelated), light for 1 (coherent)");
    } else {
      String[] colours = switch (scale.map()) {
        case GREY -> new String[] {"black", "white"};
        case CYCLIC -> new String[] {"red", "red again, round a hue circle"};
        default -> new String[] {"blue", "red"};
      };
      alt.append("colours from ").append(Html.significant(scale.low())).append(" (").append(colours[0])
          .append(scale.lowEnd().isEmpty() ? "" : ", " + scale.lowEnd()).append(") to ")
          .append(Html.significant(scale.high())).append(" (").append(colours[1])
          .append(scale.highEnd().isEmpty() ? "" : ", " + scale.highEnd()).append(") ").append(scale.unit());
    }
    List<String> outlined = new ArrayList<>();
    for (BoxLayer layer : panel.layers()) {
      if (!layer.boxes().isEmpty()) {
        outlined.add(layer.boxes().size() + " " + layer.label()
            + (layer.tags().isEmpty() ? "" : " " + String.join(", ", layer.tags())));
      }
    }
    alt.append("; outlined: ").append(outlined.isEmpty() ? "nothing" : String.join("; ", outlined));
    return alt.append(hasNoData(panel.values()) ? "; hatched: no data" : "").toString();
  }

  private static boolean hasNoData(float[] values) {
    for (float v : values) {
      if (!Float.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
