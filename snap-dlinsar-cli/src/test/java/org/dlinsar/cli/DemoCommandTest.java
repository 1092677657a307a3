package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlinsar.lite.cli.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void writesProductsQuicklooksAndAReportWithMeasuredFigures(@TempDir Path folder) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = new DemoCommand().run(List.of("--size", "96", "--dates", "8", "--seed", "5", folder.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    assertEquals(0, status);
    for (String file : List.of("landslides.dim", "landslides.truth.dim", "landslides.sites.json",
        "landslides_grad.dim", "landslides_det.dim", "landslides_det.detections.geojson",
        "landslides_det.detections.csv", "gradient_magnitude.png", "true_velocity.png", "report.md")) {
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
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("report.md"));
  }

  @Test
  void rejectsAnOutOfRangeSizeNamingIt(@TempDir Path folder) {
    UsageException e = assertThrows(UsageException.class, () -> new DemoCommand().run(
        List.of("--size", "5", folder.toString()), System.out, System.err));

    assertTrue(e.getMessage().contains("--size"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
