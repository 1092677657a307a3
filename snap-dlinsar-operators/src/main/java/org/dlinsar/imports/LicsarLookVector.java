package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlinsar.ifg.LineOfSight;

/**
 * A LiCSAR frame's line-of-sight unit vector, ground to satellite, at an imported stack's centre:
 * its east, north and up components ({@code <frame>.geo.E.tif}, {@code .N.tif}, {@code .U.tif}
 * in the frame's metadata, 0 outside the swath, as LiCSBAS reads them), averaged over the pixels
 * within {@value #HALF_WINDOW} of the centre whose up component lies in (0.1, 1); and each pixel's
 * incidence, acos(up), from the up component on the stack's grid.
 */
final class LicsarLookVector {

  static final String EAST = ".geo.E.tif";
  static final String NORTH = ".geo.N.tif";
  static final String UP = ".geo.U.tif";
  private static final int HALF_WINDOW = 4;
  private static final double LEAST_UP = 0.1;

  private LicsarLookVector() {}

  /**
   * The frame's heading and incidence at the stack's centre: the incidence acos(up), the heading
   * 90 degrees clockwise from the horizontal direction to the satellite, as Sentinel-1 looks right.
   * None without the three files or valid samples at the centre.
   *
   * @throws IOException naming a file that is there but cannot be read
   */
  static FoundInFiles<ImportedLineOfSight> lineOfSight(GeoTiffStack frame) throws IOException {
    List<Path> places = LicsarFrame.metadataPlaces(frame);
    Path[] files = new Path[3];
    String[] suffixes = {EAST, NORTH, UP};
    for (int c = 0; c < 3; c++) {
      String suffix = suffixes[c];
      Optional<Path> file = FolderFiles.first(places, name -> name.endsWith(suffix));
      if (file.isEmpty()) {
        return FoundInFiles.none("no LiCSAR <frame>" + suffix + " in the frame's folder or"
            + " metadata/");
      }
      files[c] = file.get();
    }
    float[] up = window(files[2], frame.grid());
    float[] east = window(files[0], frame.grid());
    float[] north = window(files[1], frame.grid());
    double[] sum = new double[3];
    int n = 0;
    for (int k = 0; k < up.length && up.length == east.length && up.length == north.length; k++) {
      if (up[k] > LEAST_UP && up[k] < 1 && Float.isFinite(east[k]) && Float.isFinite(north[k])) {
        sum[0] += east[k];
        sum[1] += north[k];
        sum[2] += up[k];
        n++;
      }
    }
    double horizontal = Math.hypot(sum[0], sum[1]);
    if (n == 0 || !(horizontal > 0)) {
      return FoundInFiles.none(files[2] + " and the east and north files beside it give no"
          + " line of sight (up in (0.1, 1)) at the stack's centre");
    }
    double incidence = Math.toDegrees(Math.atan2(horizontal, sum[2]));
    double toSatellite = Math.toDegrees(Math.atan2(sum[0], sum[1]));
    UpComponent perPixel = UpComponent.of(files[2], frame.grid());
    double heading = ImportedLineOfSight.inRange(toSatellite + 90);
    String note = String.format(Locale.ROOT, "LiCSAR %s, %s and %s at the stack's centre: heading %.2f deg,"
        + " incidence %.2f deg, right-looking; %s", FolderFiles.recorded(files[0]), FolderFiles.recorded(files[1]),
        FolderFiles.recorded(files[2]), heading, incidence, perPixel != null
            ? "each pixel's incidence from the up component (" + LineOfSight.INCIDENCE_BAND + ")"
            : "the up component does not cover the stack's grid, so its pixels take the centre's incidence");
    return FoundInFiles.of(new ImportedLineOfSight(heading, incidence, note, perPixel));
  }

  /**
   * Each pixel's incidence, acos(up) in degrees, from a frame's up component: on the stack's grid,
   * or bilinearly from a lon/lat grid covering it ({@link DemGrid}); NaN where up is not in (0.1,
   * 1), outside the swath, and where such a sample is among the four interpolated from.
   */
  record UpComponent(Path file, DemGrid resampling) implements IncidenceMap {

    /** The up component of {@code file} over {@code grid}; null where its grid does not cover it. */
    static UpComponent of(Path file, GeoTiffGrid grid) throws IOException {
      GeoTiffGrid own = GeoTiffRaster.header(file).grid();
      if (grid.matches(own)) {
        return new UpComponent(file, null);
      }
      DemGrid resampling = new DemGrid(own, grid);
      return resampling.covers() ? new UpComponent(file, resampling) : null;
    }

    @Override
    public float[] degrees(Rectangle box) {
      Rectangle window = resampling == null ? box : resampling.window(box);
      float[] up = GeoTiffRaster.read(file, window);
      for (int k = 0; k < up.length; k++) {
        up[k] = up[k] > LEAST_UP && up[k] < 1 ? up[k] : Float.NaN;
      }
      float[] out = resampling == null ? up : resampling.interpolate(up, window, box);
      for (int k = 0; k < out.length; k++) {
        out[k] = (float) Math.toDegrees(Math.acos(out[k]));
      }
      return out;
    }
  }

  /** The mean of the up component {@code up} at {@code grid}'s centre, cos(incidence); NaN where none. */
  static double upAtCentre(Path up, GeoTiffGrid grid) throws IOException {
    double sum = 0;
    int n = 0;
    for (float v : window(up, grid)) {
      if (v > 0 && v < 1) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The samples of {@code file} within {@value #HALF_WINDOW} pixels of {@code grid}'s centre. */
  private static float[] window(Path file, GeoTiffGrid grid) throws IOException {
    GeoTiffGrid own = GeoTiffRaster.header(file).grid();
    double lon = grid.longitude(grid.width() / 2.0);
    double lat = grid.latitude(grid.height() / 2.0);
    int x = (int) Math.floor((lon - own.lon0()) / own.lonStep() + 0.5);
    int y = (int) Math.floor((lat - own.lat0()) / own.latStep() + 0.5);
    int x0 = Math.max(0, x - HALF_WINDOW);
    int y0 = Math.max(0, y - HALF_WINDOW);
    int x1 = Math.min(own.width(), x + HALF_WINDOW + 1);
    int y1 = Math.min(own.height(), y + HALF_WINDOW + 1);
    if (x1 <= x0 || y1 <= y0) {
      return new float[0];
    }
    try {
      return GeoTiffRaster.read(file, new Rectangle(x0, y0, x1 - x0, y1 - y0));
    } catch (UncheckedIOException e) {
      throw new IOException(e.getMessage(), e.getCause()); // its message names the file
    }
  }
}
