package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.List;
import java.util.function.Function;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;

/**
 * DL-Detect's test of a box against lines across the frame ({@link LineShare}): a box whose
 * azimuth gradient profile a flank along its rows repeats, or whose range gradient profile a flank
 * along its columns repeats, lies on a seam or a fault creeping across the frame, not on a moving
 * slope or a bowl, and is dropped. It reads the sources' gradient stack and runs only where they
 * have one; it says what it does for the {@code Detections} metadata.
 */
final class LineFilter {

  /** The parameter that sets the filter, in log lines and metadata. */
  static final String PARAMETER = "maxLineShare";

  private final DetectionRun run;

  LineFilter(DetectionRun run) {
    this.run = run;
  }

  /**
   * The findings whose line share is at most {@code maxShare}: all of them when it is 1 or more,
   * or when no source has a gradient stack.
   *
   * @param what the findings in the log line, {@link SlopeFilter#BLOBS} or {@link
   *     SlopeFilter#NETWORK_BOXES}
   */
  <T> List<T> offLines(List<T> findings, Function<T, PixelBox> boxOf, double maxShare,
      String what) {
    Product stack = run.gradientStackOrNull();
    if (findings.isEmpty() || !filters(maxShare) || stack == null) {
      return findings;
    }
    Band azimuth = stack.getBand(BandNames.GRADIENT_AZIMUTH);
    Band range = stack.getBand(BandNames.GRADIENT_RANGE);
    return run.keeping(findings, f -> share(boxOf.apply(f), azimuth, range) <= maxShare,
        what + " dropped on lines across the frame (a flank beyond the box repeats its gradient"
            + " profile: " + PARAMETER + " " + maxShare + "): seams or faults creeping");
  }

  /** What {@link #offLines} does with {@code maxShare}, for the {@code Detections} metadata. */
  String rule(double maxShare) {
    String rule = PARAMETER + " " + maxShare;
    Product stack = run.gradientStackOrNull();
    return !filters(maxShare) ? "off: " + rule
        : stack == null ? "off: no gradient stack (" + rule + ")"
        : rule + " on the gradient stack of '" + stack.getName() + "'";
  }

  private static boolean filters(double maxShare) {
    return maxShare < 1;
  }

  /**
   * The box's line share ({@link LineShare#ofBox}) from its fits along its rows (azimuth gradient,
   * flanks left and right) and along its columns (range gradient, flanks above and below).
   */
  private double share(PixelBox box, Band azimuth, Band range) {
    int reach = LineShare.reach(box.width());
    int x0 = Math.max(0, box.x0() - reach);
    int x1 = Math.min(run.width, box.x1() + reach);
    float[] rows = run.rasters.read(new Rectangle(x0, box.y0(), x1 - x0, box.height()), azimuth)[0];
    double alongRows = LineShare.alongRows(rows, x1 - x0, box.height(), box.x0() - x0,
        box.x1() - x0);
    reach = LineShare.reach(box.height());
    int y0 = Math.max(0, box.y0() - reach);
    int y1 = Math.min(run.height, box.y1() + reach);
    float[] columns = LineShare.transposed(run.rasters.read(
        new Rectangle(box.x0(), y0, box.width(), y1 - y0), range)[0], box.width(), y1 - y0);
    double alongColumns = LineShare.alongRows(columns, y1 - y0, box.width(), box.y0() - y0,
        box.y1() - y0);
    return LineShare.ofBox(alongRows, alongColumns,
        LineShare.variance(rows, x1 - x0, box.x0() - x0, box.x1() - x0),
        LineShare.variance(columns, y1 - y0, box.y0() - y0, box.y1() - y0));
  }
}
