package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every box stands out of every colour the report's maps paint, at least 3:1 (WCAG's contrast for
 * graphics), to normal sight and to deuteranopes and protanopes: its colour or its black or white
 * casing does. The green boxes without a casing had 2.4:1 against the velocity map's red end.
 */
class BoxContrastTest {

  /** Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB. */
  private static final Map<String, double[][]> SIGHT = Map.of(
      "normal sight", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
      "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
          {-0.011820, 0.042940, 0.968881}},
      "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
          {-0.003882, -0.048116, 1.051998}});

  /** Every colour of the four maps, and the page's and the PNGs' no-data hatches. */
  private static List<Integer> mapColours() {
    List<Integer> colours = new ArrayList<>();
    for (ColourMap map : ColourMap.values()) {
      for (int i = 0; i <= 2000; i++) {
        colours.add(map.rgb(i / 2000.0));
      }
    }
    colours.addAll(List.of(0xC8C8C8, 0xFFFFFF, Quicklook.NO_DATA_LIGHT, Quicklook.NO_DATA_DARK));
    return colours;
  }

  private static double luminance(int rgb, double[][] m) {
    double[] c = {BoxCasing.linear(rgb >> 16 & 0xFF), BoxCasing.linear(rgb >> 8 & 0xFF), BoxCasing.linear(rgb & 0xFF)};
    double[] seen = new double[3];
    for (int i = 0; i < 3; i++) {
      seen[i] = Math.max(0, Math.min(1, m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]));
    }
    return 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
  }

  private static double contrast(int a, int b, double[][] m) {
    double la = luminance(a, m);
    double lb = luminance(b, m);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void everyBoxColourWithItsCasingStandsOutOfEveryMapColour() {
    Map<String, Integer> boxes = Map.of("true site", BoxCasing.rgb(DemoPage.SITE_COLOUR),
        "detection", BoxCasing.rgb(DemoPage.DETECTION_COLOUR),
        "compared method", BoxCasing.rgb(DemoPage.COMPARED_COLOUR),
        "velocity patch's detection", BoxCasing.rgb(DetectionHtml.BOX_COLOUR),
        "PNG true site", Quicklook.SITE_COLOUR.getRGB() & 0xFFFFFF,
        "PNG detection", Quicklook.DETECTION_COLOUR.getRGB() & 0xFFFFFF);
    List<Integer> maps = mapColours();
    for (var box : boxes.entrySet()) {
      int colour = box.getValue();
      int casing = BoxCasing.of(colour);
      for (var sight : SIGHT.entrySet()) {
        double[][] m = sight.getValue();
        assertTrue(contrast(colour, casing, m) >= 3, box.getKey() + " box against its own casing, " + sight.getKey());
        double worst = Double.MAX_VALUE;
        int worstColour = 0;
        for (int c : maps) {
          double seen = Math.max(contrast(colour, c, m), contrast(casing, c, m));
          if (seen < worst) {
            worst = seen;
            worstColour = c;
          }
        }
        assertTrue(worst >= 3, String.format("%s box %06x cased %06x: %.2f:1 against %06x, %s",
            box.getKey(), colour, casing, worst, worstColour, sight.getKey()));
      }
    }
  }

  @Test
  void theWhiteCasingGoesUnderDarkBoxesAndTheBlackUnderLightOnes() {
    assertEquals("#ffffff", BoxCasing.css("#111111"));
    assertEquals("#000000", BoxCasing.css(DemoPage.DETECTION_COLOUR));
    assertEquals(2.4, BoxCasing.contrast(0xB2182B, 0x00B140), 0.05, "the review's figure: the old green on the red end");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BoxLayer.of("true site", "green", List.of()));
    assertEquals("box colour 'green': expected #rrggbb", e.getMessage());
  }

  @Test
  void thePageDrawsEachBoxOverItsCasing() {
    String html = PanelHtml.of(SamplePages.ramp("ramp"), "q", 200);

    Matcher rects = Pattern.compile("<rect x=\"5\" y=\"5\" width=\"7\" height=\"5\" fill=\"none\" stroke=\"(#\\w+)\""
        + " stroke-width=\"(\\d)\" vector-effect=\"non-scaling-stroke\"/>").matcher(html);
    assertTrue(rects.find(), html);
    assertEquals("#ffffff 4", rects.group(1) + " " + rects.group(2), "the casing first, twice as wide");
    assertTrue(rects.find(), html);
    assertEquals("#111111 2", rects.group(1) + " " + rects.group(2), "then the colour over it");
    assertTrue(html.contains("border-color:#111111;box-shadow:0 0 0 1px #ffffff,inset 0 0 0 1px #ffffff"),
        "the legend's swatch cased as the boxes: " + html);
  }

  /** A ramp panel with the demo's two tagged box colours, ids 1 and 2 on each. */
  static RasterPanel taggedPanel(PixelBox one, PixelBox two) {
    RasterPanel ramp = SamplePages.ramp("ramp");
    return new RasterPanel("ids", ramp.values(), ramp.width(), ramp.height(), ramp.scale(), List.of(
        new BoxLayer("DL-Detect (id)", DemoPage.DETECTION_COLOUR, List.of(one, two), List.of("1", "2")),
        new BoxLayer("DL-Detect CLASSICAL (id)", DemoPage.COMPARED_COLOUR, List.of(one, two), List.of("1", "2"))),
        "ids");
  }

  @Test
  void eachIdIsDrawnInItsLayersColourOverItsCasing() {
    String html = PanelHtml.of(taggedPanel(new PixelBox(5, 8, 12, 12), new PixelBox(20, 15, 26, 22)), "q", 200);

    // the page's "svg text{fill:#222}" outweighs a fill attribute: both layers' ids came out #222
    Matcher ids = Pattern.compile("<text [^>]*style=\"fill:(#\\w+);stroke:(#\\w+);[^\"]*\">(\\d+)</text>").matcher(html);
    List<String> seen = new ArrayList<>();
    while (ids.find()) {
      seen.add(ids.group(3) + " " + ids.group(1) + " " + ids.group(2));
    }
    assertEquals(List.of("1 #00d855 #000000", "2 #00d855 #000000", "1 #ff90ff #000000", "2 #ff90ff #000000"), seen,
        html);
    assertTrue(!html.contains(" fill=\"#00d855\""), "no fill attribute for the style sheet to outweigh: " + html);
    assertTrue(!ReportCss.STYLE.contains("!important"), "an inline style wins over every rule of the sheet");
    assertTrue(!ReportCss.STYLE.contains("svg.boxes text{font-weight:700;paint-order:stroke;stroke:"),
        "the halo is the layer's casing, not one colour for all: " + ReportCss.STYLE);
  }

  @Test
  void everyIdReadsOverItsHaloAsTextShould() {
    // WCAG's 4.5:1 for text, the id's colour against its casing, the halo it is drawn on
    for (String colour : List.of(DemoPage.SITE_COLOUR, DemoPage.DETECTION_COLOUR, DemoPage.COMPARED_COLOUR)) {
      int rgb = BoxCasing.rgb(colour);
      for (var sight : SIGHT.entrySet()) {
        double seen = contrast(rgb, BoxCasing.of(rgb), sight.getValue());
        assertTrue(seen >= 4.5, String.format("id in %s over its halo: %.2f:1, %s", colour, seen, sight.getKey()));
      }
    }
  }

  @Test
  void thePngsDrawEachBoxOverItsCasing(@TempDir Path folder) throws Exception {
    int w = 20;
    int h = 16;
    float[] values = new float[w * h];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % w;
    }
    PixelBox box = new PixelBox(5, 4, 12, 10);
    Path png = folder.resolve("q.png");
    Quicklook.write(values, w, h, List.of(box), Quicklook.DETECTION_COLOUR, png);
    BufferedImage image = ImageIO.read(png.toFile());

    int cyan = Quicklook.DETECTION_COLOUR.getRGB() & 0xFFFFFF;
    assertEquals(0, BoxCasing.of(cyan));
    int l = Quicklook.AXIS_LEFT;
    int t = Quicklook.AXIS_TOP;
    for (int y : new int[] {box.y0(), box.y1() - 1}) {
      assertEquals(cyan, image.getRGB(l + 8, t + y) & 0xFFFFFF, "the box's edge row " + y);
    }
    assertEquals(0, image.getRGB(l + 8, t + box.y0() - 1) & 0xFFFFFF, "the casing outside");
    assertEquals(0, image.getRGB(l + 8, t + box.y0() + 1) & 0xFFFFFF, "the casing inside");
    assertEquals(0, image.getRGB(l + box.x0() - 1, t + 7) & 0xFFFFFF);
    assertEquals(0, image.getRGB(l + box.x1(), t + 7) & 0xFFFFFF);
    assertTrue((image.getRGB(l + 8, t + 7) & 0xFFFFFF) != 0, "the box's inside is the map's");
    assertEquals(Color.BLACK.getRGB() & 0xFFFFFF, image.getRGB(l + box.x1() - 2, t + 7) & 0xFFFFFF);
  }
}
