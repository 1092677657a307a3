package org.dlinsar.unwrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * The pixel boxes of DL-Detect's detections (CONTRACT.md section 3), from its files or from the
 * {@code Detections} metadata element of a product. Errors name the file and what is wrong.
 */
final class DetectionBoxes {

  private static final String DETECTIONS_ELEMENT = "Detections";

  private DetectionBoxes() {}

  /** True when the product holds DL-Detect's {@code Detections} metadata element. */
  static boolean inMetadata(Product product) {
    return product.getMetadataRoot().getElement(DETECTIONS_ELEMENT) != null;
  }

  /** The boxes ({@code bbox_px = x0,y0,x1,y1}) of the element's {@code detection.<id>} children. */
  static List<PixelBox> fromMetadata(Product product) {
    List<PixelBox> boxes = new ArrayList<>();
    for (MetadataElement detection : product.getMetadataRoot().getElement(DETECTIONS_ELEMENT).getElements()) {
      String[] b = detection.getAttributeString("bbox_px", "").split(",");
      if (b.length != 4) {
        throw new IllegalArgumentException("Detections element '" + detection.getName()
            + "' of product '" + product.getName() + "' has no bbox_px x0,y0,x1,y1");
      }
      boxes.add(new PixelBox(Integer.parseInt(b[0].trim()), Integer.parseInt(b[1].trim()),
          Integer.parseInt(b[2].trim()), Integer.parseInt(b[3].trim())));
    }
    return boxes;
  }

  /**
   * @param file a DL-Detect target's {@code .dim} (its {@code <name>.detections.geojson} is read),
   *     a {@code .geojson} or a {@code .csv} of detections
   * @throws IllegalArgumentException naming the file when it is missing or malformed
   */
  static List<PixelBox> fromFile(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".dim")) {
      file = file.resolveSibling(name.substring(0, name.length() - 4) + ".detections.geojson");
      lower = ".geojson";
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("detections file '" + file + "' does not exist");
    }
    try {
      return lower.endsWith(".csv") ? fromCsv(file) : fromGeoJson(file);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("detections file '" + file + "' is not DL-Detect's GeoJSON or CSV: "
          + e.getMessage(), e);
    }
  }

  private static List<PixelBox> fromGeoJson(Path file) throws IOException {
    JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
    if (features == null || !features.isArray()) {
      throw new IllegalArgumentException("no 'features' array");
    }
    List<PixelBox> boxes = new ArrayList<>();
    for (JsonNode feature : features) {
      JsonNode b = feature.path("properties").path("bbox_px");
      if (!b.isArray() || b.size() != 4) {
        throw new IllegalArgumentException("a feature has no bbox_px [x0, y0, x1, y1]");
      }
      boxes.add(new PixelBox(b.get(0).asInt(), b.get(1).asInt(), b.get(2).asInt(), b.get(3).asInt()));
    }
    return boxes;
  }

  private static List<PixelBox> fromCsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (lines.isEmpty() || !lines.get(0).startsWith("id,class,score,x0,y0,x1,y1")) {
      throw new IllegalArgumentException("the header is not 'id,class,score,x0,y0,x1,y1,...'");
    }
    List<PixelBox> boxes = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split(",", -1);
        boxes.add(new PixelBox(Integer.parseInt(f[3].trim()), Integer.parseInt(f[4].trim()),
            Integer.parseInt(f[5].trim()), Integer.parseInt(f[6].trim())));
      }
    }
    return boxes;
  }
}
