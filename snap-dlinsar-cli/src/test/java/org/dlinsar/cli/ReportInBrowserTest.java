package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlinsar.report.BoxLayer;
import org.dlinsar.report.ColourMap;
import org.dlinsar.report.ColourScale;
import org.dlinsar.report.DetectionEntry;
import org.dlinsar.report.HtmlReport;
import org.dlinsar.report.ProcessedArea;
import org.dlinsar.report.RasterPanel;
import org.dlinsar.report.ReportPage;
import org.dlinsar.report.ReportProvenance;
import org.dlinsar.report.StageTiming;
import org.dlinsar.report.TimeSeries;
import org.dlinsar.report.VelocityPatch;
import org.dlinsar.sim.PixelBox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Opens the HTML report in a real browser (chromium headless): no console message, every image
 * decodes, every plot has a size, and a screenshot is written to
 * {@code target/report-screenshots/}. Runs where chromium is on PATH; {@code .ci/run} installs
 * Debian's package and sets {@code DLINSAR_REQUIRE_BROWSER=1}, which turns a missing browser from
 * a skip into a failure.
 */
class ReportInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
  private static final Pattern PROBE = Pattern.compile("<body[^>]*?data-probe-images=\"(\\d+)\"[^>]*?"
      + "data-probe-broken=\"([^\"]*)\"[^>]*?data-probe-errors=\"([^\"]*)\"[^>]*?data-probe-empty-svgs=\"([^\"]*)\"");
  // Added to a copy of the page only: the report itself has no script. It records, once the page
  // has loaded, the images that did not decode, resources that failed and SVGs drawn at no size.
  private static final String PROBE_SCRIPT = """
      <script>(function () {
        var errors = [];
        window.addEventListener('error', function (e) {
          errors.push(e.target && e.target.tagName ? e.target.tagName + ' failed to load' : String(e.message));
        }, true);
        window.addEventListener('load', function () {
          var images = Array.prototype.slice.call(document.images);
          var broken = images.filter(function (i) { return !(i.complete && i.naturalWidth > 0); });
          var svgs = Array.prototype.slice.call(document.querySelectorAll('svg'));
          var empty = svgs.filter(function (s) { var r = s.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); });
          var body = document.body;
          body.setAttribute('data-probe-images', images.length);
          body.setAttribute('data-probe-broken', broken.map(function (i) { return i.alt; }).join('|'));
          body.setAttribute('data-probe-errors', errors.join('|'));
          body.setAttribute('data-probe-empty-svgs', empty.length + ' of ' + svgs.length);
        });
      })();</script>""";

  private static HeadlessChromium chromium;

  @BeforeAll
  static void findChromium() {
    Optional<HeadlessChromium> found = HeadlessChromium.onPath();
    if (found.isEmpty() && "1".equals(System.getenv("DLINSAR_REQUIRE_BROWSER"))) {
      fail("DLINSAR_REQUIRE_BROWSER=1 but no chromium on PATH");
    }
    Assumptions.assumeTrue(found.isPresent(),
        "no chromium on PATH: the browser test of report.html is skipped (.ci/run installs Debian's chromium)");
    chromium = found.get();
  }

  @Test
  void demoReportOpensWithoutConsoleMessagesAndEveryImageDecodes(@TempDir Path folder) throws Exception {
    int status = new DemoCommand().run(List.of("--size", "96", "--dates", "8", "--seed", "5", folder.toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);

    Path report = folder.resolve("report.html");
    assertOpensCleanly(report, folder);
    assertScreenshot(report, folder, "demo-report.png", 1200, 1600);
  }

  @Test
  void detectionWithATimeSeriesOpensWithItsPlotAndPatch(@TempDir Path folder) throws Exception {
    Path report = folder.resolve("report.html");
    HtmlReport.write(pageWithATimeSeries(), report);

    assertOpensCleanly(report, folder);
    String dom = chromium.dumpDom(report, folder).stdout();
    assertEquals(12, count(dom, "<circle "), "one point per date in the plot");
    assertScreenshot(report, folder, "detection-with-time-series.png", 1000, 1300);
  }

  @Test
  void anImageThatDoesNotDecodeFailsTheCheck(@TempDir Path folder) throws Exception {
    Path page = folder.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body>"
        + "<img alt=\"truncated\" src=\"data:image/png;base64,iVBORw0KGgo=\"></body></html>");

    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertOpensCleanly(page, folder));

    assertTrue(e.getMessage().contains("did not decode") && e.getMessage().contains("truncated"), e.getMessage());
  }

  private static void assertOpensCleanly(Path report, Path folder) throws Exception {
    String html = Files.readString(report);
    int imagesInPage = count(html, "<img ");
    assertTrue(imagesInPage > 0, "the page has no image to check");
    Path probed = folder.resolve("probed-" + report.getFileName());
    Files.writeString(probed, html.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(PROBE_SCRIPT)));

    HeadlessChromium.Output run = chromium.dumpDom(probed, folder);

    assertEquals(List.of(), run.consoleMessages(), "console messages while opening " + report);
    Matcher probe = PROBE.matcher(run.stdout());
    assertTrue(probe.find(), "the probe did not run; the DOM starts: "
        + run.stdout().substring(0, Math.min(400, run.stdout().length())));
    assertEquals(imagesInPage, Integer.parseInt(probe.group(1)), "images the browser found");
    assertEquals("", probe.group(2), "images that did not decode");
    assertEquals("", probe.group(3), "resources that failed to load");
    assertTrue(probe.group(4).startsWith("0 of "), "SVGs drawn at no size: " + probe.group(4));
  }

  private static void assertScreenshot(Path report, Path folder, String name, int width, int height)
      throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name);
    Files.deleteIfExists(png);

    chromium.screenshot(report, png, width, height, folder);

    BufferedImage shot = ImageIO.read(png.toFile());
    assertNotNull(shot, png + " is not a PNG");
    assertEquals(width, shot.getWidth());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < shot.getHeight(); y += 7) {
      for (int x = 0; x < shot.getWidth(); x += 7) {
        colours.add(shot.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 50, "the screenshot looks blank: " + colours.size() + " colours");
  }

  /** One detection with twelve dates of Local-SBAS results beside a quicklook: numbers chosen here. */
  private static ReportPage pageWithATimeSeries() {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> mm = new ArrayList<>();
    List<Double> truth = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      dates.add(LocalDate.of(2021, 1, 4).plusDays(24L * i));
      mm.add(-30.0 * 24 * i / 365.25 + (i % 3 - 1) * 1.5);
      truth.add(-32.0 * 24 * i / 365.25);
    }
    PixelBox box = new PixelBox(20, 14, 32, 24);
    PixelBox patchBox = new PixelBox(14, 9, 38, 29);
    float[] patch = new float[patchBox.width() * patchBox.height()];
    float[] frame = new float[64 * 48];
    for (int i = 0; i < frame.length; i++) {
      int x = i % 64;
      int y = i / 64;
      double r2 = Math.pow((x - 26) / 6.0, 2) + Math.pow((y - 19) / 5.0, 2);
      frame[i] = (float) (-30 * Math.exp(-r2));
      if (patchBox.contains(x, y)) {
        patch[(y - patchBox.y0()) * patchBox.width() + x - patchBox.x0()] = frame[i];
      }
    }
    RasterPanel quicklook = new RasterPanel("Velocity over the frame", frame, 64, 48,
        ColourScale.symmetric(ColourMap.DIVERGING, frame, "mm/year"),
        List.of(new BoxLayer("DL-Detect (id)", "#00b140", List.of(box), List.of("1"))), "constructed");
    DetectionEntry detection = new DetectionEntry(1, "landslide", 0.88, box, 8.12, 46.41, Optional.empty(),
        Optional.of(new TimeSeries(dates, mm, 2.0, -30, 0.95, truth)),
        Optional.of(new VelocityPatch(patchBox, patch)));
    return new ReportPage("Browser test page", List.of("Constructed Local-SBAS results"), List.of(quicklook),
        List.of(detection), Optional.empty(), List.of(new StageTiming("Local-SBAS", 1.2)),
        new ProcessedArea(patch.length, frame.length, "the patches Local-SBAS solved"),
        new ReportProvenance("DL-InSAR test", Instant.parse("2026-12-05T13:06:19Z"), List.of(
            new ReportProvenance.Network("DL-Detect", "yolo-landslide", "1.2.0", "0123456789abcdef".repeat(4)))));
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
