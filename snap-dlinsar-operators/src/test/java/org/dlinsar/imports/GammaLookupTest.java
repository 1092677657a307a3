package org.dlinsar.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lookup table made from a known radar geometry (a rotated, slightly curved mapping of radar
 * pixels to lon/lat, as a descending pass over hills gives) on a finer map grid, inverted back:
 * the tie points give every radar pixel centre its true position, also where a hole of the table
 * (layover) leaves a tie point without pixels of its own.
 */
class GammaLookupTest {

  private static final int W = 48;
  private static final int H = 40;
  /** Map posting, degrees: finer than a radar pixel, as gc_map's DEM grid usually is. */
  private static final double POST = 0.8e-4;

  @TempDir
  Path dir;

  /** True longitude of radar image coordinate (x, y). */
  private static double lon(double x, double y) {
    return 7.0 + 3.0e-4 * x + 0.5e-4 * y + 2e-7 * x * x;
  }

  /** True latitude of radar image coordinate (x, y). */
  private static double lat(double x, double y) {
    return 45.0 - 0.6e-4 * x - 1.2e-4 * y + 1e-7 * y * y;
  }

  @Test
  void theTiePointsGiveEveryRadarPixelCentreItsPositionWithinATenthOfAPixel() throws IOException {
    Path demPar = writeTable(dir.resolve("eqa.lt"), dir.resolve("eqa.dem_par"), true);

    TiePointPositions positions = GammaLookup.of(dir.resolve("eqa.lt")).positions(W, H, 8);

    // a tenth of a radar pixel: about 3e-5 deg east, 1.2e-5 deg north; half a pixel's shift of
    // the GAMMA index convention would be five times that
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double[] at = positions.at(x + 0.5, y + 0.5);
        assertEquals(lat(x + 0.5, y + 0.5), at[0], 1.2e-5, "lat at " + x + "," + y);
        assertEquals(lon(x + 0.5, y + 0.5), at[1], 3.0e-5, "lon at " + x + "," + y);
      }
    }
    assertEquals(demPar, GammaLookup.of(dir.resolve("eqa.lt")).map().file());
  }

  /** On a lon/lat grid the positions are linear, so the tie points give every pixel centre. */
  @Test
  void aGridsTiePointsGiveItsPixelCentres() {
    GeoTiffGrid grid = new GeoTiffGrid(37, 29, 150.91, -34.17, 8.3e-4, -8.3e-4);
    TiePointPositions positions = TiePointPositions.of(grid, 16);
    for (int y = 0; y < 29; y++) {
      for (int x = 0; x < 37; x++) {
        double[] at = positions.at(x + 0.5, y + 0.5);
        assertEquals(grid.latitude(y + 0.5), at[0], 1e-5);
        assertEquals(grid.longitude(x + 0.5), at[1], 1e-5);
      }
    }
  }

  @Test
  void aTableOfAnotherSizeOrWithoutItsGridIsNamed() throws IOException {
    writeTable(dir.resolve("eqa.lt"), dir.resolve("eqa.dem_par"), false);
    Path other = GammaFiles.writeDemPar(dir.resolve("other.dem_par"), "EQA", 10, 10, 45, 7, -1e-4, 1e-4);

    IOException size = assertThrows(IOException.class,
        () -> GammaLookup.of(dir.resolve("eqa.lt"), other));
    assertTrue(size.getMessage().startsWith(dir.resolve("eqa.lt") + ": "), size.getMessage());
    assertTrue(size.getMessage().contains(other.toString()), size.getMessage());

    Files.delete(dir.resolve("eqa.dem_par"));
    IOException none = assertThrows(IOException.class, () -> GammaLookup.of(dir.resolve("eqa.lt")));
    assertTrue(none.getMessage().startsWith(dir.resolve("eqa.lt") + ": no DEM parameter file"),
        none.getMessage());
  }

  /** A little-endian table read big-endian would put the tie points anywhere: it is named. */
  @Test
  void aLittleEndianTableIsNamed() throws IOException {
    Path table = dir.resolve("eqa.lt");
    Path demPar = writeTable(table, dir.resolve("eqa.dem_par"), false);
    byte[] bytes = Files.readAllBytes(table);
    for (int k = 0; k < bytes.length; k += 4) {
      for (int b = 0; b < 2; b++) {
        byte swap = bytes[k + b];
        bytes[k + b] = bytes[k + 3 - b];
        bytes[k + 3 - b] = swap;
      }
    }
    Files.write(table, bytes);

    for (Executable read : List.<Executable>of(() -> GammaLookup.of(table), () -> GammaLookup.of(table, demPar))) {
      IOException e = assertThrows(IOException.class, read);
      assertTrue(e.getMessage().startsWith(table + ": little-endian float32"), e.getMessage());
    }
  }

  /**
   * Writes the lookup table of the true geometry on a map grid covering the radar grid, 0 + 0i
   * (GAMMA's "no position") over a hole about radar pixel (20, 20) when {@code hole}; returns the
   * DEM parameter file.
   */
  private static Path writeTable(Path table, Path demPar, boolean hole) throws IOException {
    double west = lon(0, H);
    double east = lon(W, 0) + 2e-4;
    double north = lat(0, 0);
    double south = lat(W, H);
    int mw = (int) Math.ceil((east - west) / POST) + 1;
    int mh = (int) Math.ceil((north - south) / POST) + 1;
    float[] lt = new float[2 * mw * mh];
    for (int j = 0; j < mh; j++) {
      for (int i = 0; i < mw; i++) {
        double[] xy = radarOf(west + i * POST, north - j * POST);
        boolean inHole = hole && Math.abs(xy[0] - 20) < 6 && Math.abs(xy[1] - 20) < 6;
        // GAMMA's range sample and azimuth line index the pixel whose centre is at index + 0.5
        lt[2 * (j * mw + i)] = inHole ? 0f : (float) (xy[0] - 0.5);
        lt[2 * (j * mw + i) + 1] = inHole ? 0f : (float) (xy[1] - 0.5);
      }
    }
    GammaFiles.writeFloats(table, lt);
    return GammaFiles.writeDemPar(demPar, "EQA", mw, mh, north, west, -POST, POST);
  }

  /** The radar image coordinates of (lon, lat): Newton's method on the true mapping. */
  private static double[] radarOf(double lon, double lat) {
    double x = W / 2.0;
    double y = H / 2.0;
    for (int k = 0; k < 20; k++) {
      double f = lon(x, y) - lon;
      double g = lat(x, y) - lat;
      double fx = 3.0e-4 + 4e-7 * x;
      double fy = 0.5e-4;
      double gx = -0.6e-4;
      double gy = -1.2e-4 + 2e-7 * y;
      double det = fx * gy - fy * gx;
      x -= (f * gy - fy * g) / det;
      y -= (fx * g - gx * f) / det;
    }
    return new double[] {x, y};
  }
}
