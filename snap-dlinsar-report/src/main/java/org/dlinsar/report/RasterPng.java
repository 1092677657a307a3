package org.dlinsar.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A raster coloured through a {@link ColourScale} and encoded as PNG, one image pixel per raster
 * pixel, for embedding in the HTML report. Non-finite samples (no data) are transparent, so the
 * page's no-data pattern shows through.
 */
public final class RasterPng {

  private RasterPng() {
  }

  /**
   * @param values row-major, {@code width * height} samples; not modified
   * @return the PNG file's bytes
   */
  public static byte[] encode(float[] values, int width, int height, ColourScale scale) {
    if (width < 1 || height < 1 || values.length != width * height) {
      throw new IllegalArgumentException("raster of " + width + " x " + height + " needs "
          + (long) width * height + " samples, got " + values.length);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double t = scale.position(values[y * width + x]);
        image.setRGB(x, y, Double.isNaN(t) ? 0 : 0xFF000000 | scale.map().rgb(t));
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", png)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG into memory", e);
    }
    return png.toByteArray();
  }

  /** {@code png} as a {@code data:image/png;base64,...} URI, so the page needs no other file. */
  public static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
