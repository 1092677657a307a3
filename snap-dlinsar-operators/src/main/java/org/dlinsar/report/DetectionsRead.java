package org.dlinsar.report;

import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads back the detections DL-Detect put in a product's {@code Detections} metadata element, for
 * scoring them against the truth.
 */
public final class DetectionsRead {

  private DetectionsRead() {}

  /**
   * One detection as the metadata holds it.
   *
   * @param id its id
   * @param detectionClass {@code landslide} or {@code subsidence}
   * @param score its score
   * @param box its pixel box
   * @param datesSeen its dates, ISO, joined by ','
   */
  public record Row(int id, String detectionClass, double score, PixelBox box, String datesSeen) {}

  /**
   * @throws IllegalArgumentException when the product has no {@code Detections} element
   */
  public static List<Row> from(Product product) {
    MetadataElement element = product.getMetadataRoot().getElement("Detections");
    if (element == null) {
      throw new IllegalArgumentException("product '" + product.getName()
          + "' has no Detections metadata: not a DL-Detect product");
    }
    List<Row> rows = new ArrayList<>();
    for (MetadataElement e : element.getElements()) {
      String[] b = e.getAttributeString("bbox_px").split(",");
      rows.add(new Row(e.getAttributeInt("id"), e.getAttributeString("class"),
          e.getAttributeDouble("score"), new PixelBox(Integer.parseInt(b[0].trim()),
              Integer.parseInt(b[1].trim()), Integer.parseInt(b[2].trim()),
              Integer.parseInt(b[3].trim())), e.getAttributeString("dates_seen", "")));
    }
    return rows;
  }

  /** The boxes of the rows scoring at least {@code minScore}. */
  public static List<PixelBox> boxes(List<Row> rows, double minScore) {
    return rows.stream().filter(r -> r.score() >= minScore).map(Row::box).toList();
  }
}
