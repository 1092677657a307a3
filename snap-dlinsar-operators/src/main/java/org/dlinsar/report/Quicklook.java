package org.dlinsar.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.dlinsar.files.StagedFile;
import org.dlinsar.sim.PixelBox;

/** Greyscale PNG quicklooks of a raster with boxes drawn on top, for the demo report. */
public final class Quicklook {

  private Quicklook() {
  }

  /**
   * Writes {@code values} (row-major, NaN shown black) stretched between their 2nd and 98th
   * percentiles, with {@code boxes} outlined in {@code boxColour}; written to a temporary name,
   * then renamed.
   */
  public static void write(float[] values, int width, int height, List<PixelBox> boxes, Color boxColour, Path png)
      throws IOException {
    write(values, width, height, boxes, boxColour, List.of(), boxColour, png);
  }

  /** As {@link #write(float[], int, int, List, Color, Path)}, with a second set of boxes drawn over the first. */
  public static void write(float[] values, int width, int height, List<PixelBox> boxes, Color boxColour,
      List<PixelBox> moreBoxes, Color moreColour, Path png) throws IOException {
    float[] finite = new float[values.length];
    int n = 0;
    for (float v : values) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    Arrays.sort(finite, 0, n);
    float low = n == 0 ? 0 : finite[(int) (0.02 * (n - 1))];
    float high = n == 0 ? 1 : finite[(int) (0.98 * (n - 1))];
    float scale = high > low ? 255f / (high - low) : 0f;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float v = values[y * width + x];
        int grey = Float.isFinite(v) ? Math.max(0, Math.min(255, Math.round((v - low) * scale))) : 0;
        image.setRGB(x, y, grey << 16 | grey << 8 | grey);
      }
    }
    Graphics2D g = image.createGraphics();
    g.setColor(boxColour);
    g.setStroke(new BasicStroke(1f));
    for (PixelBox box : boxes) {
      g.drawRect(box.x0(), box.y0(), box.width() - 1, box.height() - 1);
    }
    g.setColor(moreColour);
    for (PixelBox box : moreBoxes) {
      g.drawRect(box.x0(), box.y0(), box.width() - 1, box.height() - 1);
    }
    g.dispose();
    StagedFile.write(png, "quicklook", tmp -> {
      if (!ImageIO.write(image, "png", tmp.toFile())) {
        throw new IOException("no PNG writer available");
      }
    });
  }
}
