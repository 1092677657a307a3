package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.esa.snap.core.datamodel.MetadataElement;
import org.junit.jupiter.api.Test;

/**
 * The detections' corners are WGS84 although SNAP's map geocodings give positions on the map
 * CRS's own datum: a Terrain-Corrected product on EPSG:27700 (OSGB 1936) lies about 100 m off.
 */
class Wgs84PositionsTest {

  private static final String OSGB_DATUM = "DATUM[\"OSGB_1936\", SPHEROID[\"Airy 1830\", 6377563.396, 299.3249646]";
  private static final String TOWGS84 = ", TOWGS84[446.448, -125.157, 542.06, 0.15, 0.247, 0.842, -20.489]";
  /** Pixel (100, 100)'s corner on E 651409.903, N 313177.270: Ordnance Survey's worked example. */
  private static final double[] TEN_METRE_GRID = {10, 0, 0, -10, 650409.903, 314177.270};
  private static final PixelBox BOX = new PixelBox(100, 100, 120, 110);

  /** EPSG:27700 as GeoTools writes it, with its datum's shift to WGS84 or without. */
  private static String britishNationalGrid(String towgs84) {
    return "PROJCS[\"OSGB 1936 / British National Grid\", GEOGCS[\"OSGB 1936\", " + OSGB_DATUM + towgs84 + "],"
        + " PRIMEM[\"Greenwich\", 0.0], UNIT[\"degree\", 0.017453292519943295], AXIS[\"Geodetic longitude\", EAST],"
        + " AXIS[\"Geodetic latitude\", NORTH]], PROJECTION[\"Transverse_Mercator\"],"
        + " PARAMETER[\"central_meridian\", -2.0], PARAMETER[\"latitude_of_origin\", 49.0],"
        + " PARAMETER[\"scale_factor\", 0.9996012717], PARAMETER[\"false_easting\", 400000.0],"
        + " PARAMETER[\"false_northing\", -100000.0], UNIT[\"m\", 1.0], AXIS[\"Easting\", EAST],"
        + " AXIS[\"Northing\", NORTH]]";
  }

  @Test
  void aBritishNationalGridBoxsCornersAreShiftedToWgs84() {
    CrsGeoCoding coding = new CrsGeoCoding(britishNationalGrid(TOWGS84), TEN_METRE_GRID, 200, 200);
    Wgs84Positions positions = Wgs84Positions.of(coding);
    List<LonLat> corners = DetectionCorners.of(coding, positions, BOX);

    // the point straight from the grid to WGS84 (Apache SIS's CRS.findOperation, the engine's
    // geocoding before it followed SNAP); on OSGB 1936 it is 52.6575703, 1.7179216 (OS's example)
    assertEquals(1.716051990374997, corners.get(0).lon(), 1e-8);
    assertEquals(52.657978598573685, corners.get(0).lat(), 1e-8);
    assertEquals("OSGB_1936", positions.shiftedFrom());
    assertNull(positions.keptDatum());
    assertNull(positions.warning("the detections' lon/lat", "a GeoJSON's"));
  }

  @Test
  void withoutAShiftTheCornersStayOnTheDatumWhichIsNamedWhereverTheyAreWritten() throws Exception {
    CrsGeoCoding coding = new CrsGeoCoding(britishNationalGrid(""), TEN_METRE_GRID, 200, 200);
    Wgs84Positions positions = Wgs84Positions.of(coding);
    List<LonLat> corners = DetectionCorners.of(coding, positions, BOX);

    assertEquals(1 + 43 / 60.0 + 4.5177 / 3600, corners.get(0).lon(), 2e-7);
    assertEquals(52 + 39 / 60.0 + 27.2531 / 3600, corners.get(0).lat(), 2e-7);
    assertEquals("OSGB_1936", positions.keptDatum());
    assertNull(positions.shiftedFrom());
    String warning = positions.warning("the detections' lon/lat", "a GeoJSON's");
    assertTrue(warning.contains("datum OSGB_1936, not WGS84"), warning);

    Detection d = new Detection(1, SiteClass.LANDSLIDE, 0.5, BOX, corners, List.of());
    MetadataElement metadata = DetectionsMetadata.of(List.of(d), "LANDSLIDE", "CLASSICAL", null, "off", "off", positions);
    assertEquals("OSGB_1936", metadata.getAttributeString("datum"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DetectionsGeoJson.write(List.of(d), new DetectionsOrigin("det.dim", "LANDSLIDE", "CLASSICAL", null,
        Instant.parse("2026-12-05T10:15:30Z"), positions.keptDatum(), positions.shiftedFrom()), out);
    JsonNode provenance = new ObjectMapper().readTree(out.toByteArray()).get("provenance");
    assertEquals("OSGB_1936", provenance.get("datum").asText());
    assertNull(provenance.get("shifted_from_datum"));
  }

  @Test
  void aWgs84GridIsLeftAsItIs() {
    String utm = "PROJCS[\"WGS 84 / UTM zone 33N\", GEOGCS[\"WGS 84\", DATUM[\"WGS_1984\","
        + " SPHEROID[\"WGS 84\", 6378137.0, 298.257223563]], PRIMEM[\"Greenwich\", 0.0],"
        + " UNIT[\"degree\", 0.017453292519943295]], PROJECTION[\"Transverse_Mercator\"],"
        + " PARAMETER[\"central_meridian\", 15.0], PARAMETER[\"latitude_of_origin\", 0.0],"
        + " PARAMETER[\"scale_factor\", 0.9996], PARAMETER[\"false_easting\", 500000.0],"
        + " PARAMETER[\"false_northing\", 0.0], UNIT[\"m\", 1.0]]";
    CrsGeoCoding coding = new CrsGeoCoding(utm, new double[] {10, 0, 0, -10, 495000, 5000000}, 1000, 1000);
    assertSame(Wgs84Positions.WGS84, Wgs84Positions.of(coding));
    assertEquals(coding.getGeoPos(new org.esa.snap.core.datamodel.PixelPos(100, 100), null).lat,
        DetectionCorners.of(coding, Wgs84Positions.WGS84, BOX).get(0).lat(), 0);
  }
}
