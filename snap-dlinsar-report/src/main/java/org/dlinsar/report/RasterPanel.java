package org.dlinsar.report;

import java.util.List;
import java.util.Objects;

/**
 * One raster figure of the report: its samples, how they are coloured (with the colour bar's
 * unit), the boxes drawn over it and a caption.
 *
 * @param title heading above the image
 * @param values row-major samples, {@code width * height}; NaN = no data; not modified
 * @param width raster width in pixels
 * @param height raster height in pixels
 * @param scale colours and unit of the colour bar
 * @param layers boxes drawn over the image, in order
 * @param caption one or two sentences under it, plain text
 * @param originX the frame pixel column of the raster's first column, as its axis labels count
 *     (0 for a whole frame; a patch's left edge for a patch)
 * @param originY the frame pixel row of the raster's first row
 */
public record RasterPanel(String title, float[] values, int width, int height, ColourScale scale,
    List<BoxLayer> layers, String caption, int originX, int originY) {

  public RasterPanel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(caption, "caption");
    layers = List.copyOf(layers);
    if (width < 1 || height < 1 || values.length != width * height) {
      throw new IllegalArgumentException("panel '" + title + "': " + width + " x " + height
          + " raster needs " + (long) width * height + " samples, got " + values.length);
    }
  }

  /** A panel of a whole frame: its axes count from 0. */
  public RasterPanel(String title, float[] values, int width, int height, ColourScale scale,
      List<BoxLayer> layers, String caption) {
    this(title, values, width, height, scale, layers, caption, 0, 0);
  }
}
