package org.dlinsar.sbas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dlinsar.detect.DetectionsRead;
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
   * Reads the detections of a GeoJSON or CSV file, or those beside a DL-Detect product
   * ({@link DetectionsRead#fromFile}).
   *
   * @throws IOException naming the file when it cannot be read or a feature lacks its id or a
   *     four-number {@code bbox_px}
   */
  public static List<DetectionBox> fromGeoJson(Path file) throws IOException {
    try {
      return of(DetectionsRead.fromFile(file));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Reads the {@code Detections} metadata element of a product.
   *
   * @throws IllegalArgumentException naming the product when it has no such element
   */
  public static List<DetectionBox> fromMetadata(Product product) {
    return of(DetectionsRead.from(product));
  }

  private static List<DetectionBox> of(List<DetectionsRead.Row> rows) {
    return rows.stream().map(row -> new DetectionBox(row.id(), row.box())).toList();
  }
}
