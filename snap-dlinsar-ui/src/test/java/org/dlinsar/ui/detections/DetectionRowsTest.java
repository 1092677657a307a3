package org.dlinsar.ui.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Detections window's rows read from a product's metadata written by hand. */
class DetectionRowsTest {

  @TempDir
  Path dir;

  private static Product withDetection(String bboxPx) {
    Product product = new Product("det", "DL-Detect", 64, 64);
    MetadataElement detections = new MetadataElement("Detections");
    detections.addElement(detection("detection.3", bboxPx));
    product.getMetadataRoot().addElement(detections);
    return product;
  }

  private static MetadataElement detection(String name, String bboxPx) {
    MetadataElement d = new MetadataElement(name);
    d.setAttributeInt("id", 3);
    d.setAttributeString("class", "landslide");
    d.setAttributeDouble("score", 0.8);
    d.setAttributeString("bbox_px", bboxPx);
    d.setAttributeString("dates_seen", "2021-01-01,2021-01-13");
    return d;
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

  /** The window reads the metadata as every later stage does (DetectionsRead): an id twice is an error. */
  @Test
  void anIdListedTwiceIsAnError() {
    Product product = withDetection("10,20,30,45");
    product.getMetadataRoot().getElement("Detections").addElement(detection("detection.3b", "1,2,3,4"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectionRows.of(product));
    assertEquals("the Detections metadata of product 'det' lists detection id 3 twice", e.getMessage());
  }

  /**
   * The chain's product detected again (another minScore): the window showed detection 1's new
   * box with the velocity Local-SBAS solved for the old detection 1 (-98.17 mm/year, its peak
   * outside the new box). DL-Detect leaves the earlier Local-SBAS results out.
   */
  @Test
  void aChainProductDetectedAgainShowsNoVelocityOfTheEarlierDetections() throws Exception {
    Product chain = ChainProducts.withTimeSeries(dir.resolve("chain.timeseries.csv"));
    assertTrue(DetectionRows.of(chain).stream().anyMatch(r -> Double.isFinite(r.velocityMmPerYear())),
        "the chain's rows have velocities");

    Product again = GPF.createProduct("DL-Detect", Map.of("mode", "LANDSLIDE", "method", "CLASSICAL",
        "minScore", 0.8), chain);

    List<DetectionRow> rows = DetectionRows.of(again);
    assertFalse(rows.isEmpty());
    for (DetectionRow row : rows) {
      assertTrue(Double.isNaN(row.velocityMmPerYear()), "detection " + row.id() + " at " + row.box()
          + " shows velocity " + row.velocityMmPerYear());
    }
  }
}
