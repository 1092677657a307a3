package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Test;

/**
 * An input's path and the names in its products reach both reports as they are; in report.md as
 * in report.html they must stay text, never markup, as a Markdown viewer that passes HTML
 * through (CommonMark's reference renderer, as here) would otherwise render them.
 */
class ReportInputTextTest {

  private static final String HOSTILE = "/data/<img src=x onerror=alert(1)>/[a](javascript:alert(2))/"
      + "![i](http://x/y.png)_a_*b*`c`|d\n# heading";
  private static final String HOSTILE_RENDERED = "/data/&lt;img src=x onerror=alert(1)&gt;/[a](javascript:alert(2))/"
      + "![i](http://x/y.png)_a_*b*`c`|d # heading";

  private static ReportPage page() {
    DetectionEntry detection = new DetectionEntry(1, "<b onmouseover=alert(3)>slide</b>", 0.9,
        new PixelBox(5, 5, 12, 10), 8.1, 46.4, Optional.empty(), Optional.empty(), Optional.empty());
    ReportProvenance provenance = new ReportProvenance("DL-InSAR 0.1.0", Instant.parse("2026-12-05T13:06:19Z"),
        List.of(new ReportProvenance.Network("DL-Mask", "<script>alert(4)</script>", "1.0|2", "`a|b`")));
    return new ReportPage("DL-InSAR demo: detection-first chain on " + HOSTILE,
        List.of("Stack " + HOSTILE + ", 40 \u00d7 30 pixels, given with --input.", "- # 1. list"), List.of(),
        List.of(detection), Optional.empty(), List.of(new StageTiming("<i>DL-Mask</i>", 1.5)),
        new ProcessedArea(35, 1200, "the patches Local-SBAS solved"), provenance);
  }

  private static String rendered(String markdown) {
    List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
    return HtmlRenderer.builder().extensions(tables).build()
        .render(Parser.builder().extensions(tables).build().parse(markdown));
  }

  @Test
  void theMarkdownReportRendersAnInputsPathAndNamesAsText() {
    String html = rendered(InputReport.markdown(page(), "x`<img src=y>`](javascript:z)_chain"));

    for (String markup : List.of("<img src=x", "<img src=y", "<img src=\"http", "<script", "<b ", "<i>", "<a ", "<em", "<del", "<h1>heading",
        "javascript:alert(2)\"")) {
      assertFalse(html.contains(markup), markup + " in\n" + html);
    }
    assertTrue(html.contains("<h1>DL-InSAR demo: detection-first chain on " + HOSTILE_RENDERED + "</h1>"), html);
    assertTrue(html.contains("<li>Stack " + HOSTILE_RENDERED + ", 40 \u00d7 30 pixels, given with --input.</li>"),
        html);
    assertTrue(html.contains("<li>- # 1. list</li>"), html);
    assertTrue(html.contains("<code>x`&lt;img src=y&gt;`](javascript:z)_chain.dim</code>"), html);
    assertTrue(html.contains("<td>&lt;b onmouseover=alert(3)&gt;slide&lt;/b&gt;</td>"), html);
    assertTrue(html.contains("<li>&lt;i&gt;DL-Mask&lt;/i&gt;: 1.50 s</li>"), html);
    assertTrue(html.contains("<td>&lt;script&gt;alert(4)&lt;/script&gt;</td>\n<td>1.0|2</td>\n<td><code>`a|b`</code></td>"),
        html);
  }

  @Test
  void theHtmlReportEscapesThemToo() {
    String html = HtmlReport.render(page());

    for (String markup : List.of("<img src=x", "<script>alert", "<b onmouseover", "<i>DL")) {
      assertFalse(html.contains(markup), markup);
    }
    assertTrue(html.contains("<h1>DL-InSAR demo: detection-first chain on /data/&lt;img src=x onerror=alert(1)&gt;/"),
        html);
  }

  @Test
  void codeSpansFenceTheBackticksTheyHold() {
    assertEquals("`a`", Markdown.code("a"));
    assertEquals("``a`b``", Markdown.code("a`b"));
    assertEquals("``` ``a ```", Markdown.code("``a"));
    assertEquals("`a b`", Markdown.code("a\nb"));
  }
}
