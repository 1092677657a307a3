package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import java.util.List;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

/** The Detections window's rows read from a product's metadata written by hand. */
class DetectionRowsTest {

  private static Product withDetection(String bboxPx) {
    Product product = new Product("det", "DL-Detect", 64, 64);
    MetadataElement detections = new MetadataElement("Detections");
    MetadataElement d = new MetadataElement("detection.3");
    d.setAttributeInt("id", 3);
    d.setAttributeString("class", "landslide");
    d.setAttributeDouble("score", 0.8);
    d.setAttributeString("bbox_px", bboxPx);
    d.setAttributeString("dates_seen", "2021-01-01,2021-01-13");
    detections.addElement(d);
    product.getMetadataRoot().addElement(detections);
    return product;
  }

  @Test
  void rowBoxIsTheBboxPxWithX1AndY1Exclusive() {
    List<DetectionRow> rows = DetectionRows.of(withDetection("10,20,30,45"));
    assertEquals(1, rows.size());
    assertEquals(new Rectangle(10, 20, 20, 25), rows.get(0).box());
    assertEquals("2021-01-01", rows.get(0).firstSeen());
    assertEquals("2021-01-13", rows.get(0).lastSeen());
  }

  @Test
  void aMalformedBboxPxNamesTheDetectionTheProductAndTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DetectionRows.of(withDetection("10,20,x,45")));
    assertEquals("bbox_px of Detections element 'detection.3' of product 'det' is '10,20,x,45',"
        + " not a pixel box x0,y0,x1,y1 (not all integers)", e.getMessage());
  }
}
