package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlinsar demo --input <stack.dim>}: the chain and both reports on a given stack, no truth. */
class DemoCommandInputTest {

  private static final Path STACK = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("test-products/landslides-256.dim");

  @Test
  void runsTheChainOnAGivenStackAndReportsWithoutTruth(@TempDir Path folder) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = new DemoCommand().run(List.of("--input", STACK.toString(), folder.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    assertEquals(0, status);
    for (String file : List.of("landslides-256_chain.dim", "landslides-256_chain.detections.geojson",
        "landslides-256_chain.timeseries.csv", "gradient_magnitude.png", "report.md", "report.html")) {
      assertTrue(Files.isRegularFile(folder.resolve(file)), file + " missing");
    }
    for (String file : List.of("landslides.dim", "true_velocity.png", "landslides.truth.dim")) {
      assertFalse(Files.exists(folder.resolve(file)), file + " written without a simulation");
    }
    String md = Files.readString(folder.resolve("report.md"));
    String html = Files.readString(folder.resolve("report.html"));
    Matcher detections = Pattern.compile("([0-9]+) detections at score").matcher(md);
    assertTrue(detections.find(), md);
    int count = Integer.parseInt(detections.group(1));
    assertTrue(count > 0, "the landslide stack has detections:\n" + md);
    Matcher velocity = Pattern.compile("\\| [0-9]+ \\| \\w+ \\| [0-9.]+ \\| (-?[0-9.]+, -?[0-9.]+|not geocoded)"
        + " \\| [0-9, ]+ \\| (-?[0-9.]+) \u00b1 [0-9.]+ \\|").matcher(md);
    Matcher lonLat = Pattern.compile("lon (-?[0-9.]+)\u00b0, lat (-?[0-9.]+)\u00b0").matcher(html);
    for (int i = 0; i < count; i++) {
      assertTrue(velocity.find(), "detection " + (i + 1) + " has no Local-SBAS velocity in report.md:\n" + md);
      assertTrue(lonLat.find(), "detection " + (i + 1) + " has no lon/lat on the page");
      assertEquals(lonLat.group(1) + ", " + lonLat.group(2), velocity.group(1),
          "report.md places detection " + (i + 1) + " as its card does");
    }
    assertTrue(md.contains("Processed after detection: **"), "report.md gives the share of the frame processed");
    assertEquals(count, occurrences(html, "<article class=\"detection\""), "detection cards");
    assertEquals(0, occurrences(html, "No time series in this run."), "every detection has its Local-SBAS series");
    // wrapped interferogram, DL mask, Otsu's mask, two gradient stacks, each detection's velocity
    // patch: no true velocity
    assertEquals(5 + count, occurrences(html, "<img "), "quicklooks and velocity patches");
    assertTrue(html.contains("This input has no truth to score against."), "the page says there is no truth");
    for (String truth : List.of("Mask IoU", "recall", "precision", "Velocity error", "True LOS velocity",
        "Hits true site", "true site")) {
      assertFalse(html.contains(truth), "truth on the page: " + truth);
      assertFalse(md.contains(truth), "truth in report.md: " + truth);
    }
    assertTrue(md.contains("has no truth to score against"), md);
    // the landslides test product has heights and radar spacings: the page says the filter ran on them
    assertTrue(md.contains("- DL-Detect's slope filter: minSlope 10.0 deg on band 'elevation'"), md);
    assertTrue(md.contains("- DL-Detect's line filter: maxLineShare 0.3 on the gradient stack of '"), md);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("report.html"));
  }

  @Test
  void aMissingInputIsOneLineNamingItAndWritesNothing(@TempDir Path folder) {
    Path missing = folder.resolve("nowhere.dim");
    Path target = folder.resolve("out");
    IOException e = assertThrows(IOException.class, () -> new DemoCommand().run(
        List.of("--input", missing.toString(), target.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertFalse(Files.exists(target), "output folder created for a failed run");
  }

  @Test
  void anInputWithoutInterferogramsIsOneLineNamingIt(@TempDir Path folder) throws IOException {
    Path truth = Path.of(System.getProperty("dlinsar.root", "..")).resolve("test-products/landslides-256.truth.dim");
    Path target = folder.resolve("out");
    IOException e = assertThrows(IOException.class, () -> new DemoCommand().run(
        List.of("--input", truth.toString(), target.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains(truth.toString()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    assertFalse(Files.exists(target), "output folder created for a failed run");
  }

  @Test
  void aReportFolderThatIsAFileIsAUsageErrorSayingSo(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("reports"), "not a folder");
    UsageException e = assertThrows(UsageException.class, () -> new DemoCommand().run(
        List.of("--input", STACK.toString(), file.toString()), System.out, System.err));

    assertEquals("demo: " + file + " is a file, not a folder for the reports", e.getMessage());
  }

  @Test
  void inputWithSimulationOptionsIsAUsageError(@TempDir Path folder) {
    UsageException e = assertThrows(UsageException.class, () -> new DemoCommand().run(
        List.of("--input", STACK.toString(), "--seed", "3", folder.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains("--seed") && e.getMessage().contains("--input"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    try (Stream<Path> written = Files.list(folder)) {
      assertEquals(0, written.count());
    } catch (IOException io) {
      throw new AssertionError(io);
    }
  }

  private static int occurrences(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }
}
