package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @Test
  void embedsEveryImageAsADecodablePngAndFetchesNothing() throws Exception {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));

    Matcher src = Pattern.compile("<img [^>]*src=\"([^\"]*)\"").matcher(html);
    List<BufferedImage> images = new ArrayList<>();
    while (src.find()) {
      String uri = src.group(1);
      assertTrue(uri.startsWith("data:image/png;base64,"), "not embedded: " + uri.substring(0, 40));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(
          Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()))));
      assertNotNull(image, "an embedded PNG does not decode");
      images.add(image);
    }
    // two quicklooks and one velocity patch (13 x 11)
    assertEquals(3, images.size());
    assertEquals(SamplePages.WIDTH, images.get(0).getWidth());
    assertEquals(13, images.get(2).getWidth());
    for (String outside : List.of("http:", "https:", "<script", "<link", "@import", "src=\"file")) {
      assertFalse(html.contains(outside), "the page must be self-contained, found " + outside);
    }
  }

  @Test
  void showsTheTimeSeriesAndVelocityPatchOfADetectionThatHasThem() {
    String html = HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45));
    String first = article(html, 1);
    String second = article(html, 2);

    assertEquals(1, count(first, "<svg class=\"plot\""));
    assertEquals(SamplePages.DATES.size(), count(first, "<circle "));
    assertEquals(1, count(first, "<img "));
    assertTrue(first.contains("velocity <b>-42.0 mm/year</b>"), first);
    assertTrue(first.contains("lon 8.10000\u00b0, lat 46.40000\u00b0"), first);
    assertTrue(first.contains("velocity error 3.0 mm/year"), first);
    assertFalse(first.contains("No time series"), first);
    assertTrue(second.contains("No time series in this run."), second);
    assertEquals(0, count(second, "<svg class=\"plot\""));
    assertTrue(second.contains("Hits no true site"), second);
  }

  @Test
  void scalesTheVelocityPatchToTheFastestPixelOfTheDetection() {
    ReportPage page = SamplePages.withOneTimeSeries(-42, -45);
    DetectionEntry d = page.detections().get(0);
    VelocityPatch patch = d.velocity().orElseThrow();
    double fastest = 0;
    for (int y = d.box().y0(); y < d.box().y1(); y++) {
      for (int x = d.box().x0(); x < d.box().x1(); x++) {
        int i = (y - patch.box().y0()) * patch.box().width() + x - patch.box().x0();
        fastest = Math.max(fastest, Math.abs(patch.velocityMmPerYear()[i]));
      }
    }

    String card = article(HtmlReport.render(page), 1);

    assertTrue(fastest > 30, "the sample's slide: " + fastest);
    assertTrue(card.contains(">" + Html.significant(-fastest) + "</text>")
        && card.contains(">" + Html.significant(fastest) + "</text>"), "colour bar ends at +-" + fastest);
  }

  @Test
  void givesTheMedianVelocityErrorOverDetectionsOnSites() {
    ReportPage one = SamplePages.withOneTimeSeries(-42, -45);
    List<DetectionEntry> detections = new ArrayList<>(one.detections());
    var box = detections.get(1).box();
    detections.add(new DetectionEntry(3, "landslide", 0.7, box, 8, 46,
        Optional.of(SamplePages.site(4, box, -20)), Optional.of(SamplePages.series(-25, 1)), Optional.empty()));
    ReportPage page = new ReportPage(one.title(), one.facts(), one.quicklooks(), detections, one.truth(),
        one.timings(), one.processed(), one.provenance());

    String truth = section(HtmlReport.render(page), "truth");

    assertTrue(truth.contains("<b>4.0 mm/year</b>"), truth);
    assertTrue(truth.contains("over 2 detections on sites; largest 5.0 mm/year"), truth);
  }

  @Test
  void saysWhatIsMissingWithoutTruthOrVelocities() {
    ReportPage one = SamplePages.withOneTimeSeries(-42, -45);
    ReportPage noTruth = new ReportPage(one.title(), one.facts(), one.quicklooks(), List.of(),
        Optional.empty(), one.timings(), one.processed(), one.provenance());
    ReportPage noVelocity = new ReportPage(one.title(), one.facts(), one.quicklooks(),
        List.of(one.detections().get(1)), one.truth(), one.timings(), one.processed(), one.provenance());

    assertTrue(section(HtmlReport.render(noTruth), "truth").contains("has no truth"));
    assertTrue(section(HtmlReport.render(noTruth), "detections").contains("No detection in this run."));
    assertTrue(section(HtmlReport.render(noVelocity), "truth").contains("no velocities in this run"));
  }

  @Test
  void saysSoWhenLocalSbasCouldNotInvertADetection() {
    List<Double> none = SamplePages.DATES.stream().map(d -> Double.NaN).toList();
    DetectionEntry failed = new DetectionEntry(1, "landslide", 0.9, SamplePages.ramp("r").layers().get(0).boxes().get(0),
        8, 46, Optional.empty(), Optional.of(new TimeSeries(SamplePages.DATES, none, Double.NaN, Double.NaN, Double.NaN, List.of())),
        Optional.empty());
    ReportPage one = SamplePages.withOneTimeSeries(-42, -45);
    String card = article(HtmlReport.render(new ReportPage(one.title(), one.facts(), one.quicklooks(), List.of(failed),
        one.truth(), one.timings(), one.processed(), one.provenance())), 1);

    assertTrue(card.contains("could not invert"), card);
    assertFalse(card.contains("<svg class=\"plot\"") || card.contains("velocity <b>"), card);
  }

  @Test
  void givesTheProcessedShareOfTheFrameAndEveryStageTime() {
    String processing = section(HtmlReport.render(SamplePages.withOneTimeSeries(-42, -45)), "processing");

    assertTrue(processing.contains("<b>143</b> pixels of the frame's 1200 (<b>11.9 %</b>)"), processing);
    assertTrue(processing.contains("<td>mask</td><td class=\"num\">1.50</td>"), processing);
    assertTrue(processing.contains("<td>detect</td><td class=\"num\">0.50</td>"), processing);
    assertFalse(processing.contains("total"), "stage rows overlap (an operator's share of the graph), so no total");
  }

  /**
   * The page says what made it, for a reader who has only the page: the software and its build,
   * when it was written (UTC), and each network the chain ran by name, version and the SHA-256
   * of its ONNX file; a run of classical methods only says that none ran.
   */
  @Test
  void givesTheSoftwareTheTimeAndEachNetworkTheChainRan() {
    ReportPage one = SamplePages.withOneTimeSeries(-42, -45);

    String provenance = section(HtmlReport.render(one), "provenance");

    assertTrue(provenance.contains("Generated <time datetime=\"2026-12-05T13:06:19Z\">2026-12-05T13:06:19Z</time>"
        + " (UTC) by DL-InSAR 0.1.0+abc123."), provenance);
    assertTrue(provenance.contains("<tr><td>DL-Mask</td><td>skrau-mask</td><td>1.0.0</td><td><code>"
        + "a".repeat(64) + "</code></td></tr>"), provenance);
    assertTrue(provenance.contains("<tr><td>DL-Detect</td><td>yolo-landslide</td><td>1.2.0</td><td><code>"
        + "b".repeat(64) + "</code></td></tr>"), provenance);
    ReportPage classical = new ReportPage(one.title(), one.facts(), one.quicklooks(), one.detections(),
        one.truth(), one.timings(), one.processed(), new ReportProvenance("DL-InSAR 0.1.0+abc123",
            one.provenance().generated(), List.of()));
    String none = section(HtmlReport.render(classical), "provenance");
    assertTrue(none.contains("No network ran (classical methods only)."), none);
    assertFalse(none.contains("<table"), none);
  }

  @Test
  void writesThePageUnderATemporaryNameThenRenamesIt(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("report.html");

    HtmlReport.write(SamplePages.withOneTimeSeries(-42, -45), file);

    assertTrue(Files.readString(file).endsWith("</html>\n"));
    try (var left = Files.list(folder)) {
      assertEquals(List.of(file), left.toList(), "no temporary file may stay behind");
    }
  }

  private static String article(String html, int id) {
    int start = html.indexOf("<article class=\"detection\" id=\"detection-" + id + "\">");
    assertTrue(start >= 0, "no card for detection " + id);
    return html.substring(start, html.indexOf("</article>", start));
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertTrue(start >= 0, "no section " + id);
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
