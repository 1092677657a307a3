package org.dlinsar.unwrap;

import java.util.ArrayList;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * The parts of the raster DL-Unwrap unwraps: the whole raster, or the patches around detections,
 * each box grown by the margin and clipped to the raster, patches that overlap or share an edge
 * merged into their common bounding box so that every pixel is unwrapped once, in one consistent
 * solution (until stop 70 patches that shared an edge only were unwrapped apart, each to its own
 * constant: a whole-cycle step where they met, and one 4-connected set of pixels in two components).
 */
public final class UnwrapRegions {

  private UnwrapRegions() {}

  static List<PixelBox> whole(int width, int height) {
    return List.of(PixelBox.of(0, 0, width, height));
  }

  /**
   * @param boxes detection boxes; not modified
   * @throws IllegalArgumentException naming a box that lies outside the raster
   */
  public static List<PixelBox> around(List<PixelBox> boxes, int margin, int width, int height) {
    List<PixelBox> regions = new ArrayList<>();
    for (PixelBox box : boxes) {
      if (box.x0() >= width || box.y0() >= height || box.x1() <= 0 || box.y1() <= 0) {
        throw new IllegalArgumentException("detection box " + box + " lies outside the " + width + " x "
            + height + " raster");
      }
      regions.add(box.grownWithin(margin, width, height));
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int a = 0; a < regions.size() && !merged; a++) {
        for (int b = a + 1; b < regions.size() && !merged; b++) {
          PixelBox p = regions.get(a);
          PixelBox q = regions.get(b);
          if (overlapOrShareAnEdge(p, q)) {
            regions.set(a, new PixelBox(StrictMath.min(p.x0(), q.x0()), StrictMath.min(p.y0(), q.y0()),
                StrictMath.max(p.x1(), q.x1()), StrictMath.max(p.y1(), q.y1())));
            regions.remove(b);
            merged = true;
          }
        }
      }
    }
    return List.copyOf(regions);
  }

  /**
   * Whether two boxes overlap or share an edge: apart, each would be unwrapped to its own constant,
   * a cycle step where they meet. Boxes meeting at a corner only share no 4-connected edge.
   */
  private static boolean overlapOrShareAnEdge(PixelBox p, PixelBox q) {
    boolean overlapX = p.x0() < q.x1() && q.x0() < p.x1();
    boolean overlapY = p.y0() < q.y1() && q.y0() < p.y1();
    boolean touchX = p.x0() <= q.x1() && q.x0() <= p.x1();
    boolean touchY = p.y0() <= q.y1() && q.y0() <= p.y1();
    return (overlapX && touchY) || (touchX && overlapY);
  }
}
