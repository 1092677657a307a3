package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.imports.GeoTiffGrid;
import org.dlinsar.imports.GridGeoCoding;
import org.dlinsar.lite.geo.CrsGeoCoding;
import org.dlinsar.sim.PixelBox;
import org.dlinsar.sim.SiteClass;
import org.junit.jupiter.api.Test;

/** The detections file follows RFC 7946 and CONTRACT.md section 3. */
class DetectionsGeoJsonTest {

  private static final DetectionsOrigin ORIGIN = new DetectionsOrigin("stack_det.dim", "LANDSLIDE", "CLASSICAL",
      null, java.time.Instant.parse("2026-12-05T10:15:30.250Z"), null, null);

  private static JsonNode written(List<Detection> detections) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DetectionsGeoJson.write(detections, ORIGIN, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  /** Corners of a descending-pass box: x runs west, y runs south, a clockwise ring in lon/lat. */
  private static List<LonLat> clockwiseCorners() {
    return List.of(new LonLat(8.20, 46.50), new LonLat(8.10, 46.50), new LonLat(8.10, 46.40),
        new LonLat(8.20, 46.40));
  }

  @Test
  void writesClosedCounterClockwiseLonLatRingsWithTheContractsProperties() throws Exception {
    Detection d = new Detection(3, SiteClass.LANDSLIDE, 0.75, new PixelBox(10, 20, 30, 45),
        clockwiseCorners(), List.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 12, 30)));
    JsonNode collection = written(List.of(d));

