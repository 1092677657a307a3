package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each raster figure labels frame pixels along its top and left edges, so that a box the text
 * quotes ("box x 206-241, y 101-123") can be found on the image by its coordinates: the frame's
 * from 0, a velocity patch's from where the patch lies in the frame; each label on the pixel edge
 * where a box starting there is drawn, on the page at any width and in the PNGs.
 */
class PixelAxesTest {

  private static final Pattern LABEL = Pattern.compile("<span style=\"(left|top):([\\d.]+)%\">(\\d+)</span>");

  @Test
  void labelsAreRoundFramePixelsAboutEverySeventyScreenPixels() {
    assertEquals(List.of(0, 50, 100, 150, 200, 250), PixelAxis.ticks(0, 256, 512), "the demo's frame");
    assertEquals(List.of(180, 200, 220, 240), PixelAxis.ticks(174, 82, 164), "a patch at x 174-256");
    assertEquals(List.of(5, 10, 15), PixelAxis.ticks(2, 13, 195));
    assertEquals(List.of(0, 1, 2), PixelAxis.ticks(0, 2, 200), "whole pixels only");
  }

  /** The labels of one axis as frame pixel -> the raster pixel its position in percent gives. */
  private static List<double[]> labels(String html, String axis) {
    List<double[]> labels = new ArrayList<>();
    Matcher m = LABEL.matcher(html);
    while (m.find()) {
      if (m.group(1).equals(axis)) {
        labels.add(new double[] {Integer.parseInt(m.group(3)), Double.parseDouble(m.group(2))});
      }
    }
    return labels;
  }

  @Test
  void aFramePanelsLabelsSitOnTheirPixelsAsItsBoxesDo() {
    RasterPanel ramp = SamplePages.ramp("ramp");
    String html = PanelHtml.of(ramp, "q", 420);

    assertTrue(html.contains("<div class=\"axis x\" aria-hidden=\"true\">"), html);
    List<double[]> x = labels(html, "left");
    List<double[]> y = labels(html, "top");
    assertEquals(List.of(0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0), x.stream().map(l -> l[0]).toList());
    assertEquals(List.of(0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0), y.stream().map(l -> l[0]).toList());
    // the box of x 5-12, y 5-10 starts at the 5's: the same fraction of the raster as its rect in the viewBox
    assertTrue(html.contains("viewBox=\"0 0 40 30\"") && html.contains("<rect x=\"5\" y=\"5\""), html);
    for (double[] l : x) {
      assertEquals(l[0], l[1] / 100 * ramp.width(), 1e-3, "x label " + l[0]);
    }
    for (double[] l : y) {
      assertEquals(l[0], l[1] / 100 * ramp.height(), 1e-3, "y label " + l[0]);
    }
    // 11 screen pixels a pixel; the figure wide enough for the labels left of the raster
    assertTrue(html.startsWith("<figure id=\"q\" style=\"width:" + (PanelHtml.AXIS_LEFT + 440 + 22) + "px\">"), html);
  }

  @Test
  void aVelocityPatchCountsTheFramesPixelsFromWhereThePatchLies() {
    PixelBox patch = new PixelBox(2, 2, 15, 13);
    DetectionEntry d = new DetectionEntry(1, "landslide", 0.9, new PixelBox(5, 5, 12, 10), 8.1, 46.4,
        Optional.empty(), Optional.of(SamplePages.series(-40, 2)), Optional.of(SamplePages.patch(patch, -40)));
    String html = DetectionHtml.of(d, false);

    assertTrue(html.contains("Patch x 2\u201314, y 2\u201312 of the frame"), html);
    assertTrue(html.contains("box x 5\u201311, y 5\u20139 (7 \u00d7 5 px)"), html);
    List<double[]> x = labels(html, "left");
    assertEquals(List.of(5.0, 10.0, 15.0), x.stream().map(l -> l[0]).toList());
    for (double[] l : x) {
      assertEquals(l[0], patch.x0() + l[1] / 100 * patch.width(), 1e-3, "x label " + l[0]);
    }
    for (double[] l : labels(html, "top")) {
      assertEquals(l[0], patch.y0() + l[1] / 100 * patch.height(), 1e-3, "y label " + l[0]);
    }
    // the detection box at frame x 5 is drawn at the patch's column 3, where the label 5 is
    assertTrue(html.contains("<rect x=\"3\" y=\"3\" width=\"7\" height=\"5\""), html);
  }

  private static final Pattern ID = Pattern.compile(
      "<text x=\"(\\d+)\" y=\"(-?[\\d.]+)\"( text-anchor=\"end\")?[^>]*? font-size=\"([\\d.]+)\"[^>]*>(\\d+)</text>");

