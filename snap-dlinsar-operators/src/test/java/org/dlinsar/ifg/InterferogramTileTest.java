package org.dlinsar.ifg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class InterferogramTileTest {

  @Test
  void knowsItsSize() {
    InterferogramTile t = new InterferogramTile(new Rectangle(3, 4, 2, 3), new float[6],
        new float[6], new float[6]);
    assertEquals(2, t.width());
    assertEquals(3, t.height());
  }

  @Test
  void rejectsArraysThatDoNotCoverTheRectangle() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new InterferogramTile(new Rectangle(0, 0, 2, 3), new float[6], new float[5],
            new float[6]));
    assertTrue(e.getMessage().contains("imaginary 5"), e.getMessage());
  }
}
