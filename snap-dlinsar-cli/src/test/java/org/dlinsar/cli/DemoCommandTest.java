package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.detect.EarlierResults;
import org.dlinsar.files.Software;
import org.dlinsar.lite.cli.UsageException;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void writesProductsQuicklooksAndAReportWithMeasuredFigures(@TempDir Path folder) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> logged = new ArrayList<>();
    Logger operators = Logger.getLogger("org.esa.snap.core.gpf");
    Handler collect = new Handler() {
      @Override
      public void publish(LogRecord line) {
        logged.add(String.valueOf(line.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    operators.addHandler(collect);
    int status;
    try {
      status = new DemoCommand().run(List.of("--size", "96", "--dates", "8", "--seed", "5", folder.toString()),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    } finally {
      operators.removeHandler(collect);
    }

    assertEquals(0, status);
    // the comparison runs read the chain's product, Local-SBAS results and all, on purpose
    assertEquals(List.of(), logged.stream().filter(l -> l.startsWith(EarlierResults.LEFT_OUT)).toList());
    for (String file : List.of("landslides.dim", "landslides.truth.dim", "landslides.sites.json",
        "landslides_chain.dim", "landslides_chain.detections.geojson", "landslides_chain.detections.csv",
        "landslides_chain.timeseries.csv", "gradient_magnitude.png", "true_velocity.png", "report.md",
        "report.html")) {
      assertTrue(Files.isRegularFile(folder.resolve(file)), file + " missing");
    }
    String report = Files.readString(folder.resolve("report.md"));
    Matcher iou = Pattern.compile("mean \\*\\*([0-9.]+)\\*\\*").matcher(report);
    assertTrue(iou.find(), report);
    double meanIou = Double.parseDouble(iou.group(1));
    assertTrue(meanIou > 0.5 && meanIou <= 1, "mean IoU in the report: " + meanIou);
    assertTrue(report.contains("18 small-baseline interferograms"), report);
    Matcher detection = Pattern.compile("## 3. DL-Detect.*?recall \\*\\*([0-9.]+)\\*\\*.*?precision \\*\\*([0-9.]+)\\*\\*",
        Pattern.DOTALL).matcher(report);
    assertTrue(detection.find(), report);
    double precision = Double.parseDouble(detection.group(2));
    assertTrue(precision >= 0 && precision <= 1, "precision in the report: " + precision);
    assertMethodsSideBySide(report, detection.group(1), detection.group(2));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("report.md"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("report.html"));
    assertHtmlReportAgrees(Files.readString(folder.resolve("report.html")), report);
    assertTimesSayWhatTheyMeasure(report, Files.readString(folder.resolve("report.html")));
    assertProvenanceOfTheRun(folder, report, Files.readString(folder.resolve("report.html")));
  }

  /**
   * Both reports name the build, the time they were written and every network the chain's product
   * records in DL_InSAR_Models, with its ONNX file's SHA-256.
   */
  private static void assertProvenanceOfTheRun(Path folder, String report, String html) throws Exception {
    assertTrue(report.contains(" (UTC) by " + Software.name() + "."), report);
    assertTrue(html.contains(" (UTC) by " + Software.name() + "."), "the page names the build");
    Product chain = ProductIO.readProduct(folder.resolve("landslides_chain.dim").toFile());
    MetadataElement models = chain.getMetadataRoot().getElement("DL_InSAR_Models");
    assertTrue(models != null && models.getElement("DL-Detect") != null, "the chain runs DL-Detect's network");
    for (MetadataElement step : models.getElements()) {
      String sha = step.getAttributeString("onnx_sha256");
      assertEquals(64, sha.length(), sha);
      assertTrue(report.contains("| " + step.getName() + " | " + step.getAttributeString("model") + " | "
          + step.getAttributeString("version") + " | `" + sha + "` |"), report);
      assertTrue(html.contains("<td>" + step.getName() + "</td><td>" + step.getAttributeString("model")
          + "</td><td>" + step.getAttributeString("version") + "</td><td><code>" + sha + "</code></td>"),
          "the page names " + step.getName() + "'s network");
    }
    chain.dispose();
  }

  /**
   * Both methods are timed alike (CPU of all threads on the written gradient stack) and the table
   * says so; detection's share is of the CPU that read the interferograms and made the stack.
   */
  private static void assertTimesSayWhatTheyMeasure(String report, String html) {
    assertTrue(report.contains("| lookalike cells detected | CPU on the written stack (s) |"), report);
    assertTrue(html.contains("<th>CPU on the written stack</th>"), "the page's column says what it times");
    Matcher took = Pattern.compile("Detection took ([0-9.]+) CPU s on the written gradient stack \\(its reading"
        + " included\\), [0-9.]+ % of the CPU the chain took to read the interferograms and make that stack"
        + " \\(Read, DL-Mask and Phase-Gradient-Stack\\)").matcher(report);
    assertTrue(took.find(), report);
    Matcher dlRow = Pattern.compile("\\| DL \\(the chain's[^\n]* \\| ([0-9.]+) \\|\n").matcher(report);
    assertTrue(dlRow.find(), report);
    assertEquals(took.group(1), dlRow.group(1), "the DL row's time is section 3's");
  }

  @Test
  void theGradientStacksTimeIncludesReadingTheInterferograms() {
    assertEquals(6.5, DemoCommand.gradientStackSeconds(Map.of("Read", 0.5, "DL-Mask", 4.0,
        "Phase-Gradient-Stack", 2.0, "DL-Detect", 0.4, "DL-Unwrap", 9.0)), 1e-12);
  }

  /**
   * The chain's DL detections (the landslide network joined with the classical scan) and the
   * CLASSICAL method's, scored on the same gradient stack: the DL row repeats section 3's figures,
   * the CLASSICAL row has its own in [0, 1].
   */
  private static void assertMethodsSideBySide(String report, String chainRecall, String chainPrecision) {
    Matcher row = Pattern.compile("\\| (DL \\(the chain's, model yolo-landslide [0-9.]+\\)|CLASSICAL) \\| (\\d+) \\| "
        + "([0-9.]+) \\(\\d+/\\d+\\) \\| ([0-9.]+) \\(\\d+/\\d+\\) \\| ([0-9.]+) \\(\\d+/\\d+\\) \\| ([0-9.]+) \\| (\\d+) \\|")
        .matcher(report);
    Matcher separable = Pattern.compile("([0-9.]+) of those it separates from its background")
        .matcher(report);
    assertTrue(separable.find(), report);
    assertTrue(row.find() && row.group(1).startsWith("DL"), report);
    assertEquals(chainRecall, row.group(3), "DL row: section 3's visible recall");
    assertEquals(separable.group(1), row.group(4), "DL row: section 3's recall of separable sites");
    assertEquals(chainPrecision, row.group(6), "DL row: section 3's precision");
    assertTrue(row.find() && row.group(1).startsWith("CLASSICAL"), report);
    for (int g : new int[] {3, 4, 5, 6}) {
      double value = Double.parseDouble(row.group(g));
      assertTrue(value >= 0 && value <= 1, "CLASSICAL row, column " + g + ": " + value);
    }
  }

  /** The page holds report.md's detections, each placed on the globe, its mask IoU and the quicklooks. */
  private static void assertHtmlReportAgrees(String html, String markdown) {
    Matcher detections = Pattern.compile("([0-9]+) detections at score").matcher(markdown);
    assertTrue(detections.find(), markdown);
    int count = Integer.parseInt(detections.group(1));
    assertEquals(count, occurrences(html, "<article class=\"detection\""), "detection cards");
    assertEquals(0, occurrences(html, "No time series in this run."), "every detection has its Local-SBAS series");
    // with its uncertainty: velocity_std from the time-series CSV
    Matcher velocity = Pattern.compile("\\| [0-9]+ \\| \\w+ \\| [0-9.]+ \\| \\w+ \\| (-?[0-9.]+) \u00b1 [0-9.]+ \\|")
        .matcher(markdown);
    for (int i = 0; i < count; i++) {
      assertTrue(velocity.find(), "detection " + (i + 1) + " has no Local-SBAS velocity in report.md");
    }
    // the temporal coherence of each detection's peak, the DEM's error fitted there (the simulated
    // stack carries its baselines) and the velocity down the slope beside the true slide's, the
    // last columns of section 4 and in its card
    Matcher coherence = Pattern.compile(
        "\\| ([0-9.]+) \\| (-?[0-9.]+) \\| (-?[0-9.]*)(?: \u00b1 ([0-9.]+))? \\| (-?[0-9.]*) \\|\n")
        .matcher(markdown.split("## 4\\.")[1]);
    int projected = 0;
    int withinTwoSigma = 0;
    List<Double> downslopeErrors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      assertTrue(coherence.find(), "detection " + (i + 1) + " has no temporal coherence or DEM error in report.md");
      double value = Double.parseDouble(coherence.group(1));
      assertTrue(value > 0 && value <= 1, "temporal coherence " + value);
      // the demo's DEM is the truth: what the fit finds is noise (-4.5 to 6.6 m in the demo)
      assertTrue(Math.abs(Double.parseDouble(coherence.group(2))) < 15, "DEM error " + coherence.group(2));
      if (!coherence.group(3).isEmpty()) {
        projected++;
        assertTrue(coherence.group(4) != null, "the velocity down the slope without its uncertainty");
        double sigma = Double.parseDouble(coherence.group(4));
        assertTrue(sigma > 0, "uncertainty down the slope " + sigma);
        if (!coherence.group(5).isEmpty()) {
          double measured = Double.parseDouble(coherence.group(3));
          double truth = Double.parseDouble(coherence.group(5));
          assertTrue(measured * truth > 0, "down the slope " + measured + ", true " + truth);
          downslopeErrors.add(Math.abs(measured - truth) / Math.abs(truth));
          withinTwoSigma += Math.abs(measured - truth) <= 2 * sigma ? 1 : 0;
        }
      }
    }
    assertFalse(downslopeErrors.isEmpty(), "the demo's slides lie on its relief: some move down a known slope");
    Collections.sort(downslopeErrors);
    // 18 interferograms here (0.08, 0.13, 0.26, 0.62); the demo's 87 err by a median 0.06
    assertTrue(downslopeErrors.get(downslopeErrors.size() / 2) < 0.4, "relative errors down the slope "
        + downslopeErrors);
    assertTrue(2 * withinTwoSigma >= downslopeErrors.size(), withinTwoSigma + " of " + downslopeErrors.size()
        + " true downslope velocities within 2 sigma");
    assertEquals(count, occurrences(html, " \u00b7 temporal coherence "), "temporal coherence in the cards");
    assertEquals(count, occurrences(html, " \u00b7 DEM error "), "the DEM's error in the cards");
    assertEquals(projected, occurrences(html, " \u00b7 down the slope "), "the velocity down the slope in the cards");
    Matcher lonLat = Pattern.compile("lon (-?[0-9.]+)\u00b0, lat (-?[0-9.]+)\u00b0").matcher(html);
    for (int i = 0; i < count; i++) {
      assertTrue(lonLat.find(), "detection " + (i + 1) + " has no lon/lat");
      assertTrue(markdown.contains(" | " + lonLat.group(1) + ", " + lonLat.group(2) + " | "),
          "report.md places detection " + (i + 1) + " as its card does: " + lonLat.group());
    }
    Matcher processed = Pattern.compile("Processed after detection: <b>([0-9]+)</b> pixels of the"
        + " frame's ([0-9]+) \\(<b>([0-9.]+) %</b>\\)").matcher(html);
    assertTrue(processed.find(), "the page's share of the frame processed");
    assertTrue(markdown.contains("Processed after detection: **" + processed.group(1) + "** pixels of"
        + " the frame's " + processed.group(2) + " (**" + processed.group(3) + " %**)"),
        "report.md gives the page's share of the frame processed: " + processed.group());
    // wrapped interferogram, DL mask, Otsu's mask, two gradient stacks, true velocity, and each
    // detection's velocity patch
    assertEquals(6 + count, occurrences(html, "<img "), "quicklooks and velocity patches");
    assertTrue(markdown.contains("## 1. DL-Mask, method DL (model skrau-mask "), "the report names the mask model");
    assertTrue(markdown.contains("Phases unwrapped by DL-Unwrap DL (model punet-unwrap "),
        "the report names the unwrapping model");
    assertTrue(html.contains("<h3>DL-Detect methods on the same gradient stack</h3>")
        && html.contains("model yolo-landslide ") && html.contains("CLASSICAL"),
        "the page sets the methods side by side");
    assertTrue(markdown.contains("## 3. DL-Detect, mode LANDSLIDE, method DL\n"),
        "the report names the chain's detection method");
    assertTrue(html.contains("rad/pixel/year") && html.contains("mm/year"), "colour bars name their units");
    Matcher iou = Pattern.compile("Mask IoU, decorrelated class</th><td class=\"num\"><b>([0-9.]+)</b>").matcher(html);
    Matcher markdownIou = Pattern.compile("mean \\*\\*([0-9.]+)\\*\\*").matcher(markdown);
    assertTrue(iou.find() && markdownIou.find(), "mask IoU in both reports");
    assertEquals(markdownIou.group(1), iou.group(1), "the same mask IoU in both reports");
  }

  private static int occurrences(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }

  @Test
  void aRunFailingAfterTheSimulationLeavesNoReportOfTheRunBefore(@TempDir Path folder) throws Exception {
    List<String> args = List.of("--size", "64", "--dates", "8", "--seed", "5", folder.toString());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    assertEquals(0, new DemoCommand().run(args, quiet, quiet));
    // the chain's time-series CSV cannot be written over a folder: the next run fails in the chain
    Path csv = folder.resolve("landslides_chain.timeseries.csv");
    Files.delete(csv);
    Files.createDirectories(csv.resolve("in-the-way"));

    assertThrows(Exception.class, () -> new DemoCommand().run(args, quiet, quiet));

    assertTrue(Files.isRegularFile(folder.resolve("landslides.dim")), "the new stack is written");
    // (the detections' GeoJSON and CSV are there again: the failed chain wrote them before Local-SBAS)
    for (String file : List.of("report.html", "report.md", "gradient_magnitude.png", "true_velocity.png",
        "landslides_chain.dim", "landslides_chain.data")) {
      assertFalse(Files.exists(folder.resolve(file)), file + " of the run before is left");
    }
    assertTrue(Files.isDirectory(csv.resolve("in-the-way")), "only what the demo writes is deleted");
  }

  @Test
  void rejectsAnOutOfRangeSizeNamingIt(@TempDir Path folder) {
    UsageException e = assertThrows(UsageException.class, () -> new DemoCommand().run(
        List.of("--size", "5", folder.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains("--size"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void rejectsASizeTheChainCannotServe(@TempDir Path folder) {
    // at 48 px seed 2's detection had its reference ring outside the frame: all-NaN velocity
    UsageException e = assertThrows(UsageException.class, () -> new DemoCommand().run(
        List.of("--size", "48", "--seed", "2", folder.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains("--size must be an integer from 64 to 512, got '48'"), e.getMessage());
  }
}
