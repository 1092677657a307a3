package org.dlinsar.sbas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dlinsar.report.DetectionsRead;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Product;

/**
 * A detection as Local-SBAS needs it: its id and its pixel box, read from DL-Detect's GeoJSON
 * file ({@code properties.id}, {@code properties.bbox_px}, CONTRACT.md section 3) or from a
 * product's {@code Detections} metadata element.
 *
 * @param id the detection's id, from 1
 * @param box its box in source pixels, x1/y1 exclusive
 */
public record DetectionBox(int id, PixelBox box) {

  public DetectionBox {
    Objects.requireNonNull(box, "box");
  }

  /**
   * Reads the detections of a GeoJSON file.
   *
   * @throws IOException naming the file when it cannot be read or a feature lacks its id or a
   *     four-number {@code bbox_px}
   */
  public static List<DetectionBox> fromGeoJson(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read detections file " + file + ": " + e.getMessage(), e);
    }
    JsonNode features = root == null ? null : root.get("features");
    if (features == null || !features.isArray()) {
      throw new IOException("detections file " + file + " is not a GeoJSON FeatureCollection"
          + " (no 'features' array)");
    }
    List<DetectionBox> boxes = new ArrayList<>();
    for (JsonNode feature : features) {
      JsonNode properties = feature.path("properties");
      JsonNode bbox = properties.path("bbox_px");
      if (!properties.path("id").canConvertToInt() || !bbox.isArray() || bbox.size() != 4) {
        throw new IOException("detections file " + file + ": feature " + (boxes.size() + 1)
            + " lacks an integer properties.id or a 4-number properties.bbox_px");
      }
      try {
        boxes.add(new DetectionBox(properties.get("id").asInt(), new PixelBox(bbox.get(0).asInt(),
            bbox.get(1).asInt(), bbox.get(2).asInt(), bbox.get(3).asInt())));
      } catch (IllegalArgumentException e) {
        throw new IOException("detections file " + file + ": " + e.getMessage(), e);
      }
    }
    return boxes;
  }

  /**
   * Reads the {@code Detections} metadata element of a product.
   *
   * @throws IllegalArgumentException naming the product when it has no such element
   */
  public static List<DetectionBox> fromMetadata(Product product) {
    return DetectionsRead.from(product).stream()
        .map(row -> new DetectionBox(row.id(), row.box())).toList();
  }
}
