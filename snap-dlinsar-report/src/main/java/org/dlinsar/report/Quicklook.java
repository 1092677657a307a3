package org.dlinsar.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.dlinsar.files.StagedFile;
import org.dlinsar.sim.PixelBox;

/**
 * PNG quicklooks of a raster with boxes drawn on top, for the demo report: greyscale stretched
 * to the raster's spread, or coloured through a {@link ColourScale} with a colour bar under it.
 * No data is hatched in two ambers, colours that neither the grey nor the blue-white-red map has.
 * Frame pixels are labelled along the raster's top and left edges, in a white margin; a light
 * grey line one pixel outside the raster shows where it ends.
 */
public final class Quicklook {

  static final int NO_DATA_LIGHT = 0xF2C200;
  static final int NO_DATA_DARK = 0x8A6D00;
  /**
   * The demo's box colours in the PNGs: true sites as on the page, detections cyan (light, over
   * black; red stood out of neither the grey map's dark greys nor of a black casing).
   */
  public static final Color SITE_COLOUR = new Color(0x111111);
  public static final Color DETECTION_COLOUR = Color.CYAN;
  /** The margin left of the raster, for row labels up to four digits; wider for a taller raster ({@link #axisLeft}). */
  static final int AXIS_LEFT = 30;
  private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  /** Between a row label's end and the raster: the gap and the tick. */
  private static final int LABEL_GAP = 6;
  /** The margin above the raster, for its column labels. */
  static final int AXIS_TOP = 16;
  private static final Color FRAME = new Color(0xBBBBBB);
  /** Narrowest image that a colour bar's labels fit. */
  static final int LEGEND_WIDTH = 240;
  static final int LEGEND_HEIGHT = 58;
  /** The row a scale that names its ends adds under its numbers. */
  static final int ENDS_ROW = 14;

  private Quicklook() {
  }

  /**
   * Writes {@code values} (row-major, NaN hatched as no data) stretched between their 2nd and 98th
   * percentiles, with {@code boxes} outlined in {@code boxColour}; written to a temporary name,
   * then renamed.
   */
  public static void write(float[] values, int width, int height, List<PixelBox> boxes, Color boxColour, Path png)
      throws IOException {
    write(values, width, height, boxes, boxColour, List.of(), boxColour, png);
  }

