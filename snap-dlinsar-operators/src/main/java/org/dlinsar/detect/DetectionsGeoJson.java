package org.dlinsar.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.files.IndentedJson;
import org.dlinsar.files.Software;
import org.dlinsar.inference.ModelRecord;

/**
 * Writes detections as a GeoJSON FeatureCollection (CONTRACT.md section 3, RFC 7946): one Feature
 * per detection, its box as a lon/lat Polygon (null without geocoding) and properties {@code id},
 * {@code class}, {@code score}, {@code bbox_px} and {@code dates_seen} (ISO dates).
 *
 * <p>RFC 7946: positions are [lon, lat] (3.1.1); the ring is closed, its first position repeated
 * last (3.1.6), and runs counter-clockwise (the right-hand rule, 3.1.6): a box maps to a
 * clockwise ring where the grid is mirrored on the ground (a left-looking radar grid, a north-up
 * map grid whose rows run south), so the ring is reversed when its signed area in lon/lat is
 * negative. Each Feature also carries the RFC's {@code bbox}
 * [west, south, east, north]. A box across the antimeridian (its corners' longitudes taken
 * continuous from the first corner's, some pass 180 east or west) is a MultiPolygon of its two
 * sides, cut at 180 (3.1.9), and its bbox has west > east (5.2); one that only touches it, or
 * lies wholly beyond 180 (0..360 longitudes), is one Polygon within [-180, 180].
 *
 * <p>The collection's foreign member {@code provenance} (6.1: GeoJSON readers ignore it) says
 * where the file came from ({@link DetectionsOrigin}): a file forwarded alone named nothing.
 */
final class DetectionsGeoJson {

  private static final ObjectMapper JSON = IndentedJson.mapper();

  private DetectionsGeoJson() {}

  /** Writes the collection to {@code out}, UTF-8; does not close it. */
  static void write(List<Detection> detections, DetectionsOrigin origin, OutputStream out) throws IOException {
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.set("provenance", provenance(origin));
    ArrayNode features = collection.putArray("features");
    for (Detection d : detections) {
      features.add(feature(d));
    }
    JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, collection);
  }

  private static ObjectNode provenance(DetectionsOrigin origin) {
    ObjectNode provenance = JSON.createObjectNode();
    provenance.put("product", origin.product());
    provenance.put("software", Software.name());
    provenance.put("created", origin.created().truncatedTo(ChronoUnit.SECONDS).toString());
    provenance.put("operator", "DL-Detect");
    provenance.put("mode", origin.mode());
    provenance.put("method", origin.method());
    // RFC 7946 positions are WGS84: say where they are not, or were shifted to be
    if (origin.keptDatum() != null) {
      provenance.put("datum", origin.keptDatum());
    }
    if (origin.shiftedFrom() != null) {
      provenance.put("shifted_from_datum", origin.shiftedFrom());
    }
    ModelRecord model = origin.model();
    if (model != null) {
      // as DL_InSAR_Models/DL-Detect records it (CONTRACT.md section 8)
      ObjectNode network = provenance.putObject("model");
      network.put("name", model.name());
      network.put("version", model.version());
      network.put("origin", model.origin());
      network.put("onnx_sha256", model.onnxSha256());
      network.put("card_sha256", model.cardSha256());
      network.put("execution_provider", model.provider().name());
    }
    return provenance;
  }

  private static ObjectNode feature(Detection d) {
    ObjectNode feature = JSON.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", d.id());
    if (d.corners().isEmpty()) {
      feature.putNull("geometry");
    } else {
      List<LonLat> ring = westWithinRange(counterClockwise(continuous(d.corners())));
      feature.set("bbox", bounds(ring));
      ObjectNode geometry = feature.putObject("geometry");
      List<List<LonLat>> sides = acrossAntimeridian(ring);
      if (sides.size() == 1) {
        geometry.put("type", "Polygon");
        addRing(geometry.putArray("coordinates"), ring);
      } else {
        geometry.put("type", "MultiPolygon");
        ArrayNode polygons = geometry.putArray("coordinates");
        for (List<LonLat> side : sides) {
          addRing(polygons.addArray(), side);
        }
      }
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

  /** Adds the ring, closed, as the exterior ring of the polygon {@code rings}. */
  private static void addRing(ArrayNode rings, List<LonLat> ring) {
    ArrayNode exterior = rings.addArray();
    for (LonLat p : ring) {
      exterior.addArray().add(p.lon()).add(p.lat());
    }
    exterior.addArray().add(ring.get(0).lon()).add(ring.get(0).lat());
  }

  /**
   * The corners with longitudes continuous from the first corner's (each within 180 degrees of
   * it): a box across the antimeridian then runs past 180 or -180 instead of round the globe.
   */
  static List<LonLat> continuous(List<LonLat> corners) {
    double first = corners.get(0).lon();
    return corners.stream()
        .map(p -> new LonLat(p.lon() + 360 * Math.rint((first - p.lon()) / 360), p.lat()))
        .toList();
  }

  /**
   * The ring moved by whole turns so that its westernmost longitude lies in [-180, 180): a ring
   * continuous from a corner at +180 (a map grid's column edge on the antimeridian) or from one
   * beyond it (0..360 longitudes) would otherwise run wholly east of 180, and cutting it there
   * leaves a side of no area, or none.
   */
  static List<LonLat> westWithinRange(List<LonLat> ring) {
    double west = ring.stream().mapToDouble(LonLat::lon).min().orElseThrow();
    double turns = Math.floor((west + 180) / 360);
    if (turns == 0) {
      return ring;
    }
    return ring.stream().map(p -> new LonLat(p.lon() - 360 * turns, p.lat())).toList();
  }

  /**
   * The ring as it is when its longitudes lie within [-180, 180]; else (it runs east past 180, its
   * west within range: {@link #westWithinRange}) its two sides of the antimeridian, each clipped
   * at it and the eastern one brought back by a turn (Sutherland-Hodgman), in the ring's own
   * turning sense.
   */
  static List<List<LonLat>> acrossAntimeridian(List<LonLat> ring) {
    double east = ring.stream().mapToDouble(LonLat::lon).max().orElseThrow();
    if (east <= 180) {
      return List.of(ring);
    }
    return List.of(clip(ring, 180, true, 0), clip(ring, 180, false, -360));
  }

  /** The part of the ring on one side of the meridian {@code cut}, its longitudes shifted. */
  private static List<LonLat> clip(List<LonLat> ring, double cut, boolean below, double shift) {
    List<LonLat> out = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      LonLat a = ring.get(i);
      LonLat b = ring.get((i + 1) % ring.size());
      boolean aIn = below ? a.lon() <= cut : a.lon() >= cut;
      boolean bIn = below ? b.lon() <= cut : b.lon() >= cut;
      if (aIn) {
        out.add(new LonLat(a.lon() + shift, a.lat()));
      }
      if (aIn != bIn) {
        double t = (cut - a.lon()) / (b.lon() - a.lon());
        out.add(new LonLat(cut + shift, a.lat() + t * (b.lat() - a.lat())));
      }
    }
    return out;
  }

  /**
   * [west, south, east, north] of a ring whose west lies within range; west > east across the
   * antimeridian (RFC 7946, 5.2).
   */
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
    return JSON.createArrayNode().add(west).add(south).add(east > 180 ? east - 360 : east)
        .add(north);
  }
}
