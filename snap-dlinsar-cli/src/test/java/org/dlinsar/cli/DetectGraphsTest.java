package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlinsar.lite.cli.Launcher;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detection graphs run headless on the test products and write the product, the GeoJSON and
 * the CSV beside it: polygons in lon/lat that hold the true sites they detect.
 */
class DetectGraphsTest {

  private static final Path ROOT = Path.of(System.getProperty("dlinsar.root", ".."));
  private static final Path LANDSLIDES = ROOT.resolve("test-products/landslides-256.dim");
  private static final Path MINING = ROOT.resolve("test-products/mining-256x192.dim");

  @Test
  void landslideGraphWritesTheDetectionsBesideItsTargetWithPolygonsOverTheSites(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("slides_det.dim");
    launch(0, ROOT.resolve("graphs/detect.xml").toString(), "-Pinput=" + LANDSLIDES,
        "-Poutput=" + target);

    Product product = ProductIO.readProduct(target.toFile());
    Product stack = ProductIO.readProduct(LANDSLIDES.toFile());
    try {
      // the gradient stack whole (grad_stderr too): DL-Detect's default method runs on it again
      assertArrayEquals(new String[] {"grad_az", "grad_rg", "grad_count", "grad_stderr", "detection_id"},
          product.getBandNames());
      launch(0, "DL-Detect", "-t", dir.resolve("again.dim").toString(), target.toString());
      int count = product.getMetadataRoot().getElement("Detections").getAttributeInt("count");
      JsonNode features = new ObjectMapper()
          .readTree(dir.resolve("slides_det.detections.geojson").toFile()).get("features");
      assertEquals(count, features.size());
      assertEquals(count + 1, Files.readAllLines(dir.resolve("slides_det.detections.csv")).size());
      int sitesInside = 0;
      for (JsonNode site : new ObjectMapper().readTree(
          ROOT.resolve("test-products/landslides-256.sites.json").toFile()).get("sites")) {
        GeoPos peak = stack.getSceneGeoCoding().getGeoPos(new PixelPos(
            site.get("peak_px").get(0).asInt() + 0.5, site.get("peak_px").get(1).asInt() + 0.5), null);
        for (JsonNode f : features) {
          if (contains(f.get("geometry").get("coordinates").get(0), peak.lon, peak.lat)) {
            sitesInside++;
            assertEquals("landslide", f.get("properties").get("class").asText());
            break;
          }
        }
      }
      assertTrue(count >= 3 && sitesInside >= 3, count + " detections, " + sitesInside
          + " sites inside their polygons");
    } finally {
      product.dispose();
      stack.dispose();
    }
  }

  @Test
  void withoutDetectionsFileTheFilesGoBesideDlDetectsWriteWhateverWriteRunsFirst(@TempDir Path dir)
      throws IOException {
    // Local-SBAS's Write runs first and computes DL-Detect's tiles into the cache; the files go
    // beside DL-Detect's own Write all the same (CONTRACT.md section 3)
    Path graph = Files.writeString(dir.resolve("two-writes.xml"), """
        <graph id="g">
          <version>1.0</version>
          <node id="read"><operator>Read</operator><parameters><file>${input}</file></parameters></node>
          <node id="mask"><operator>DL-Mask</operator><sources><sourceProduct refid="read"/></sources>
            <parameters><method>OTSU</method></parameters></node>
          <node id="gradient"><operator>Phase-Gradient-Stack</operator><sources><sourceProduct refid="mask"/></sources></node>
          <node id="detect"><operator>DL-Detect</operator><sources><sourceProduct refid="gradient"/></sources>
            <parameters><method>CLASSICAL</method></parameters></node>
          <node id="sbas"><operator>Local-SBAS</operator><sources><sourceProduct refid="detect"/></sources></node>
          <node id="w1"><operator>Write</operator><sources><sourceProduct refid="sbas"/></sources>
            <parameters><file>${out}/sbas.dim</file></parameters></node>
          <node id="w2"><operator>Write</operator><sources><sourceProduct refid="detect"/></sources>
            <parameters><file>${out}/det.dim</file></parameters></node>
        </graph>
        """);
    launch(0, graph.toString(), "-Pinput=" + LANDSLIDES, "-Pout=" + dir);

    int count = ProductIO.readProduct(dir.resolve("det.dim").toFile()).getMetadataRoot().getElement("Detections")
        .getAttributeInt("count");
    assertTrue(count > 0, "slides detected");
    assertEquals(count + 1, Files.readAllLines(dir.resolve("det.detections.csv")).size());
    assertTrue(Files.isRegularFile(dir.resolve("det.detections.geojson")));
    assertTrue(Files.isRegularFile(dir.resolve("sbas.timeseries.csv")));
  }

  @Test
  void subsidenceGraphListsTheDatesEachBowlWasSeen(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("bowls.dim");
    launch(0, ROOT.resolve("graphs/detect-subsidence.xml").toString(), "-Pinput=" + MINING,
        "-Poutput=" + target);

    JsonNode features = new ObjectMapper()
        .readTree(dir.resolve("bowls.detections.geojson").toFile()).get("features");
    int seenTwice = 0;
    for (JsonNode f : features) {
      assertEquals("subsidence", f.get("properties").get("class").asText());
      int seen = f.get("properties").get("dates_seen").size();
      // none: a bowl too slow for any one interferogram, found in their stack (here the product's
      // -24 mm/year bowl, site 3); a bowl one interferogram shows, the others of its dates show too
      assertTrue(seen == 0 || seen >= 2, f.toString());
      seenTwice += seen >= 2 ? 1 : 0;
    }
    assertTrue(seenTwice >= 3, "bowls seen in interferograms: " + seenTwice);
  }