    assertEquals("FeatureCollection", collection.get("type").asText());
    assertEquals("{\"product\":\"stack_det.dim\",\"software\":\"" + org.dlinsar.files.Software.name()
        + "\",\"created\":\"2026-12-05T10:15:30Z\",\"operator\":\"DL-Detect\",\"mode\":\"LANDSLIDE\","
        + "\"method\":\"CLASSICAL\"}", collection.get("provenance").toString());
    JsonNode feature = collection.get("features").get(0);
    assertEquals("Feature", feature.get("type").asText());
    JsonNode ring = feature.get("geometry").get("coordinates").get(0);
    assertEquals("Polygon", feature.get("geometry").get("type").asText());
    assertEquals(5, ring.size());
    assertEquals(ring.get(0), ring.get(4), "ring closed");
    double twiceArea = 0;
    for (int i = 0; i < 4; i++) {
      JsonNode a = ring.get(i);
      JsonNode b = ring.get(i + 1);
      assertTrue(a.get(0).asDouble() > 8 && a.get(1).asDouble() > 46, "lon before lat: " + a);
      twiceArea += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
    }
    assertTrue(twiceArea > 0, "counter-clockwise (right-hand rule)");
    JsonNode properties = feature.get("properties");
    assertEquals(3, properties.get("id").asInt());
    assertEquals("landslide", properties.get("class").asText());
    assertEquals(0.75, properties.get("score").asDouble(), 0);
    assertEquals("[10,20,30,45]", properties.get("bbox_px").toString());
    assertEquals("[\"2021-01-04\",\"2021-12-30\"]", properties.get("dates_seen").toString());
    assertEquals("[8.1,46.4,8.2,46.5]", feature.get("bbox").toString());
  }

  @Test
  void writesANullGeometryWithoutGeocodingAndAnEmptyCollectionWithoutDetections() throws Exception {
    Detection d = new Detection(1, SiteClass.SUBSIDENCE, 0.6, new PixelBox(0, 0, 5, 5), List.of(),
        List.of());
    assertTrue(written(List.of(d)).get("features").get(0).get("geometry").isNull());
    assertEquals(0, written(List.of()).get("features").size());
  }

  @Test
  void aBoxAcrossTheAntimeridianIsTwoCounterClockwisePolygonsWithWestOfEastBounds() throws Exception {
    // geocoding gives longitudes within [-180, 180): the box's east corners come out at -179.7
    JsonNode polygons = assertAcrossTheAntimeridian(List.of(new LonLat(179.7, 10.3),
        new LonLat(-179.7, 10.3), new LonLat(-179.7, 9.7), new LonLat(179.7, 9.7)));
    assertEquals("[[[179.7,10.3],[179.7,9.7],[180.0,9.7],[180.0,10.3],[179.7,10.3]]]",
        polygons.get(0).toString());
    // the same box from its east corner on (a descending pass): continuous from -179.7, the
    // west corners lie at -180.3
    assertAcrossTheAntimeridian(List.of(new LonLat(-179.7, 10.3), new LonLat(179.7, 10.3),
        new LonLat(179.7, 9.7), new LonLat(-179.7, 9.7)));
  }

  @Test
  void aBoxWhoseWestEdgeLiesOnTheAntimeridianIsOnePolygonEastOfIt() throws Exception {
    // a lon/lat grid across the antimeridian, 1/8 degree steps from 179 E: column 8's west edge
    // is 180.0 exactly, which CrsGeoCoding keeps as +180, its east edge -179.75
    CrsGeoCoding grid = new CrsGeoCoding("GEOGCS[\"WGS 84\", DATUM[\"WGS_1984\", SPHEROID[\"WGS 84\","
        + " 6378137.0, 298.257223563]], PRIMEM[\"Greenwich\", 0.0], UNIT[\"degree\", 0.017453292519943295],"
        + " AXIS[\"Longitude\", EAST], AXIS[\"Latitude\", NORTH]]",
        new double[] {0.125, 0, 0, -0.125, 179.0, 10.0}, 16, 16);
    PixelBox box = new PixelBox(8, 2, 10, 4);
    List<LonLat> corners = DetectionCorners.of(grid, Wgs84Positions.of(grid), box);
    assertEquals(new LonLat(180.0, 9.75), corners.get(0), "the corner on the antimeridian, as +180");
    Detection d = new Detection(1, SiteClass.LANDSLIDE, 0.9, box, corners, List.of());
    JsonNode feature = written(List.of(d)).get("features").get(0);

    // continuous from that corner the box runs 180 .. 180.25, touching 180, not crossing it:
    // one polygon west of -179.75, not a MultiPolygon with a side of no area
    assertEquals("Polygon", feature.get("geometry").get("type").asText());
    assertEquals("[[[-180.0,9.75],[-180.0,9.5],[-179.75,9.5],[-179.75,9.75],[-180.0,9.75]]]",
        feature.get("geometry").get("coordinates").toString());
    assertEquals("[-180.0,9.5,-179.75,9.75]", feature.get("bbox").toString());
  }

  @Test
  void aBoxOnLongitudesBeyond180IsOnePolygonWithinRange() throws Exception {
    // a tie-point grid of 0..360 longitudes that SNAP does not wrap (CYCLIC false)
    Detection d = new Detection(1, SiteClass.LANDSLIDE, 0.9, new PixelBox(2, 2, 8, 8),
        List.of(new LonLat(200.1, 10.3), new LonLat(200.4, 10.3), new LonLat(200.4, 9.7),
            new LonLat(200.1, 9.7)), List.of());
    JsonNode feature = written(List.of(d)).get("features").get(0);

    assertEquals("Polygon", feature.get("geometry").get("type").asText());
    JsonNode ring = feature.get("geometry").get("coordinates").get(0);
    for (JsonNode p : ring) {
      assertTrue(p.get(0).asDouble() >= -159.91 && p.get(0).asDouble() <= -159.59, "within range: " + ring);
    }
    JsonNode bbox = feature.get("bbox");
    assertEquals(-159.9, bbox.get(0).asDouble(), 1e-9);
    assertEquals(-159.6, bbox.get(2).asDouble(), 1e-9);
  }

  @Test
  void aBoxOnAGridWhoseLongitudesRunPast180IsCutAtTheAntimeridian() throws Exception {
    // a lon/lat grid whose transform runs on past 180 (as SNAP's CrsGeoCoding answers it):
    // 0.6 degree pixels from 179.0 E, the box's columns 1..2 span 179.3 .. 180.5
    GridGeoCoding across = new GridGeoCoding(new GeoTiffGrid(16, 16, 179.0, 10.0, 0.6, -0.6));
    PixelBox box = new PixelBox(1, 1, 3, 2);
    List<LonLat> corners = DetectionCorners.of(across, Wgs84Positions.WGS84, box);
    Detection d = new Detection(1, SiteClass.LANDSLIDE, 0.9, box, corners, List.of());
    JsonNode feature = written(List.of(d)).get("features").get(0);

    assertEquals("MultiPolygon", feature.get("geometry").get("type").asText());
    JsonNode bbox = feature.get("bbox");
    assertEquals(179.3, bbox.get(0).asDouble(), 1e-9);
    assertEquals(-179.5, bbox.get(2).asDouble(), 1e-9);
    for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
      for (JsonNode p : polygon.get(0)) {
        assertTrue(Math.abs(p.get(0).asDouble()) <= 180, "within range: " + polygon);
      }
    }
  }

  /** @return the feature's polygons, after the checks every such box passes */
  private static JsonNode assertAcrossTheAntimeridian(List<LonLat> corners) throws Exception {
    Detection d = new Detection(1, SiteClass.LANDSLIDE, 0.9, new PixelBox(2, 2, 8, 8), corners,
        List.of());
    JsonNode feature = written(List.of(d)).get("features").get(0);

    assertEquals("[179.7,9.7,-179.7,10.3]", feature.get("bbox").toString());
    assertEquals("MultiPolygon", feature.get("geometry").get("type").asText());
    JsonNode polygons = feature.get("geometry").get("coordinates");
    assertEquals(2, polygons.size());
    List<String> spans = new ArrayList<>();
    for (JsonNode polygon : polygons) {
      JsonNode ring = polygon.get(0);
      double twiceArea = 0;
      for (int i = 0; i + 1 < ring.size(); i++) {
        JsonNode a = ring.get(i);
        JsonNode b = ring.get(i + 1);
        assertTrue(Math.abs(a.get(0).asDouble()) <= 180, "longitude within range: " + a);
        twiceArea += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
      }
      assertTrue(twiceArea > 0, "counter-clockwise: " + ring);
      assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed");
      double west = 180;
      double east = -180;
      for (JsonNode p : ring) {
        west = Math.min(west, p.get(0).asDouble());
        east = Math.max(east, p.get(0).asDouble());
      }
      spans.add(west + " to " + east);
    }
    // each side of the antimeridian, within range
    assertEquals(List.of("-180.0 to -179.7", "179.7 to 180.0"), spans.stream().sorted().toList());
    return polygons;
  }
}
