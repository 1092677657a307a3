package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detections of another crop of the frame are refused by DL-Unwrap and Local-SBAS, not
 * processed at the wrong ground: DL-Detect ran on the whole frame, the later stages on a crop of it
 * 20 pixels in from the west and 10 from the north, whose pixel (30, 25) is the whole frame's
 * (50, 35). The crop's own detections, and the whole frame's at a crop at its origin, are taken.
 */
class DetectionsOnTheirGroundTest {

  private static final double STEP = 0.0005;
  /** The crop's geocoding: its pixel (0, 0) lies at -99.1, 19.45. */
  private static final GeoCoding CROP = new GridGeoCoding(new GeoTiffGrid(LocalSbasOpTest.W,
      LocalSbasOpTest.H, -99.1, 19.45, STEP, -STEP));
  /** The whole frame's: 20 pixels more to the west, 10 more to the north. */
  private static final GeoCoding WHOLE = new GridGeoCoding(new GeoTiffGrid(LocalSbasOpTest.W + 40,
      LocalSbasOpTest.H + 20, -99.1 - 20 * STEP, 19.45 + 10 * STEP, STEP, -STEP));
  private static final String HEADER = "id,class,score,x0,y0,x1,y1,first_near_lon,first_near_lat,"
      + "first_far_lon,first_far_lat,last_far_lon,last_far_lat,last_near_lon,last_near_lat,dates_seen\n";

  @TempDir
  Path dir;