  /** As {@link #write(float[], int, int, List, Color, Path)}, with a second set of boxes drawn over the first. */
  public static void write(float[] values, int width, int height, List<PixelBox> boxes, Color boxColour,
      List<PixelBox> moreBoxes, Color moreColour, Path png) throws IOException {
    ColourScale stretch = ColourScale.stretched(ColourMap.GREY, values, "");
    float low = (float) stretch.low();
    float scale = (float) (255 / (stretch.high() - stretch.low()));
    int left = axisLeft(height);
    BufferedImage image = new BufferedImage(left + width + 1, AXIS_TOP + height + 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float v = values[y * width + x];
        int grey = Math.max(0, Math.min(255, Math.round((v - low) * scale)));
        image.setRGB(left + x, AXIS_TOP + y, Float.isFinite(v) ? grey << 16 | grey << 8 | grey : noData(x, y));
      }
    }
    axes(g, left, width, height, image.getWidth());
    g.translate(left, AXIS_TOP);
    outline(g, boxes, boxColour);
    outline(g, moreBoxes, moreColour);
    g.dispose();
    save(image, png);
  }

  /**
   * Writes {@code values} (row-major, NaN hatched as no data) coloured through {@code scale}, with
   * {@code boxes} outlined in {@code boxColour}, and under them a colour bar labelled with the
   * scale's ends, middle and unit beside a swatch of the no-data hatch. The image is at least
   * {@link #LEGEND_WIDTH} wide, the raster at its top left after the axes' margins.
   */
  public static void write(float[] values, int width, int height, ColourScale scale, List<PixelBox> boxes,
      Color boxColour, Path png) throws IOException {
    if (width < 1 || height < 1 || values.length != width * height) {
      throw new IllegalArgumentException("quicklook " + png.getFileName() + ": " + width + " x " + height
          + " raster needs " + (long) width * height + " samples, got " + values.length);
    }
    int left = axisLeft(height);
    int imageWidth = Math.max(left + width + 1, LEGEND_WIDTH);
    int imageHeight = AXIS_TOP + height + legendHeight(scale);
    BufferedImage image = new BufferedImage(imageWidth, imageHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, imageWidth, imageHeight);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double t = scale.position(values[y * width + x]);
        image.setRGB(left + x, AXIS_TOP + y, Double.isNaN(t) ? noData(x, y) : scale.map().rgb(t));
      }
    }
    axes(g, left, width, height, imageWidth);
    g.translate(left, AXIS_TOP);
    outline(g, boxes, boxColour);
    g.translate(-left, -AXIS_TOP);
    colourBar(g, image, scale, AXIS_TOP + height);
    g.dispose();
    save(image, png);
  }

  /** Height of the colour bar and its labels under the raster: a row more for a scale that names its ends. */
  static int legendHeight(ColourScale scale) {
    return LEGEND_HEIGHT + (scale.namesEnds() ? ENDS_ROW : 0);
  }

  /** The bar from the scale's low to its high end, then its labels; as the HTML page's {@link ColourBarSvg}. */
  private static void colourBar(Graphics2D g, BufferedImage image, ColourScale scale, int top) {
    int left = 10;
    int barWidth = image.getWidth() - 2 * left;
    int barTop = top + 8;
    for (int i = 0; i < barWidth; i++) {
      int rgb = scale.map().rgb(i / (barWidth - 1.0));
      for (int y = barTop; y < barTop + 12; y++) {
        image.setRGB(left + i, y, rgb);
      }
    }
    g.setColor(Color.GRAY);
    g.drawRect(left - 1, barTop - 1, barWidth + 1, 13);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    double[] values = {scale.low(), (scale.low() + scale.high()) / 2, scale.high()};
    for (int i = 0; i < values.length; i++) {
      int x = left + (barWidth - 1) * i / 2;
      String label = Html.significant(values[i]);
      g.setColor(Color.DARK_GRAY);
      g.drawLine(x, barTop + 12, x, barTop + 15);
      // anchored as the page's bar: start, middle, end
      g.drawString(label, x - metrics.stringWidth(label) * i / 2, barTop + 27);
    }
    int swatchTop = barTop + 33;
    if (scale.namesEnds()) {
      g.drawString(scale.lowEnd(), left, barTop + 41);
      g.drawString(scale.highEnd(), left + barWidth - metrics.stringWidth(scale.highEnd()), barTop + 41);
      swatchTop += ENDS_ROW;
    }
    for (int y = swatchTop; y < swatchTop + 12; y++) {
      for (int x = left; x < left + 12; x++) {
        image.setRGB(x, y, noData(x, y));
      }
    }
    g.drawString("no data", left + 16, swatchTop + 10);
    g.drawString(scale.unit(), left + barWidth - metrics.stringWidth(scale.unit()), swatchTop + 10);
  }

  /**
   * The margin left of a raster {@code height} rows tall: {@link #AXIS_LEFT}, or room for its
   * widest row label where that is wider (five digits from 10000 rows), so no label is clipped.
   */
  static int axisLeft(int height) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    FontMetrics metrics = g.getFontMetrics(AXIS_FONT);
    int widest = 0;
    for (int t : PixelAxis.ticks(0, height, height)) {
      widest = Math.max(widest, metrics.stringWidth(String.valueOf(t)));
    }
    g.dispose();
    return Math.max(AXIS_LEFT, widest + LABEL_GAP);
  }

  /** Frame pixels along the raster's top and left edges, as the page's {@link PanelHtml#axes}. */
  private static void axes(Graphics2D g, int axisLeft, int width, int height, int imageWidth) {
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(AXIS_FONT);
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(FRAME);
    g.drawRect(axisLeft - 1, AXIS_TOP - 1, width + 1, height + 1);
    for (int t : PixelAxis.ticks(0, width, width)) {
      int x = axisLeft + t;
      String label = String.valueOf(t);
      g.setColor(Color.GRAY);
      g.drawLine(x, AXIS_TOP - 4, x, AXIS_TOP - 1);
      g.setColor(Color.DARK_GRAY);
      int left = Math.max(0, Math.min(imageWidth - metrics.stringWidth(label), x - metrics.stringWidth(label) / 2));
      g.drawString(label, left, AXIS_TOP - 6);
    }
    for (int t : PixelAxis.ticks(0, height, height)) {
      int y = AXIS_TOP + t;
      String label = String.valueOf(t);
      g.setColor(Color.GRAY);
      g.drawLine(axisLeft - 4, y, axisLeft - 1, y);
      g.setColor(Color.DARK_GRAY);
      int baseline = Math.max(metrics.getAscent(), y + metrics.getAscent() / 2 - 1);
      g.drawString(label, axisLeft - LABEL_GAP - metrics.stringWidth(label), baseline);
    }
  }

  /** The no-data hatch at a pixel: diagonal stripes three pixels wide. */
  static int noData(int x, int y) {
    return (x + y) / 3 % 2 == 0 ? NO_DATA_LIGHT : NO_DATA_DARK;
  }

  /** Each box's edge pixels in {@code colour}, with its {@link BoxCasing} on the pixels either side. */
  private static void outline(Graphics2D g, List<PixelBox> boxes, Color colour) {
    g.setStroke(new BasicStroke(1f));
    g.setColor(new Color(BoxCasing.of(colour.getRGB() & 0xFFFFFF)));
    for (PixelBox box : boxes) {
      g.drawRect(box.x0() - 1, box.y0() - 1, box.width() + 1, box.height() + 1);
      if (box.width() > 2 && box.height() > 2) {
        g.drawRect(box.x0() + 1, box.y0() + 1, box.width() - 3, box.height() - 3);
      }
    }
    g.setColor(colour);
    for (PixelBox box : boxes) {
      g.drawRect(box.x0(), box.y0(), box.width() - 1, box.height() - 1);
    }
  }

  private static void save(BufferedImage image, Path png) throws IOException {
    // to the staged stream: ImageIO.write(..., File) deletes and reopens the file by name
    StagedFile.write(png, "quicklook", out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer available");
      }
    });
  }
}
