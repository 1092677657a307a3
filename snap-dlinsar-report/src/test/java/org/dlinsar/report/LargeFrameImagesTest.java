package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * A frame's image on the page is bounded whatever the frame's size: a large raster is shown at one
 * pixel in a few each way, its boxes and axis labels still on their frame pixels. A full-resolution
 * image of each panel made a report of hundreds of MB for a Sentinel-1 frame, and ran the page's
 * heap out before it was written.
 */
class LargeFrameImagesTest {

  private static final Pattern PNG = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");

  @Test
  void aLargeFramesImageHoldsEveryStepthPixelItsBoxesStayOnTheFramesPixels() throws IOException {
    int width = 3000;
    int height = 1500;
    float[] values = new float[width * height];
    for (int i = 0; i < values.length; i++) {
      values[i] = (i % width) % 3 == 0 && (i / width) % 3 == 0 ? 1 : 0;
    }
    RasterPanel panel = new RasterPanel("mask", values, width, height,
        new ColourScale(ColourMap.BINARY, 0, 1, ""),
        List.of(new BoxLayer("sites", "#ffffff", List.of(new PixelBox(2100, 900, 2160, 960)), List.of("1"))),
        "");

    String html = PanelHtml.of(panel, "big", 420);

    BufferedImage image = image(html);
    assertEquals(1000, image.getWidth());
    assertEquals(500, image.getHeight());
    // every sample shown is one at a multiple of 3 in the frame: all 1, the light colour
    int light = image.getRGB(0, 0);
    for (int y = 0; y < 500; y += 37) {
      for (int x = 0; x < 1000; x += 41) {
        assertEquals(light, image.getRGB(x, y), "pixel " + x + ", " + y);
      }
    }
    assertTrue(html.contains("width=\"1000\" height=\"500\""), "the image's size on the page");
    assertTrue(html.contains("viewBox=\"0 0 3000 1500\"") && html.contains("<rect x=\"2100\" y=\"900\""),
        "the boxes in frame pixels");
    assertTrue(html.contains("Shown at one pixel in 3 each way, of 3000 x 1500"), html);
    assertTrue(html.length() < 200_000, html.length() + " characters");
  }

  @Test
  void framesUpToTheLimitKeepEveryPixel() {
    assertEquals(1, PanelHtml.step(256));
    assertEquals(1, PanelHtml.step(PanelHtml.MAX_IMAGE_EDGE));
    assertEquals(2, PanelHtml.step(PanelHtml.MAX_IMAGE_EDGE + 1));
    assertEquals(25, PanelHtml.step(25_000));
    String html = PanelHtml.of(SamplePages.ramp("ramp"), "q", 420);
    assertTrue(!html.contains("Shown at one pixel in"), html);
  }

  @Test
  void aPageDrawsTheCardsOfTheHighestScoresAndNamesTheRest() {
    ReportPage sample = SamplePages.withOneTimeSeries(-42, -45);
    List<DetectionEntry> many = new java.util.ArrayList<>();
    int n = HtmlReport.MAX_CARDS + 50;
    for (int id = 1; id <= n; id++) {
      // scores fall with the id but for the last, the best of all
      double score = id == n ? 0.99 : 0.9 - 0.5 * id / n;
      many.add(new DetectionEntry(id, "landslide", score, new PixelBox(1, 1, 5, 5), 8, 46,
          java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
    }
    ReportPage page = new ReportPage(sample.title(), sample.facts(), sample.quicklooks(), many,
        sample.truth(), sample.timings(), sample.processed(), sample.provenance());

    String html = HtmlReport.render(page);

    assertEquals(HtmlReport.MAX_CARDS, html.split("<article class=\"detection\"", -1).length - 1);
    assertTrue(html.contains("id=\"detection-" + n + "\""), "the best score is drawn");
    assertTrue(!html.contains("id=\"detection-" + (n - 1) + "\""), "the lowest are not");
    assertTrue(html.contains("50 more detection(s), of scores up to "), html);
  }

  private static BufferedImage image(String html) throws IOException {
    Matcher m = PNG.matcher(html);
    assertTrue(m.find(), "an embedded PNG");
    return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
  }
}
