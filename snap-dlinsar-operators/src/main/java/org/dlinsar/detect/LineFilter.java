package org.dlinsar.detect;

import java.awt.Rectangle;
import java.util.List;
import java.util.function.Function;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.RadarWavelength;
import org.dlinsar.sim.PixelBox;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * DL-Detect's test of a box against lines across the frame ({@link LineShare}): a box whose
 * azimuth gradient profile a flank along its rows repeats, or whose range gradient profile a flank
 * along its columns repeats, lies on a seam or a fault creeping across the frame, not on a moving
 * slope or a bowl, and is dropped. The flanks follow a line turned up to {@code maxLineTilt}
 * degrees off the rows or columns ({@link TiltedLines}): by default {@value
 * TiltedLines#MAP_GRID_DEGREES} on a map grid (whose seams run off its axes as the track runs off
 * north) and 0 in radar geometry (whose burst and subswath seams run along its rows and columns;
 * looking further there only lined up neighbouring targets, README "Lines across the frame"). It
 * reads the sources' gradient stack and runs only where they have one; it says what it does for
 * the {@code Detections} metadata.
 */
final class LineFilter {

  /** The parameter that sets the filter, in log lines and metadata. */
  static final String PARAMETER = "maxLineShare";
  /** The parameter of the largest tilt, in log lines and metadata. */
  static final String TILT_PARAMETER = "maxLineTilt";
  /** {@value #TILT_PARAMETER}'s value that leaves the tilt to the grid. */
  static final double BY_GRID = -1;

  private final DetectionRun run;
  private final double maxTiltDeg;

  /** @param maxTiltDeg the largest tilt of a line, degrees, or {@link #BY_GRID} */
  LineFilter(DetectionRun run, double maxTiltDeg) {
    this.run = run;
    this.maxTiltDeg = maxTiltDeg;
  }

  /**
   * The largest tilt: as given, or by the grid ({@link #BY_GRID}): {@value
   * TiltedLines#MAP_GRID_DEGREES} where a source's {@code Abstracted_Metadata} says it is terrain
   * corrected ({@code is_terrain_corrected} 1: SNAP's Terrain-Correction, the LiCSAR, GeoTIFF and
   * geocoded GAMMA imports), else 0.
   */
  private double maxTiltDeg() {
    if (maxTiltDeg != BY_GRID) {
      return maxTiltDeg;
    }
    for (Product source : run.sources) {
      MetadataElement abs = source.getMetadataRoot().getElement(RadarWavelength.ABSTRACTED_METADATA);
      if (abs != null && abs.getAttributeInt("is_terrain_corrected", 0) == 1) {
        return TiltedLines.MAP_GRID_DEGREES;
      }
    }
    return 0;
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
    double tilt = maxTiltDeg();
    return run.keeping(findings, f -> share(boxOf.apply(f), azimuth, range, tilt) <= maxShare,
        what + " dropped on lines across the frame (a flank beyond the box repeats its gradient"
            + " profile: " + PARAMETER + " " + maxShare + ", lines up to " + Math.round(tilt)
            + " degrees off the axes): seams or faults creeping");
  }

  /** What {@link #offLines} does with {@code maxShare}, for the {@code Detections} metadata. */
  String rule(double maxShare) {
    String rule = PARAMETER + " " + maxShare;
    Product stack = run.gradientStackOrNull();
    return !filters(maxShare) ? "off: " + rule
        : stack == null ? "off: no gradient stack (" + rule + ")"
        : rule + " on the gradient stack of '" + stack.getName() + "', lines up to "
            + Math.round(maxTiltDeg()) + " degrees off its axes (" + TILT_PARAMETER + ")";
  }

  private static boolean filters(double maxShare) {
    return maxShare < 1;
  }

  /**
   * The box's line share ({@link LineShare#ofBox}) from its fits along its rows (azimuth gradient,
   * flanks left and right) and along its columns (range gradient, flanks above and below), each
   * along the tilt its flanks line up along, up to {@code tilt} degrees ({@link TiltedLines}).
   */
  private double share(PixelBox box, Band azimuth, Band range, double tilt) {
    int reach = LineShare.reach(box.width());
    int pad = TiltedLines.pad(box.width(), tilt);
    int x0 = Math.max(0, box.x0() - reach);
    int x1 = Math.min(run.width, box.x1() + reach);
    int wy0 = Math.max(0, box.y0() - pad);
    int wy1 = Math.min(run.height, box.y1() + pad);
    float[] rowWindow = run.rasters.read(new Rectangle(x0, wy0, x1 - x0, wy1 - wy0), azimuth)[0];
    double alongRows = TiltedLines.alongRows(rowWindow, x1 - x0, box.y0() - wy0, box.height(), box.x0() - x0,
        box.x1() - x0, tilt);
    reach = LineShare.reach(box.height());
    pad = TiltedLines.pad(box.height(), tilt);
    int y0 = Math.max(0, box.y0() - reach);
    int y1 = Math.min(run.height, box.y1() + reach);
    int wx0 = Math.max(0, box.x0() - pad);
    int wx1 = Math.min(run.width, box.x1() + pad);
    float[] columnWindow = LineShare.transposed(run.rasters.read(
        new Rectangle(wx0, y0, wx1 - wx0, y1 - y0), range)[0], wx1 - wx0, y1 - y0);
    double alongColumns = TiltedLines.alongRows(columnWindow, y1 - y0, box.x0() - wx0, box.width(),
        box.y0() - y0, box.y1() - y0, tilt);
    // the box's own rows (and columns) for the variances
    float[] rows = TiltedLines.boxRows(rowWindow, x1 - x0, box.y0() - wy0, box.height());
    float[] columns = TiltedLines.boxRows(columnWindow, y1 - y0, box.x0() - wx0, box.width());
    return LineShare.ofBox(alongRows, alongColumns,
        LineShare.variance(rows, x1 - x0, box.x0() - x0, box.x1() - x0),
        LineShare.variance(columns, y1 - y0, box.y0() - y0, box.y1() - y0));
  }
}
