package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dlinsar.files.WindowsLineSeparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCatalogJsonTest {

  @TempDir
  Path dir;

  @Test
  void writesEverySiteWithClassBoxAndOneDisplacementPerDate() throws Exception {
    StackSimulator sim = new StackSimulator(ScenePresets.mixed(4));
    Path file = dir.resolve("x.sites.json");
    SiteCatalogJson.write(sim, file);
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode sites = root.get("sites");
    assertEquals(sim.sites().size(), sites.size());
    for (int i = 0; i < sites.size(); i++) {
      Site site = sim.sites().get(i);
      JsonNode node = sites.get(i);
      assertEquals(site.id(), node.get("id").asInt());
      assertEquals(site.siteClass().label(), node.get("class").asText());
      assertEquals(site.box().x1(), node.get("bbox_px").get(2).asInt());
      assertEquals(sim.dates().size(), node.get("time_series").size());
      assertEquals(sim.dates().get(1).toString(), node.get("time_series").get(1).get("date").asText());
      assertEquals(site.peakVelocityMmPerYear(), node.get("peak_velocity_mm_per_year").asDouble(), 1e-9);
    }
    assertEquals(sim.lookalikes().size(), root.get("lookalikes").size());
    assertEquals(sim.pairs().size(), root.get("scene").get("pairs").size());
    assertTrue(root.get("scene").get("mask_rule").asText().contains("0.3"));
    assertTrue(root.get("seams") == null, "no seams in the presets, no list");
  }

  @Test
  void listsTheSeamsWhenTheSceneHasAny() throws Exception {
    StackSimulator sim = new StackSimulator(ScenePresets.landslides(4).withSeams(new SeamSpec(2, 2.5)));
    Path file = dir.resolve("s.sites.json");
    SiteCatalogJson.write(sim, file);
    JsonNode seams = new ObjectMapper().readTree(file.toFile()).get("seams");
    assertEquals(2, seams.size());
    for (int i = 0; i < 2; i++) {
      Seam seam = sim.seams().get(i);
      JsonNode node = seams.get(i);
      assertEquals(seam.alongRows() ? "rows" : "columns", node.get("along").asText());
      assertEquals(seam.at(), node.get("at").asInt());
      assertEquals(seam.to(), node.get("to").asInt());
      assertEquals(seam.radPerYear(), node.get("rad_per_year").asDouble(), 0);
    }
  }

  /**
   * simulate reads a file at its site list's name to see whether it may replace it: a file far
   * larger than any site list is refused by its size, naming it and the cap, before it is read.
   */
  @Test
  void aFileLargerThanASiteListCouldBeIsRefusedNamingItAndTheCap() throws IOException {
    Path file = dir.resolve("s.sites.json");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write("{\"scene\": {}, \"sites\": [\"".getBytes(StandardCharsets.UTF_8));
      out.setLength(SiteCatalogJson.MAX_BYTES + 1L); // sparse
    }
    IOException e = assertThrows(IOException.class, () -> SiteCatalogJson.checkReplaceable(file));
    assertEquals("Cannot write the site list " + file + ": 268435457 bytes, larger than the 256 MiB that a"
        + " simulated stack's site list could need; is it the right file?", e.getMessage());
  }

  /** Writes a mixed scene's site list to the file given; run by the test below in a JVM of its own. */
  public static void main(String[] args) throws Exception {
    SiteCatalogJson.write(new StackSimulator(ScenePresets.mixed(4)), Path.of(args[0]));
  }

  /** The same bytes on every platform: Jackson indents with the platform's line separator, CRLF on Windows. */
  @Test
  void theSiteListEndsItsLinesInLfOnWindowsToo() throws Exception {
    Path file = dir.resolve("x.sites.json");
    WindowsLineSeparator.run(SiteCatalogJsonTest.class, file.toString());

    WindowsLineSeparator.assertLfOnly(file);
  }
}
