package org.dlinsar.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes detections as a GeoJSON FeatureCollection (CONTRACT.md section 3, RFC 7946): one Feature
 * per detection, its box as a lon/lat Polygon (null without geocoding) and properties {@code id},
 * {@code class}, {@code score}, {@code bbox_px} and {@code dates_seen} (ISO dates).
 *
 * <p>RFC 7946: positions are [lon, lat] (3.1.1); the ring is closed, its first position repeated
 * last (3.1.6), and runs counter-clockwise (the right-hand rule, 3.1.6): a radar box may map to a
 * clockwise ring (descending passes, or azimuth running south), so the ring is reversed when its
 * signed area in lon/lat is negative. Each Feature also carries the RFC's {@code bbox}
 * [west, south, east, north]. KNOWN LIMIT: a box crossing the antimeridian is not split.
 */
final class DetectionsGeoJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DetectionsGeoJson() {}

  /** Writes the collection to {@code out}, UTF-8; does not close it. */
  static void write(List<Detection> detections, OutputStream out) throws IOException {
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Detection d : detections) {
      features.add(feature(d));
    }
    JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, collection);
  }

  private static ObjectNode feature(Detection d) {
    ObjectNode feature = JSON.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", d.id());
    if (d.corners().isEmpty()) {
      feature.putNull("geometry");
    } else {
      List<LonLat> ring = counterClockwise(d.corners());
      feature.set("bbox", bounds(ring));
      ObjectNode polygon = feature.putObject("geometry");
      polygon.put("type", "Polygon");
      ArrayNode exterior = polygon.putArray("coordinates").addArray();
      for (LonLat p : ring) {
        exterior.addArray().add(p.lon()).add(p.lat());
      }
      exterior.addArray().add(ring.get(0).lon()).add(ring.get(0).lat());
    }
    ObjectNode properties = feature.putObject("properties");
    properties.put("id", d.id());
    properties.put("class", d.detectionClass().label());
    properties.put("score", d.score());
    properties.putArray("bbox_px").add(d.box().x0()).add(d.box().y0()).add(d.box().x1())
        .add(d.box().y1());
    ArrayNode dates = properties.putArray("dates_seen");
    d.datesSeen().forEach(date -> dates.add(date.toString()));
    return feature;
  }

  /** The ring, reversed when it runs clockwise in (lon, lat). */
  static List<LonLat> counterClockwise(List<LonLat> ring) {
    double twiceArea = 0;
    for (int i = 0; i < ring.size(); i++) {
      LonLat a = ring.get(i);
      LonLat b = ring.get((i + 1) % ring.size());
      twiceArea += a.lon() * b.lat() - b.lon() * a.lat();
    }
    if (twiceArea >= 0) {
      return ring;
    }
    return List.of(ring.get(0), ring.get(3), ring.get(2), ring.get(1));
  }

  private static ArrayNode bounds(List<LonLat> ring) {
    double west = Double.POSITIVE_INFINITY;
    double south = Double.POSITIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    for (LonLat p : ring) {
      west = Math.min(west, p.lon());
      east = Math.max(east, p.lon());
      south = Math.min(south, p.lat());
      north = Math.max(north, p.lat());
    }
    return JSON.createArrayNode().add(west).add(south).add(east).add(north);
  }
}