  @Test
  void theWholeFramesDetectionsAreRefusedOnACropAtAnotherOrigin() throws Exception {
    Product crop = LocalSbasOpTest.bowlStack(false);
    crop.setSceneGeoCoding(CROP);
    // the bowl, found by DL-Detect on the whole frame: its box in the whole frame's pixels
    Path csv = detections(row(1, new PixelBox(50, 35, 70, 55), WHOLE));
    String refused = ": detection 1 of file '" + csv + "': its corners' lon/lat lie -20 pixels across"
        + " and -10 down from its box x 50-69, y 35-54 on this stack's geocoding, and bbox_px are pixels"
        + " of the stack's frame: are these the detections of another crop of the frame (or of a product"
        + " subset after DL-Detect)? Run DL-Detect on this stack, or the later stages on the frame it ran on";

    OperatorException unwrap = assertThrows(OperatorException.class, () -> GPF.createProduct(
        "DL-Unwrap", Map.of("method", "CLASSICAL", "detectionsFile", csv.toFile()), crop));
    assertEquals("DL-Unwrap" + refused, unwrap.getMessage());
    OperatorException sbas = assertThrows(OperatorException.class, () -> LocalSbasOpTest.op(crop,
        "detectionsFile", csv.toFile(), "timeSeriesFile", dir.resolve("sbas.dim").toFile())
        .getTargetProduct());
    assertEquals("Local-SBAS" + refused, sbas.getMessage());
    assertTrue(Files.notExists(dir.resolve("sbas.timeseries.csv")), "nothing written");

    // the same detection as the GeoJSON has it: the ring counter-clockwise, from (x0, y1) on
    GeoPos[] c = corners(new PixelBox(50, 35, 70, 55), WHOLE);
    StringBuilder ring = new StringBuilder();
    for (int k : new int[] {3, 2, 1, 0, 3}) {
      ring.append(k == 3 && ring.length() == 0 ? "" : ",")
          .append(String.format(Locale.ROOT, "[%.7f,%.7f]", c[k].getLon(), c[k].getLat()));
    }
    Path geojson = dir.resolve("det.detections.geojson");
    Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]},\"properties\":{\"id\":1,"
        + "\"class\":\"subsidence\",\"score\":0.9,\"bbox_px\":[50,35,70,55],\"dates_seen\":[]}}]}");
    OperatorException fromGeoJson = assertThrows(OperatorException.class, () -> GPF.createProduct(
        "DL-Unwrap", Map.of("method", "CLASSICAL", "detectionsFile", geojson.toFile()), crop));
    assertEquals("DL-Unwrap" + refused.replace(csv.toString(), geojson.toString()), fromGeoJson.getMessage());
  }

  @Test
  void aSubsetKeepingTheDetectedProductsMetadataIsRefused() {
    // SNAP's Subset copies the Detections element of the product it crops, pixels unchanged
    Product crop = LocalSbasOpTest.bowlStack(false);
    crop.setSceneGeoCoding(CROP);
    addDetections(crop, new PixelBox(50, 35, 70, 55), WHOLE);

    OperatorException sbas = assertThrows(OperatorException.class, () -> LocalSbasOpTest.op(crop,
        "timeSeriesFile", dir.resolve("sbas.dim").toFile()).getTargetProduct());
    assertTrue(sbas.getMessage().startsWith("Local-SBAS: detection 1 of the Detections metadata of"
        + " 'bowl': its corners' lon/lat lie -20 pixels across and -10 down"), sbas.getMessage());
  }

  @Test
  void theCropsOwnDetectionsAreTaken() throws Exception {
    Product crop = LocalSbasOpTest.bowlStack(false);
    crop.setSceneGeoCoding(CROP);
    // as DL-Detect writes them, corners to 7 decimals; and the whole frame's at a crop at its origin
    Path csv = detections(row(1, new PixelBox(30, 25, 50, 45), CROP));
    Product target = LocalSbasOpTest.op(crop, "margin", 16, "detectionsFile", csv.toFile(),
        "timeSeriesFile", dir.resolve("sbas.dim").toFile()).getTargetProduct();
    float[] v = LocalSbasOpTest.read(target, "velocity");
    assertEquals(LocalSbasOpTest.PEAK_MM_PER_YEAR, v[35 * LocalSbasOpTest.W + 40], 3, "the bowl's peak");

    Product atOrigin = LocalSbasOpTest.bowlStack(false);
    atOrigin.setSceneGeoCoding(new GridGeoCoding(new GeoTiffGrid(LocalSbasOpTest.W, LocalSbasOpTest.H,
        -99.1 - 20 * STEP, 19.45 + 10 * STEP, STEP, -STEP)));
    addDetections(atOrigin, new PixelBox(30, 25, 50, 45), WHOLE);
    Product unwrapped = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "margin", 16), atOrigin);
    String band = java.util.Arrays.stream(unwrapped.getBandNames())
        .filter(name -> name.startsWith("Unw_Phase_ifg_")).findFirst().orElseThrow();
    float[] unw = unwrapped.getBand(band).readPixels(0, 0, LocalSbasOpTest.W, LocalSbasOpTest.H,
        new float[LocalSbasOpTest.W * LocalSbasOpTest.H]);
    assertFalse(Float.isNaN(unw[35 * LocalSbasOpTest.W + 40]), "the box unwrapped");
  }

  /** A CSV row of DL-Detect's for {@code box}, its corners placed by {@code geoCoding}. */
  private static String row(int id, PixelBox box, GeoCoding geoCoding) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%d,subsidence,0.9,%d,%d,%d,%d",
        id, box.x0(), box.y0(), box.x1(), box.y1()));
    for (GeoPos p : corners(box, geoCoding)) {
      row.append(String.format(Locale.ROOT, ",%.7f,%.7f", p.getLon(), p.getLat()));
    }
    return row.append(",\n").toString();
  }

  /** The box's corners in ring order: (x0, y0), (x1, y0), (x1, y1), (x0, y1), at pixel edges. */
  private static GeoPos[] corners(PixelBox box, GeoCoding geoCoding) {
    int[][] xy = {{box.x0(), box.y0()}, {box.x1(), box.y0()}, {box.x1(), box.y1()}, {box.x0(), box.y1()}};
    GeoPos[] corners = new GeoPos[4];
    for (int c = 0; c < 4; c++) {
      corners[c] = geoCoding.getGeoPos(new PixelPos(xy[c][0], xy[c][1]), null);
    }
    return corners;
  }

  private static void addDetections(Product p, PixelBox box, GeoCoding geoCoding) {
    LocalSbasOpTest.addDetections(p, box);
    MetadataElement d = p.getMetadataRoot().getElement("Detections").getElement("detection.1");
    String[] names = {"first_near", "first_far", "last_far", "last_near"};
    GeoPos[] corners = corners(box, geoCoding);
    for (int c = 0; c < 4; c++) {
      d.setAttributeDouble(names[c] + "_lat", corners[c].getLat());
      d.setAttributeDouble(names[c] + "_lon", corners[c].getLon());
    }
  }

  private Path detections(String rows) throws Exception {
    Path csv = dir.resolve("det.detections.csv");
    Files.writeString(csv, HEADER + rows);
    return csv;
  }
}
