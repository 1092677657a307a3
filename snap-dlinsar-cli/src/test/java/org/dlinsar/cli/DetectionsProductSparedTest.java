package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dlinsar.lite.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that would write over the product DL-Unwrap or Local-SBAS read their detections from is
 * refused before anything runs, as one over a source is: it replaced DL-Detect's product and
 * deleted its detections GeoJSON and CSV with it, exit 0.
 */
class DetectionsProductSparedTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path STACK = ROOT.resolve("test-products/landslides-256.dim");

  @Test
  void aTargetThatIsTheDetectionsProductIsRefusedAndTheDetectionsStay(@TempDir Path dir) throws IOException {
    Path det = dir.resolve("det.dim");
    GraphRuns.launch(ROOT.resolve("graphs/detect.xml").toString(), "-Pinput=" + STACK, "-Poutput=" + det);
    byte[] geoJson = Files.readAllBytes(dir.resolve("det.detections.geojson"));
    byte[] header = Files.readAllBytes(det);

    for (List<String> run : List.of(
        List.of(ROOT.resolve("graphs/local-sbas.xml").toString(), "-Pinput=" + STACK, "-Pdetections=" + det,
            "-Poutput=" + det),
        List.of("Local-SBAS", "-PdetectionsFile=" + dir.resolve("det.detections.geojson"), "-t", det.toString(),
            STACK.toString()),
        List.of("DL-Unwrap", "-Pmethod=CLASSICAL", "-PdetectionsFile=" + dir.resolve("det.detections.csv"), "-t",
            det.toString(), STACK.toString()))) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
      int status = Launcher.run(run.toArray(String[]::new), out, out);
      String said = sink.toString(StandardCharsets.UTF_8);
      assertTrue(status != 0 && said.contains("Cannot write " + det + ": it is the source product"), run + ": " + said);
    }
    assertArrayEquals(geoJson, Files.readAllBytes(dir.resolve("det.detections.geojson")));
    assertArrayEquals(header, Files.readAllBytes(det));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("det.data", "det.detections.csv", "det.detections.geojson", "det.dim"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
