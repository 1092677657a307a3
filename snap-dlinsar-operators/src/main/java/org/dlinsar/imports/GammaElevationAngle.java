package org.dlinsar.imports;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Each pixel's incidence from GAMMA's look-vector elevation angle ({@code *.lv_theta}, which
 * {@code look_vector} writes on the DEM's grid beside geocoded interferograms: float32,
 * big-endian, the angle of the line of sight above the ellipsoid's horizontal, 0 where none): the
 * incidence is 90 degrees less it. GAMMA writes radians; PyRate's converted test data hold degrees
 * (Sydney: 67.03, its {@code incidence_angle} 22.97). An elevation angle in radians is at most pi /
 * 2, and one in degrees that small would be an incidence over 88 degrees, which no SAR looks at:
 * the file's centre row tells which unit it holds.
 *
 * @param file the {@code .lv_theta} file
 * @param width the stack's width, samples per line
 * @param degrees whether the file holds degrees rather than radians
 */
record GammaElevationAngle(Path file, int width, boolean degrees) implements IncidenceMap {

  static final String SUFFIX = ".lv_theta";

  /**
   * The one {@code *.lv_theta} among {@code candidates} of the stack's {@code width} x {@code
   * height} float32 samples whose centre row holds an elevation angle; null when there is none, or
   * several.
   *
   * @throws IOException naming a file that fits but cannot be read
   */
  static GammaElevationAngle find(List<Path> candidates, int width, int height) throws IOException {
    GammaElevationAngle found = null;
    for (Path file : candidates) {
      if (!file.getFileName().toString().endsWith(SUFFIX) || Files.size(file) != 4L * width * height) {
        continue;
      }
      float[] centreRow;
      try {
        centreRow = BigEndianRaster.read(file, width, 1, 0, height / 2, width, 1);
      } catch (UncheckedIOException e) {
        throw new IOException(e.getMessage(), e.getCause()); // its message names the file
      }
      double largest = 0;
      for (float v : centreRow) {
        largest = v > 0 && v <= 90 ? Math.max(largest, v) : largest;
      }
      if (largest > 0) {
        if (found != null) {
          return null; // two of the stack's size: which is this stack's is not for the import to guess
        }
        found = new GammaElevationAngle(file, width, largest > Math.PI / 2 + 1e-6);
      }
    }
    return found;
  }

  @Override
  public float[] degrees(Rectangle box) {
    float[] out = BigEndianRaster.read(file, width, 1, box.x, box.y, box.width, box.height);
    for (int k = 0; k < out.length; k++) {
      double elevation = degrees ? out[k] : Math.toDegrees(out[k]);
      out[k] = elevation > 0 && elevation < 90 ? (float) (90 - elevation) : Float.NaN;
    }
    return out;
  }
}
