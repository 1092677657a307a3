package org.dlinsar.report;

import java.util.List;
import java.util.Objects;
import org.dlinsar.sim.PixelBox;

/**
 * Boxes drawn over a raster panel, one colour and one legend entry per layer.
 *
 * @param label legend text ("DL-Detect", "true site")
 * @param colour the outlines' colour, CSS {@code #rrggbb}, drawn over its {@link BoxCasing}; dark
 *     (relative luminance up to 0.067) or light (0.40 and over) so that the box stands out of
 *     every map colour
 * @param boxes the boxes, in the panel raster's pixels
 * @param tags per box a short text drawn at its corner (the detection id), or empty for none
 */
public record BoxLayer(String label, String colour, List<PixelBox> boxes, List<String> tags) {

  public BoxLayer {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(colour, "colour");
    BoxCasing.rgb(colour);
    boxes = List.copyOf(boxes);
    tags = List.copyOf(tags);
    if (!tags.isEmpty() && tags.size() != boxes.size()) {
      throw new IllegalArgumentException("box layer '" + label + "': " + tags.size()
          + " tags for " + boxes.size() + " boxes");
    }
  }

  /** The black or white line under the outlines, CSS {@code #rrggbb}. */
  public String casing() {
    return BoxCasing.css(colour);
  }

  /** A layer without tags. */
  public static BoxLayer of(String label, String colour, List<PixelBox> boxes) {
    return new BoxLayer(label, colour, boxes, List.of());
  }
}