  @Test
  void landslideModeOnAStackWithoutGradientsFailsInOneLineLeavingNothing(@TempDir Path dir) {
    String err = launch(1, "DL-Detect", "-Pmode=LANDSLIDE", "-PdetectionsFile=" + dir.resolve("x.dim"),
        "-t", dir.resolve("x.dim").toString(), MINING.toString());

    assertTrue(err.contains("'grad_az' and 'grad_rg'"), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertFalse(Files.exists(dir.resolve("x.dim")));
    assertFalse(Files.exists(dir.resolve("x.detections.geojson")));
  }

  @Test
  void aProductNameTooLongForTheDetectionsFilesIsRefusedBeforeDetectingLeavingNothing(@TempDir Path dir)
      throws IOException {
    // 240 bytes: the product's .data folder would fit in the 255 a file name may have, its
    // .detections.geojson (259) does not; the chain's longest name is 236
    Path target = dir.resolve("a".repeat(240) + ".dim");
    String err = launch(1, ROOT.resolve("graphs/detection-first.xml").toString(), "-Pinput=" + LANDSLIDES,
        "-Poutput=" + target);

    assertTrue(err.contains("cannot write detections file " + dir.resolve("a".repeat(240) + ".detections.geojson")
        + ": its name is 259 bytes, more than the 255 a file name may have; give a product name of at most 236"
        + " bytes"), err);
    assertEquals(1, err.strip().lines().count(), "one line, no warning of a file to restore: " + err);
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void aRunThatFailsAfterDetectingLeavesThePreviousRunsFilesAsTheyWere(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("slides_det.dim");
    launch(0, ROOT.resolve("graphs/detect.xml").toString(), "-Pinput=" + LANDSLIDES,
        "-Poutput=" + target);
    byte[] csv = Files.readAllBytes(dir.resolve("slides_det.detections.csv"));
    byte[] geoJson = Files.readAllBytes(dir.resolve("slides_det.detections.geojson"));
    byte[] header = Files.readAllBytes(target);
    // DL-Detect writes its files as it initialises (other detections at minScore 0.99); then the
    // BandSelect after it fails, and the product is never written
    Path failing = dir.resolve("failing.xml");
    Files.writeString(failing, Files.readString(ROOT.resolve("graphs/detect.xml"))
        .replace("<minScore>0.5</minScore>", "<minScore>0.99</minScore>")
        .replace("<sourceBands>grad_az,", "<sourceBands>no_such_band,grad_az,"));
    String err = launch(1, failing.toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + target);

    assertTrue(err.contains("no_such_band"), err);
    assertArrayEquals(header, Files.readAllBytes(target));
    assertArrayEquals(csv, Files.readAllBytes(dir.resolve("slides_det.detections.csv")));
    assertArrayEquals(geoJson, Files.readAllBytes(dir.resolve("slides_det.detections.geojson")));
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".")).toList(), "nothing hidden left behind");
    }
  }

  @Test
  void aFirstRunThatFailsAfterDetectingLeavesNoDetectionsFiles(@TempDir Path dir) throws IOException {
    Path failing = dir.resolve("failing.xml");
    Files.writeString(failing, Files.readString(ROOT.resolve("graphs/detect.xml"))
        .replace("<sourceBands>grad_az,", "<sourceBands>no_such_band,grad_az,"));
    Path target = dir.resolve("slides_det.dim");
    launch(1, failing.toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + target);

    assertFalse(Files.exists(dir.resolve("slides_det.detections.csv")));
    assertFalse(Files.exists(dir.resolve("slides_det.detections.geojson")));
  }

  @Test
  void aProductWrittenOverADetectionProductTakesItsDetectionsFilesAway(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("det.dim");
    launch(0, ROOT.resolve("graphs/detect.xml").toString(), "-Pinput=" + LANDSLIDES, "-Poutput=" + target);
    assertTrue(Files.exists(dir.resolve("det.detections.geojson")));

    launch(0, "BandSelect", "-PsourceBands=Phase_ifg_VV_04Jan2021_16Jan2021", "-t", target.toString(), LANDSLIDES.toString());

    try (var left = Files.list(dir)) {
      assertEquals(List.of("det.data", "det.dim"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** Point in polygon by ray casting, (lon, lat) as plane coordinates: boxes are small. */
  private static boolean contains(JsonNode ring, double lon, double lat) {
    boolean inside = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      double xi = ring.get(i).get(0).asDouble();
      double yi = ring.get(i).get(1).asDouble();
      double xj = ring.get(j).get(0).asDouble();
      double yj = ring.get(j).get(1).asDouble();
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Runs the launcher, asserts its exit status and returns what it wrote on standard error. */
  private static String launch(int expectedStatus, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String errors = err.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, errors + out.toString(StandardCharsets.UTF_8));
    return List.of(errors.split("\n")).stream().filter(l -> !l.startsWith("INFO")
        && !l.contains(" INFO:") && !l.isBlank()).reduce("", (a, b) -> a + b + "\n");
  }
}
