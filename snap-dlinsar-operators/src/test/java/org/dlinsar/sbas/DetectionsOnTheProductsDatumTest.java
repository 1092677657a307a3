package org.dlinsar.sbas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.detect.DetectionsInFrame;
import org.dlinsar.detect.DetectionsRead;
import org.dlinsar.detect.LonLat;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.GeoCoding;
import org.esa.snap.core.datamodel.GeoPos;
import org.esa.snap.core.datamodel.PixelPos;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detections that DL-Detect wrote inside SNAP before it shifted a map geocoding's positions to
 * WGS84 (CONTRACT.md section 3) carry their corners on the map CRS's own datum: on EPSG:27700
 * (OSGB 1936) about 100 m, ten 10 m pixels, from WGS84. DL-Unwrap and Local-SBAS of this version
 * take them, with a warning, rather than refuse them as another crop's detections.
 */
class DetectionsOnTheProductsDatumTest {

  /** EPSG:27700 as GeoTools writes it in a DIMAP header, with its datum's shift to WGS84. */
  private static final String BRITISH_NATIONAL_GRID = "PROJCS[\"OSGB 1936 / British National Grid\","
      + " GEOGCS[\"OSGB 1936\", DATUM[\"OSGB_1936\", SPHEROID[\"Airy 1830\", 6377563.396, 299.3249646],"
      + " TOWGS84[446.448, -125.157, 542.06, 0.15, 0.247, 0.842, -20.489]], PRIMEM[\"Greenwich\", 0.0],"
      + " UNIT[\"degree\", 0.017453292519943295], AXIS[\"Geodetic longitude\", EAST],"
      + " AXIS[\"Geodetic latitude\", NORTH]], PROJECTION[\"Transverse_Mercator\"],"
      + " PARAMETER[\"central_meridian\", -2.0], PARAMETER[\"latitude_of_origin\", 49.0],"
      + " PARAMETER[\"scale_factor\", 0.9996012717], PARAMETER[\"false_easting\", 400000.0],"
      + " PARAMETER[\"false_northing\", -100000.0], UNIT[\"m\", 1.0], AXIS[\"Easting\", EAST],"
      + " AXIS[\"Northing\", NORTH]]";
  private static final GeoCoding GRID = new CrsGeoCoding(BRITISH_NATIONAL_GRID,
      new double[] {10, 0, 0, -10, 650000, 314000}, LocalSbasOpTest.W, LocalSbasOpTest.H);
  private static final PixelBox BOX = new PixelBox(30, 25, 50, 45);

  @TempDir
  Path dir;

  @Test
  void cornersOnTheProductsDatumAreTakenWithAWarning() {
    DetectionsRead.Row onOsgb = new DetectionsRead.Row(1, "subsidence", 0.9, BOX, "", onTheDatum(BOX));
    List<String> warnings = new ArrayList<>();

    assertEquals(BOX, DetectionsInFrame.clip(onOsgb, GRID, LocalSbasOpTest.W, LocalSbasOpTest.H,
        "Local-SBAS", "file 'det.detections.csv'", warnings::add));
    assertEquals(List.of("Local-SBAS: detection 1 of file 'det.detections.csv': its corners' lon/lat"
        + " are on the product's datum OSGB_1936, not WGS84, as DL-Detect wrote them on a map CRS before"
        + " it shifted them to WGS84; taken as on this stack's geocoding"), warnings);
  }

  @Test
  void cornersOffTheBoxOnEitherDatumAreStillRefused() {
    // another crop's detection, 20 pixels west of this one: off on WGS84 and on OSGB 1936 alike
    DetectionsRead.Row elsewhere = new DetectionsRead.Row(1, "subsidence", 0.9, BOX, "",
        onTheDatum(new PixelBox(10, 25, 30, 45)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionsInFrame.clip(
        elsewhere, GRID, LocalSbasOpTest.W, LocalSbasOpTest.H, "Local-SBAS", "file 'd.csv'", w -> { }));
    assertTrue(e.getMessage().contains("are these the detections of another crop of the frame"), e.getMessage());
  }

  @Test
  void anEarlierVersionsCsvOnTheProductsDatumIsUnwrappedAndInverted() throws Exception {
    Product stack = LocalSbasOpTest.bowlStack(false);
    stack.setSceneGeoCoding(GRID);
    Path csv = dir.resolve("det.detections.csv");
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "1,subsidence,0.9,%d,%d,%d,%d",
        BOX.x0(), BOX.y0(), BOX.x1(), BOX.y1()));
    for (LonLat c : onTheDatum(BOX)) {
      row.append(String.format(Locale.ROOT, ",%.7f,%.7f", c.lon(), c.lat()));
    }
    Files.writeString(csv, "id,class,score,x0,y0,x1,y1,first_near_lon,first_near_lat,first_far_lon,"
        + "first_far_lat,last_far_lon,last_far_lat,last_near_lon,last_near_lat,dates_seen\n" + row + ",\n");

    Product unwrapped = GPF.createProduct("DL-Unwrap", Map.of("method", "CLASSICAL", "margin", 16,
        "detectionsFile", csv.toFile()), stack);
    String band = java.util.Arrays.stream(unwrapped.getBandNames())
        .filter(name -> name.startsWith("Unw_Phase_ifg_")).findFirst().orElseThrow();
    float[] unw = unwrapped.getBand(band).readPixels(0, 0, LocalSbasOpTest.W, LocalSbasOpTest.H,
        new float[LocalSbasOpTest.W * LocalSbasOpTest.H]);
    assertFalse(Float.isNaN(unw[35 * LocalSbasOpTest.W + 40]), "the box unwrapped");

    Product target = LocalSbasOpTest.op(stack, "margin", 16, "detectionsFile", csv.toFile(),
        "timeSeriesFile", dir.resolve("sbas.dim").toFile()).getTargetProduct();
    float[] v = LocalSbasOpTest.read(target, "velocity");
    assertEquals(LocalSbasOpTest.PEAK_MM_PER_YEAR, v[35 * LocalSbasOpTest.W + 40], 3, "the bowl's peak");
  }

  /** The box's corners as SNAP's map geocoding gives them: on OSGB 1936, not shifted to WGS84. */
  private static List<LonLat> onTheDatum(PixelBox box) {
    int[][] xy = {{box.x0(), box.y0()}, {box.x1(), box.y0()}, {box.x1(), box.y1()}, {box.x0(), box.y1()}};
    List<LonLat> corners = new ArrayList<>();
    for (int[] c : xy) {
      GeoPos p = GRID.getGeoPos(new PixelPos(c[0], c[1]), null);
      corners.add(new LonLat(p.getLon(), p.getLat()));
    }
    return corners;
  }
}
