package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page reads at 200 % zoom (a 1200-pixel window is then 600 CSS pixels wide) without the
 * whole page scrolling sideways: a table wider than the window scrolls in its own box, and a
 * figure narrows with the window, its raster keeping its shape and its boxes on their pixels.
 */
class PageReflowTest {

  @Test
  void everyTableScrollsInItsOwnBox() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    int tables = html.split("<table", -1).length - 1;
    assertTrue(tables >= 3, "the sample has the scores, timings and networks tables: " + tables);
    assertEquals(tables, html.split("<div class=\"wide\"><table", -1).length - 1, "a table outside a scrolling box");
    assertEquals(tables, html.split("</table></div>", -1).length - 1);
    assertTrue(ReportCss.STYLE.contains(".wide{overflow-x:auto;max-width:100%}"), ReportCss.STYLE);
  }

  @Test
  void figuresNarrowWithTheWindowAndKeepTheirShape() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    Matcher raster = Pattern.compile("<div class=\"raster nodata\" style=\"([^\"]*)\"").matcher(html);
    int n = 0;
    while (raster.find()) {
      n++;
      String style = raster.group(1);
      assertTrue(style.matches("width:\\d+px;aspect-ratio:\\d+ / \\d+"), style);
      assertFalse(style.contains("height"), "a fixed height would stretch the narrowed raster: " + style);
    }
    assertEquals(3, n);
    for (String rule : new String[] {"max-width:100%}", ".raster img{display:block;image-rendering:pixelated;width:100%;height:100%}",
        ".raster svg.boxes{position:absolute;left:0;top:0;width:100%;height:100%}",
        "svg.bar,svg.plot{max-width:100%;height:auto}"}) {
      assertTrue(ReportCss.STYLE.contains(rule), rule);
    }
    assertTrue(ReportCss.STYLE.contains("figure{margin:0;background:#fff;border:1px solid #ddd;padding:10px;"
        + "box-sizing:border-box;max-width:100%}"), ReportCss.STYLE);
  }

  @Test
  void everyBarAndPlotScalesDownWithItsBox() {
    ReportPage sample = SamplePages.withOneTimeSeries(-42, -45);
    List<RasterPanel> quicklooks = new ArrayList<>(sample.quicklooks());
    float[] mask = new float[SamplePages.WIDTH * SamplePages.HEIGHT];
    mask[0] = 1;
    quicklooks.add(new RasterPanel("a mask", mask, SamplePages.WIDTH, SamplePages.HEIGHT,
        new ColourScale(ColourMap.BINARY, 0, 1, "mask class"), List.of(), ""));
    String html = HtmlReport.render(new ReportPage(sample.title(), sample.facts(), quicklooks,
        sample.detections(), sample.truth(), sample.timings(), sample.processed(), sample.provenance()));

    // max-width narrows an svg's box; without a viewBox its drawing keeps its size and spills out
    Matcher svg = Pattern.compile("<svg class=\"(bar|plot)\"[^>]*>").matcher(html);
    int n = 0;
    boolean sawMask = false;
    while (svg.find()) {
      n++;
      String tag = svg.group();
      sawMask |= tag.contains("mask classes");
      Matcher size = Pattern.compile("width=\"([\\d.]+)\" height=\"([\\d.]+)\"").matcher(tag);
      Matcher box = Pattern.compile("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\"").matcher(tag);
      assertTrue(size.find() && box.find(), "an svg without a size and a viewBox: " + tag);
      assertEquals(Double.parseDouble(size.group(1)) / Double.parseDouble(size.group(2)),
          Double.parseDouble(box.group(1)) / Double.parseDouble(box.group(2)), 1e-9, "drawn out of shape: " + tag);
    }
    assertTrue(sawMask, "the sample has a mask legend");
    assertEquals(5, n, "three colour bars, the mask legend and a time-series plot");
  }
}
