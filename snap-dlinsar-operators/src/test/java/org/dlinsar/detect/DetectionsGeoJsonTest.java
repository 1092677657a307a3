package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
