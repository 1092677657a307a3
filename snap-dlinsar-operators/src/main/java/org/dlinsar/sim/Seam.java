package org.dlinsar.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Truth of one seam: a line along rows (a burst seam: the rows from {@code at} on are shifted) or
 * along columns (a subswath seam: the columns from {@code at} on), over the whole frame or a
 * stretch of it ({@code from} to {@code to} along the line; the stretch's ends step too, as a
 * burst's edges do), whose side beyond the line gains phase at a steady rate: each interferogram
 * steps by the rate times its time span, with one sign in every pair, so the step stacks into a
 * line of phase gradient. A fault creeping across the frame looks the same in the stack, as does
 * a Sentinel-1 burst seam whose misregistration drifts steadily (seams whose step changes sign
 * from pair to pair cancel in the stack and are not simulated). Not deformation: not in the true
 * velocity, and nothing a detector should report.
 *
 * @param id identifier, unique among the scene's seams, from 1
 * @param alongRows true: the shifted side is rows {@code at} on; false: columns {@code at} on
 * @param at the first shifted row (or column)
 * @param from the first column (or row) of the shifted stretch
 * @param to the column (or row) after the shifted stretch
 * @param radPerYear the rate of the step, radians per year, either sign
 * @param tiltDegrees how far the line turns off its axis, degrees, either way: the first shifted
 *     row (or column) is {@code at} at {@code pivot} along the line and moves by tan(tilt) per
 *     column (or row) beyond it, rounded
 * @param pivot where along the line it crosses {@code at}: the frame's middle
 */
public record Seam(int id, boolean alongRows, int at, int from, int to, double radPerYear, double tiltDegrees,
    int pivot) {

  private static final int STREAM = 13;

  /** Its direction as the truth metadata and the site list name it: "rows" or "columns". */
  String along() {
    return alongRows ? "rows" : "columns";
  }

  /** Whether pixel (x, y) lies on the shifted side. */
  boolean shifts(int x, int y) {
    int across = alongRows ? y : x;
    int along = alongRows ? x : y;
    return across >= at + Math.round((along - pivot) * Math.tan(Math.toRadians(tiltDegrees)))
        && along >= from && along < to;
  }

  /**
   * The scene's seams, a pure function of the scene: each along rows or columns (one in two),
   * between a tenth and nine tenths of the frame, over the whole frame or (one in two) a stretch
   * of a third to two thirds of it, its rate {@link SeamSpec#radPerYear} times 0.5 to 1.5 and
   * either sign, turned {@link SeamSpec#tiltDegrees} off its axis either way.
   */
  static List<Seam> plan(Scene scene) {
    SeamSpec spec = scene.seams();
    List<Seam> seams = new ArrayList<>();
    for (int i = 0; i < spec.count(); i++) {
      long h = HashRandom.hash(scene.seed(), STREAM, i, 0, 0);
      boolean alongRows = HashRandom.uniform(HashRandom.stream(h, 0)) < 0.5;
      int across = alongRows ? scene.height() : scene.width();
      int along = alongRows ? scene.width() : scene.height();
      int at = (int) (across * HashRandom.uniform(HashRandom.stream(h, 1), 0.1, 0.9));
      int from = 0;
      int to = along;
      if (HashRandom.uniform(HashRandom.stream(h, 2)) < 0.5) {
        int length = (int) (along * HashRandom.uniform(HashRandom.stream(h, 3), 1 / 3.0, 2 / 3.0));
        from = (int) ((along - length) * HashRandom.uniform(HashRandom.stream(h, 4)));
        to = from + length;
      }
      double sign = HashRandom.uniform(HashRandom.stream(h, 5)) < 0.5 ? -1 : 1;
      double tilt = HashRandom.uniform(HashRandom.stream(h, 7)) < 0.5 ? -spec.tiltDegrees() : spec.tiltDegrees();
      seams.add(new Seam(i + 1, alongRows, at, from, to,
          sign * spec.radPerYear() * HashRandom.uniform(HashRandom.stream(h, 6), 0.5, 1.5), tilt, along / 2));
    }
    return List.copyOf(seams);
  }
}
