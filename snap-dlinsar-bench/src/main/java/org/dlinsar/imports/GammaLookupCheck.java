package org.dlinsar.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A real GAMMA lookup table inverted and checked against itself: each map pixel's lon/lat (its
 * DEM parameter file's grid) against the position the inverted tie points give the radar
 * coordinate the table sends it to. In package org.dlinsar.imports of the bench module to reach
 * the package-private raster reader.
 *
 * <p>Usage: {@code bench/java.sh org.dlinsar.imports.GammaLookupCheck table.lt grid.dem_par
 * radarWidth radarHeight}, e.g. PyRate's Mexico City crop: {@code
 * geometry/20180106_VV_8rlks_eqa_to_rdc.lt headers/cropA_20180106_VV_8rlks_eqa_dem.par 440 2940}.
 */
public final class GammaLookupCheck {

  private GammaLookupCheck() {}

  public static void main(String[] args) throws Exception {
    Path table = Path.of(args[0]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    GammaLookup lookup = GammaLookup.of(table, Path.of(args[1]));
    long start = System.nanoTime();
    TiePointPositions p = lookup.positions(width, height, GammaLookup.STEP);
    double ms = (System.nanoTime() - start) / 1e6;
    GeoTiffGrid map = lookup.map().grid();
    double[] errors = new double[map.width() * map.height()];
    int n = 0;
    for (int j = 0; j < map.height(); j++) {
      float[] line = BigEndianRaster.read(table, map.width(), 2, 0, j, map.width(), 1);
      for (int i = 0; i < map.width(); i++) {
        double x = line[2 * i] + 0.5;
        double y = line[2 * i + 1] + 0.5;
        if (!(x >= 0.5 && y >= 0.5 && x <= width - 0.5 && y <= height - 0.5)) {
          continue;
        }
        double[] at = p.at(x, y);
        double north = (at[0] - map.latitude(j + 0.5)) * 111_320;
        double east = (at[1] - map.longitude(i + 0.5)) * 111_320 * Math.cos(Math.toRadians(at[0]));
        errors[n++] = Math.hypot(north, east);
      }
    }
    double[] sorted = Arrays.copyOf(errors, n);
    Arrays.sort(sorted);
    double squares = 0;
    for (double e : sorted) {
      squares += e * e;
    }
    System.out.printf(Locale.ROOT, "%s: %d x %d tie points in %.0f ms; %d map pixels on the %d x %d"
        + " radar grid: position error rms %.1f m, median %.1f m, 95th percentile %.1f m, max %.1f m%n",
        table.getFileName(), p.columns(), p.rows(), ms, n, width, height, Math.sqrt(squares / n),
        sorted[n / 2], sorted[(int) (0.95 * (n - 1))], sorted[n - 1]);
  }
}
