package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
