package org.dlinsar.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * Greedy non-maximum suppression: the boxes a detection network proposes, the best first; a box
 * is dropped when it overlaps a kept one at IoU {@value #MAX_IOU} or more, or its centre lies in
 * a kept one (several cells of one slide propose boxes of different sizes around it). Runs once
 * over the whole frame, so a target proposed by the cells of two strips or tiles is one
 * detection.
 */
final class BoxSuppression {

  /** IoU at and above which two boxes are one target. */
  static final double MAX_IOU = 0.3;

  private BoxSuppression() {}

  /** A box a network proposes, with its score in [0, 1]. */
  record Proposal(PixelBox box, int cellX, int cellY, double score) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * @param proposals in any order; not modified
   * @return the kept proposals, the best first (ties: the upper, then the left cell first)
   */
  static List<Proposal> suppress(List<Proposal> proposals) {
    List<Proposal> sorted = new ArrayList<>(proposals);
    sorted.sort(Comparator.comparingDouble((Proposal p) -> -p.score())
        .thenComparingInt(Proposal::cellY).thenComparingInt(Proposal::cellX));
    List<Proposal> kept = new ArrayList<>();
    for (Proposal p : sorted) {
      if (kept.stream().noneMatch(k -> sameTarget(k.box(), p.box()))) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** Whether {@code other} is the target {@code kept} stands for: see the class comment. */
  static boolean sameTarget(PixelBox kept, PixelBox other) {
    int cx = (other.x0() + other.x1()) / 2;
    int cy = (other.y0() + other.y1()) / 2;
    return kept.contains(cx, cy) || BoxOverlap.iou(kept, other) >= MAX_IOU;
  }
}
