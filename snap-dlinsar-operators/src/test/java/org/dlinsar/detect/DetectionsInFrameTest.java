package org.dlinsar.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.gpf.OperatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DL-Unwrap and Local-SBAS read detections alike ({@link DetectionsInFrame}): each keeps its id and
 * its box clipped to the frame, and an element or file that cannot be read is refused naming where
 * it came from: the product whose metadata it is, or the parameter that named the file.
 */
class DetectionsInFrameTest {

  @TempDir
  Path dir;

  @Test
  void eachDetectionKeepsItsIdWithItsBoxClippedToTheFrame() {
    MetadataElement root = withDetections("7:10,20,30,45", "9:90,50,120,70");
    List<String> warnings = new ArrayList<>();

    List<DetectionBox> found = DetectionsInFrame.ofMetadata(root, "det", null, 100, 80, "Local-SBAS scope=PATCHES",
        "Local-SBAS", warnings::add);

    assertEquals(List.of(new DetectionBox(7, new PixelBox(10, 20, 30, 45)),
        new DetectionBox(9, new PixelBox(90, 50, 100, 70))), found);
    assertEquals(List.of("Local-SBAS: detection 9 of the Detections metadata of 'det': its box"
        + " x 90-119, y 50-69 reaches over the edge of the 100 x 80 frame; only its part inside,"
        + " x 90-99, y 50-69, is taken"), warnings);
  }

  @Test
  void unreadableMetadataIsRefusedNamingTheProductNotAParameter() {
    OperatorException none = assertThrows(OperatorException.class, () -> DetectionsInFrame.ofMetadata(
        new MetadataElement("metadata"), "stack", null, 100, 80, "Local-SBAS scope=PATCHES", "Local-SBAS",
        line -> { }));
    assertEquals("Local-SBAS scope=PATCHES: product 'stack' has no Detections metadata: not a DL-Detect"
        + " product; give detectionsFile, or run DL-Detect on this stack", none.getMessage());

    OperatorException twice = assertThrows(OperatorException.class, () -> DetectionsInFrame.ofMetadata(
        withDetections("3:10,20,30,45", "3:1,2,3,4"), "det", null, 100, 80, "DL-Unwrap", "DL-Unwrap",
        line -> { }));
    assertEquals("DL-Unwrap: the Detections metadata of product 'det' lists detection id 3 twice; give"
        + " detectionsFile, or run DL-Detect on this stack", twice.getMessage());
  }

  @Test
  void anUnreadableFileIsRefusedNamingTheParameter() throws Exception {
    Path missing = dir.resolve("none.detections.csv");
    OperatorException absent = assertThrows(OperatorException.class, () -> DetectionsInFrame.ofFile(missing,
        null, 100, 80, "Local-SBAS", line -> { }));
    assertEquals("Local-SBAS parameter 'detectionsFile': detections file '" + missing + "' does not exist",
        absent.getMessage());

    Path empty = Files.writeString(dir.resolve("empty.detections.csv"), "");
    OperatorException unreadable = assertThrows(OperatorException.class, () -> DetectionsInFrame.ofFile(empty,
        null, 100, 80, "DL-Unwrap", line -> { }));
    assertTrue(unreadable.getMessage().startsWith("DL-Unwrap parameter 'detectionsFile': detections file '"
        + empty + "' is not DL-Detect's GeoJSON or CSV: "), unreadable.getMessage());
  }

  /** A metadata root with a Detections element of one child per "id:x0,y0,x1,y1". */
  private static MetadataElement withDetections(String... detections) {
    MetadataElement element = new MetadataElement(DetectionsMetadata.ELEMENT);
    for (int k = 0; k < detections.length; k++) {
      String[] idAndBox = detections[k].split(":");
      MetadataElement child = new MetadataElement("detection." + (k + 1));
      child.setAttributeInt("id", Integer.parseInt(idAndBox[0]));
      child.setAttributeString("class", "landslide");
      child.setAttributeDouble("score", 0.9);
      child.setAttributeString("bbox_px", idAndBox[1]);
      element.addElement(child);
    }
    MetadataElement root = new MetadataElement("metadata");
    root.addElement(element);
    return root;
  }
}
