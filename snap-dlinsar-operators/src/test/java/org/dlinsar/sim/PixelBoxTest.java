package org.dlinsar.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PixelBoxTest {

  @Test
  void excludesItsLastColumnAndRow() {
    PixelBox box = PixelBox.of(2, 3, 4, 5);
    assertEquals(new PixelBox(2, 3, 6, 8), box);
    assertTrue(box.contains(5, 7));
    assertFalse(box.contains(6, 7));
    assertFalse(box.contains(5, 8));
  }

  @Test
  void growsByItsHaloWithinTheScene() {
    assertEquals(new PixelBox(0, 1, 9, 10), PixelBox.of(1, 3, 6, 5).grownWithin(2, 9, 10));
  }

  @Test
  void rejectsAnEmptyBox() {
    assertThrows(IllegalArgumentException.class, () -> new PixelBox(3, 3, 3, 5));
  }

  @Test
  void metadataTextRoundTrips() {
    PixelBox box = new PixelBox(10, 20, 30, 45);
    assertEquals("10,20,30,45", box.toCsv());
    assertEquals(box, PixelBox.parse(box.toCsv(), "bbox_px"));
    assertEquals(box, PixelBox.parse(" 10, 20 ,30,45 ", "bbox_px"));
  }

  @Test
  void messagesNameItsFirstAndLastColumnAndRowAsDlDetectDoes() {
    // as "DDNet's bowl at x 80-112, y 80-112" (SubsidenceRun), not the record's PixelBox[x0=...]
    assertEquals("x 109-123, y 225-238", new PixelBox(109, 225, 124, 239).toString());
    assertEquals("x 5-5, y 0-1", PixelBox.of(5, 0, 1, 2).toString());
  }

  @Test
  void malformedTextNamesWhereAndWhat() {
    for (String text : List.of("", "1,2,3", "1,2,x,4", "1,2,3,4,5", "5,2,3,4")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PixelBox.parse(text, "bbox_px of detection.3"));
      assertTrue(e.getMessage().startsWith("bbox_px of detection.3 is '" + text + "', not a pixel box"),
          e.getMessage());
    }
  }

  @Test
  void coveredPixelsCountAPixelInTwoBoxesOnce() {
    assertEquals(0, PixelBox.coveredPixels(List.of()));
    assertEquals(100, PixelBox.coveredPixels(List.of(PixelBox.of(0, 0, 10, 10))));
    // two 10 x 10 overlapping by 5 x 5, and one apart
    assertEquals(175 + 4, PixelBox.coveredPixels(List.of(PixelBox.of(0, 0, 10, 10), PixelBox.of(5, 5, 10, 10),
        PixelBox.of(30, 30, 2, 2))));
  }
}
