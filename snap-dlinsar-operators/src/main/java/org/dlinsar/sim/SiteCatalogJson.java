package org.dlinsar.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dlinsar.files.CappedRead;
import org.dlinsar.files.IndentedJson;
import org.dlinsar.files.StagedFile;
import org.dlinsar.ifg.Pair;

/**
 * Writes the truth of a simulated scene as JSON: the scene's dates and pairs, the truth-mask
 * rule, every site and every lookalike, and the seams when the scene has any.
 *
 * <pre>{@code
 * {"scene": {"name", "seed", "width", "height", "wavelength_m", "incidence_deg",
 *            "dates": ["2021-01-04", ...], "pairs": [["2021-01-04", "2021-01-16"], ...],
 *            "mask_rule": "..."},
 *  "sites": [{"id", "class": "landslide"|"subsidence", "bbox_px": [x0, y0, x1, y1],
 *             "peak_px": [x, y], "peak_velocity_mm_per_year", "los_projection", "history": {...},
 *             "time_series": [{"date": "2021-01-04", "displacement_mm": 0.0}, ...]}],
 *  "lookalikes": [{"id", "date", "centre_px": [x, y], "radius_px", "peak_phase_rad",
 *                  "bbox_px": [x0, y0, x1, y1]}],
 *  "seams": [{"id", "along": "rows"|"columns", "at", "from", "to", "rad_per_year"}]}
 * }</pre>
 * Boxes are in pixels with x1/y1 exclusive (CONTRACT.md 3), dates ISO yyyy-MM-dd, displacements
 * LOS mm relative to the first date, positive toward the satellite; {@code los_projection} the LOS
 * component of a unit motion down a landslide's slope, or straight down for a bowl.
 */
public final class SiteCatalogJson {

  private static final ObjectMapper MAPPER = IndentedJson.mapper();

  /**
   * simulate's largest site list (1000 dates and every pair of them, 32 bytes a pair) is about
   * 17 MB: 256 MiB is far above it, and a multi-GB file at the name is refused instead of filling
   * the heap.
   */
  static final int MAX_BYTES = 256 << 20;

  private SiteCatalogJson() {}

  /**
   * Writes the truth of {@code sim} to {@code file}.
   *
   * @throws IOException naming the file when it cannot be written
   */
  public static void write(StackSimulator sim, Path file) throws IOException {
    StagedFile.writeText(file, "the site list", MAPPER.writeValueAsString(toJson(sim)));
  }

  /**
   * Checks that {@code file}, if something is there, is a site list this class wrote, which a new
   * one may replace.
   *
   * @throws IOException naming the file and what it is otherwise, or the cap when it is larger
   *     than {@link #MAX_BYTES}
   */
  public static void checkReplaceable(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean siteList = false;
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      try {
        JsonNode root = MAPPER.readTree(CappedRead.bytes(file, "a simulated stack's site list", MAX_BYTES));
        siteList = root != null && root.path("scene").isObject() && root.path("sites").isArray();
      } catch (CappedRead.TooLarge e) {
        throw new IOException("Cannot write the site list " + e.getMessage(), e);
      } catch (IOException e) {
        // not JSON: not a site list
      }
    }
    if (!siteList) {
      throw new IOException("Cannot write " + file + ": it is " + (Files.isDirectory(file) ? "a folder" : "a file")
          + " that is not a simulated stack's site list; only a previous one is replaced, so move it away or"
          + " choose another name");
    }
  }

  /** The truth of {@code sim} as a JSON tree. */
  public static ObjectNode toJson(StackSimulator sim) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("scene", sceneJson(sim));
    ArrayNode sites = root.putArray("sites");
    for (Site site : sim.sites()) {
      sites.add(siteJson(site, sim.dates()));
    }
    ArrayNode lookalikes = root.putArray("lookalikes");
    for (Lookalike cell : sim.lookalikes()) {
      ObjectNode node = lookalikes.addObject();
      node.put("id", cell.id());
      node.put("date", cell.date().toString());
      node.putArray("centre_px").add(cell.centreX()).add(cell.centreY());
      node.put("radius_px", cell.radiusPx());
      node.put("peak_phase_rad", cell.peakPhaseRad());
      box(node, cell.box());
    }
    if (!sim.seams().isEmpty()) {
      ArrayNode seams = root.putArray("seams");
      for (Seam seam : sim.seams()) {
        ObjectNode node = seams.addObject();
        node.put("id", seam.id());
        node.put("along", seam.along());
        node.put("at", seam.at());
        node.put("from", seam.from());
        node.put("to", seam.to());
        node.put("rad_per_year", seam.radPerYear());
        if (seam.tiltDegrees() != 0) {
          node.put("tilt_deg", seam.tiltDegrees());
          node.put("pivot", seam.pivot());
        }
      }
    }
    return root;
  }

  private static ObjectNode sceneJson(StackSimulator sim) {
    Scene scene = sim.scene();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", scene.name());
    node.put("seed", scene.seed());
    node.put("width", scene.width());
    node.put("height", scene.height());
    node.put("wavelength_m", scene.radar().wavelengthMetres());
    node.put("incidence_deg", scene.radar().incidenceDeg());
    ArrayNode dates = node.putArray("dates");
    for (LocalDate date : sim.dates()) {
      dates.add(date.toString());
    }
    ArrayNode pairs = node.putArray("pairs");
    for (Pair pair : sim.pairs()) {
      pairs.addArray().add(pair.reference().toString()).add(pair.secondary().toString());
    }
    node.put("mask_rule", "mask = 1 (coherent) where the ground is land and the true coherence is at least "
        + scene.decorrelation().maskCutoff() + "; 0 where it is lower and on water, radar shadow and layover");
    return node;
  }

  private static ObjectNode siteJson(Site site, List<LocalDate> dates) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", site.id());
    node.put("class", site.siteClass().label());
    box(node, site.box());
    node.putArray("peak_px").add(site.peakX()).add(site.peakY());
    node.put("peak_velocity_mm_per_year", site.peakVelocityMmPerYear());
    node.put("los_projection", site.losProjection());
    ObjectNode history = node.putObject("history");
    history.put("kind", site.history().kind().name().toLowerCase(Locale.ROOT));
    history.put("rate_mm_per_year", site.history().rateMmPerYear());
    history.put("start_years", site.history().startYears());
    history.put("acceleration_per_year", site.history().accelerationPerYear());
    history.put("seasonal_mm", site.history().seasonalMm());
    ArrayNode series = node.putArray("time_series");
    for (int d = 0; d < dates.size(); d++) {
      ObjectNode point = series.addObject();
      point.put("date", dates.get(d).toString());
      point.put("displacement_mm", site.timeSeriesMm().get(d));
    }
    return node;
  }

  private static void box(ObjectNode node, PixelBox box) {
    node.putArray("bbox_px").add(box.x0()).add(box.y0()).add(box.x1()).add(box.y1());
  }
}