  @Test
  void anIdStaysOnTheRasterClearOfTheColumnLabels() {
    // box 1 touches the raster's top: its id above it sat among the column labels
    PixelBox top = new PixelBox(5, 0, 12, 6);
    PixelBox right = new PixelBox(38, 15, 40, 22);
    RasterPanel panel = BoxContrastTest.taggedPanel(top, right);
    for (int displayEdge : new int[] {200, 420}) {
      String html = PanelHtml.of(panel, "q", displayEdge);
      Matcher m = ID.matcher(html);
      int n = 0;
      while (m.find()) {
        n++;
        PixelBox box = m.group(5).equals("1") ? top : right;
        double y = Double.parseDouble(m.group(2));
        double size = Double.parseDouble(m.group(4));
        int x = Integer.parseInt(m.group(1));
        boolean end = m.group(3) != null;
        assertTrue(y - size >= 0, "id " + m.group(5) + " rises above the raster: " + m.group());
        assertTrue(y <= panel.height(), "id " + m.group(5) + " under the raster: " + m.group());
        double left = end ? x - 0.6 * size * m.group(5).length() : x;
        double rightEdge = end ? x : x + 0.6 * size * m.group(5).length();
        assertTrue(left >= 0 && rightEdge <= panel.width(), "id " + m.group(5) + " off the raster: " + m.group());
        assertTrue(left <= box.x1() && rightEdge >= box.x0(), "id " + m.group(5) + " not by its box: " + m.group());
      }
      assertEquals(4, n, "ids on the panel");
    }
    // a box with room above it keeps its id there, on the row above its top edge
    String html = PanelHtml.of(BoxContrastTest.taggedPanel(new PixelBox(5, 8, 12, 12), right), "q", 200);
    assertTrue(html.contains("<text x=\"6\" y=\"7.00\" font-size=\"2.20\""), html);
  }

  @Test
  void theLabelsStayOutsideTheRasterAndNarrowWithIt() {
    String css = ReportCss.STYLE;

    assertTrue(css.contains(".raster{position:relative;max-width:calc(100% - " + PanelHtml.AXIS_LEFT + "px);margin:"
        + PanelHtml.AXIS_TOP + "px 0 0 " + PanelHtml.AXIS_LEFT + "px}"), css);
    assertTrue(css.contains(".axis.x span{bottom:100%;transform:translateX(-50%)"), css);
    assertTrue(css.contains(".axis.y span{right:100%;transform:translateY(-50%)"), css);
  }

  @Test
  void thePngsLabelTheirPixelsInAMarginAboveAndLeft(@TempDir Path folder) throws Exception {
    int w = 120;
    int h = 80;
    float[] values = new float[w * h];
    Path png = folder.resolve("q.png");
    Quicklook.write(values, w, h, List.of(new PixelBox(50, 20, 60, 30)), Quicklook.DETECTION_COLOUR, png);
    BufferedImage image = ImageIO.read(png.toFile());

    int l = Quicklook.AXIS_LEFT;
    int t = Quicklook.AXIS_TOP;
    assertEquals(l + w + 1, image.getWidth());
    assertEquals(t + h + 1, image.getHeight());
    assertEquals(List.of(0, 50, 100), PixelAxis.ticks(0, w, w));
    for (int x : PixelAxis.ticks(0, w, w)) {
      assertTrue(dark(image.getRGB(l + x, t - 3)), "no tick above column " + x);
      assertTrue(inkBetween(image, l + x - 8, l + x + 8, 0, t - 5) > 5, "no label above column " + x);
    }
    assertTrue(!dark(image.getRGB(l + 25, t - 3)), "a tick between the labels");
    for (int y : PixelAxis.ticks(0, h, h)) {
      assertTrue(dark(image.getRGB(l - 3, t + Math.min(y, h))), "no tick left of row " + y);
      assertTrue(inkBetween(image, 0, l - 5, Math.max(0, t + y - 6), t + y + 6) > 5, "no label left of row " + y);
    }
    // the box from column 50, where the label 50 is
    assertEquals(Quicklook.DETECTION_COLOUR.getRGB(), image.getRGB(l + 50, t + 25));
    assertEquals(Quicklook.DETECTION_COLOUR.getRGB(), image.getRGB(l + 59, t + 25));
  }

  @Test
  void aPngOfTenThousandRowsOrMoreWidensItsMarginForFiveDigitLabels(@TempDir Path folder) throws Exception {
    // a strip 8 columns wide and 10200 rows tall: labels 0 to 10000, the last five digits
    int w = 8;
    int h = 10200;
    Path png = folder.resolve("tall.png");
    Quicklook.write(new float[w * h], w, h, List.of(), Quicklook.DETECTION_COLOUR, png);
    BufferedImage image = ImageIO.read(png.toFile());

    int l = image.getWidth() - w - 1;
    assertEquals(Quicklook.axisLeft(h), l, "the raster after the margin");
    assertTrue(l > Quicklook.AXIS_LEFT, "a four-digit margin clipped the label 10000: " + l);
    assertTrue(PixelAxis.ticks(0, h, h).contains(10000));
    int y = Quicklook.AXIS_TOP + 10000;
    // the label's ink left of its tick, none on it (drawn from x 0 in a four-digit margin, it ran into it)
    assertTrue(inkBetween(image, 0, l - 5, y - 8, y + 8) > 5, "no label left of row 10000");
    assertEquals(0, inkBetween(image, l - 5, l - 4, y - 8, y + 8), "the label 10000 runs into its tick");
    assertEquals(Quicklook.AXIS_LEFT, Quicklook.axisLeft(9999), "four-digit frames keep their margin");
  }

  private static boolean dark(int rgb) {
    return ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) < 600;
  }

  private static int inkBetween(BufferedImage image, int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        n += dark(image.getRGB(x, y)) ? 1 : 0;
      }
    }
    return n;
  }
}
