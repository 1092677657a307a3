package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RasterPngTest {

  @Test
  void coloursThroughTheScaleAndLeavesNoDataTransparent() throws Exception {
    float[] values = {-2, 0, 2, Float.NaN, 5, -9};
    ColourScale scale = new ColourScale(ColourMap.DIVERGING, -2, 2, "mm/year");

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(RasterPng.encode(values, 3, 2, scale)));

    assertEquals(3, image.getWidth());
    assertEquals(2, image.getHeight());
    assertEquals(0xFF000000 | ColourMap.DIVERGING.rgb(0), image.getRGB(0, 0));
    assertEquals(0xFFFFFFFF, image.getRGB(1, 0), "zero is white on a symmetric diverging scale");
    assertEquals(0xFF000000 | ColourMap.DIVERGING.rgb(1), image.getRGB(2, 0));
    assertEquals(0, image.getRGB(0, 1) >>> 24, "no data is transparent");
    assertEquals(image.getRGB(2, 0), image.getRGB(1, 1), "values above the scale are clamped");
    assertEquals(image.getRGB(0, 0), image.getRGB(2, 1), "values below the scale are clamped");
  }

  @Test
  void rejectsARasterOfTheWrongLength() {
    assertThrows(IllegalArgumentException.class, () -> RasterPng.encode(new float[5], 3, 2,
        new ColourScale(ColourMap.GREY, 0, 1, "")));
  }
}
