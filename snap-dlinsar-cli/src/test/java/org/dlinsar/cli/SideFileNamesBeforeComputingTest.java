package org.dlinsar.cli;

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
 * A product named only by -t or a graph's Write node, whose files DL-Detect or Local-SBAS would
 * write beside it cannot be: refused by bin/dlinsar before anything is read or computed.
 */
class SideFileNamesBeforeComputingTest {

  private static final Path MINING = Path.of(System.getProperty("dlinsar.root", ".."))
      .resolve("test-products/mining-256x192.dim");

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int launch(String... args) {
    return Launcher.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Exit 1, the one line (no progress: nothing computed) and an empty folder. */
  private void assertRefusedBeforeComputing(int status, String line) throws IOException {
    assertEquals(1, status, errText());
    assertEquals(List.of("Error: " + line), errText().lines().toList());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().endsWith(".xml")).toList());
    }
  }

  @Test
  void dlDetectWithOnlyTTooLongForItsDetectionsFilesIsRefusedBeforeDetecting() throws IOException {
    // 240 bytes: <name>.data (245) would fit, <name>.detections.geojson (259) does not
    Path target = dir.resolve("a".repeat(240) + ".dim");
    int status = launch("DL-Detect", "-Pmode=SUBSIDENCE", "-Pmethod=CLASSICAL", "-t", target.toString(),
        MINING.toString());

    assertRefusedBeforeComputing(status, "cannot write file " + dir.resolve("a".repeat(240) + ".detections.geojson")
        + ": its name is 259 bytes, more than the 255 a file name may have; give -t a product name of at most 236"
        + " bytes");
  }

  @Test
  void dlDetectWithOnlyTAtTheLongestNameWritesTheProductAndItsDetectionsFiles() {
    Path target = dir.resolve("a".repeat(236) + ".dim");
    assertEquals(0, launch("DL-Detect", "-Pmode=SUBSIDENCE", "-Pmethod=CLASSICAL", "-t", target.toString(),
        MINING.toString()), errText());
    assertTrue(Files.isRegularFile(target));
    assertTrue(Files.isRegularFile(dir.resolve("a".repeat(236) + ".detections.geojson")));
    assertTrue(Files.isRegularFile(dir.resolve("a".repeat(236) + ".detections.csv")));
  }

  @Test
  void localSbasWithOnlyTTooLongForItsTimeSeriesFileIsRefusedBeforeReading() throws IOException {
    Path target = dir.resolve("b".repeat(241) + ".dim");
    int status = launch("Local-SBAS", "-t", target.toString(), MINING.toString());

    assertRefusedBeforeComputing(status, "cannot write file " + dir.resolve("b".repeat(241) + ".timeseries.csv")
        + ": its name is 256 bytes, more than the 255 a file name may have; give -t a product name of at most 240"
        + " bytes");
  }

  @Test
  void aWriteNodesFileTooLongForTheDetectionsFilesOfItsSourceIsRefusedBeforeTheGraphRuns() throws IOException {
    Path graph = Files.writeString(dir.resolve("detect.xml"), """
        <graph id="detect"><version>1.0</version>
          <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="detect"><operator>DL-Detect</operator><sources><sourceProduct refid="read"/></sources>
            <parameters><mode>SUBSIDENCE</mode><method>CLASSICAL</method><detectionsFile/></parameters></node>
          <node id="write"><operator>Write</operator><sources><sourceProduct refid="detect"/></sources>
            <parameters><file>${output}</file></parameters></node>
        </graph>""");
    Path target = dir.resolve("c".repeat(240) + ".dim");
    int status = launch(graph.toString(), "-Pinput=" + MINING, "-Poutput=" + target);

    assertRefusedBeforeComputing(status, "cannot write file " + dir.resolve("c".repeat(240) + ".detections.geojson")
        + ": its name is 259 bytes, more than the 255 a file name may have; give the file of Write node 'write' a"
        + " product name of at most 236 bytes");
  }
}
