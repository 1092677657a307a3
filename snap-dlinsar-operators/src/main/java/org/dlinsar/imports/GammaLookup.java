package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrix3x3;
import org.ejml.dense.fixed.CommonOps_DDF3;

/**
 * A GAMMA lookup table ({@code gc_map}'s {@code *.lt}, map to radar): for each pixel of a DEM's
 * lon/lat grid, fcomplex big-endian, the range sample and azimuth line it falls on in the radar
 * geometry of the interferograms. Inverted here into the positions of the radar grid's tie
 * points, so that interferograms left in radar geometry are geocoded.
 *
 * <p>Each tie point's latitude and longitude are fitted, by least squares, as planes in radar
 * coordinates to the map pixels that fall within a step of it (weighted by a tent, so
 * neighbouring fits agree); the plane's value at the tie point is its position. This reads the
 * table once, a line at a time, and does not need the table to reach every radar pixel: tie
 * points no map pixel falls near (the table's edge, layover gaps) take the planes of their
 * fitted neighbours.
 *
 * @param table the lookup table
 * @param map the DEM parameter file of its grid
 */
public record GammaLookup(Path table, GammaDemPar map) {

  /** Radar pixels between tie points. */
  public static final int STEP = 16;
  /** Least tent weight a tie point's fit needs (about three map pixels near it). */
  private static final double MIN_WEIGHT = 1.0;

  /**
   * The lookup table {@code table} on the grid of {@code demPar}.
   *
   * @throws IOException one line naming the file that cannot be read, whose size is not the
   *     grid's fcomplex, or whose samples read as numbers only little-endian
   */
  public static GammaLookup of(Path table, Path demPar) throws IOException {
    GammaDemPar map = GammaDemPar.read(demPar);
    if (!fits(Files.size(table), map.grid())) {
      throw new IOException(table + ": " + Files.size(table) + " bytes, but a lookup table on the "
          + map.grid().width() + " x " + map.grid().height() + " grid of " + demPar
          + " is fcomplex of " + 8L * map.grid().width() * map.grid().height() + " bytes");
    }
    BigEndianRaster.checkBigEndian(table);
    return new GammaLookup(table, map);
  }

  /**
   * The lookup table {@code table} on the grid of the one DEM parameter file beside it whose grid
   * it fits.
   *
   * @throws IOException one line naming the table when none fits, or several do
   */
  public static GammaLookup of(Path table) throws IOException {
    long size = Files.size(table);
    List<GammaDemPar> fitting = GammaDemPar.fitting(table.toAbsolutePath().getParent(),
        grid -> fits(size, grid));
    if (fitting.size() != 1) {
      throw new IOException(table + ": " + (fitting.isEmpty() ? "no" : fitting.size())
          + " DEM parameter file(s) beside it whose grid it fits; name its grid with --dem-par");
    }
    BigEndianRaster.checkBigEndian(table);
    return new GammaLookup(table, fitting.get(0));
  }

  /** Whether a table of {@code bytes} is fcomplex on {@code grid}. */
  private static boolean fits(long bytes, GeoTiffGrid grid) {
    return bytes == 8L * grid.width() * grid.height();
  }

  /**
   * The positions of the tie points every {@code step} pixels of the {@code width x height} radar
   * grid.
   *
   * @throws IOException naming the table when no map pixel of it falls on the radar grid
   */
  public TiePointPositions positions(int width, int height, int step) throws IOException {
    int columns = TiePointPositions.columnsFor(width, step);
    int rows = TiePointPositions.columnsFor(height, step);
    // per tie point: the normal equations of the two planes, relative to the grid's first pixel
    double[][] sums = new double[columns * rows][12];
    GeoTiffGrid grid = map.grid();
    double lat0 = grid.latitude(0.5);
    double lon0 = grid.longitude(0.5);
    for (int j = 0; j < grid.height(); j++) {
      float[] line = BigEndianRaster.read(table, grid.width(), 2, 0, j, grid.width(), 1);
      double lat = grid.latitude(j + 0.5) - lat0;
      for (int i = 0; i < grid.width(); i++) {
        float r = line[2 * i];
        float a = line[2 * i + 1];
        if (!(Float.isFinite(r) && Float.isFinite(a)) || r == 0f && a == 0f) {
          continue; // GAMMA writes 0 + 0i where the map pixel has no radar position
        }
        add(sums, columns, rows, step, r + 0.5, a + 0.5, lat, grid.longitude(i + 0.5) - lon0);
      }
    }
    double[][] planes = new double[columns * rows][];
    int fitted = 0;
    for (int t = 0; t < planes.length; t++) {
      planes[t] = solve(sums[t]);
      fitted += planes[t] != null ? 1 : 0;
    }
    if (fitted == 0) {
      throw new IOException(table + ": no pixel of the lookup table falls on the " + width + " x "
          + height + " radar grid of the interferograms");
    }
    fillFromNeighbours(planes, columns, rows);
    float[] latitude = new float[planes.length];
    float[] longitude = new float[planes.length];
    for (int t = 0; t < planes.length; t++) {
      latitude[t] = (float) (lat0 + planes[t][0]);
      longitude[t] = (float) (lon0 + planes[t][3]);
    }
    return new TiePointPositions(step, columns, rows, latitude, longitude);
  }

  /** Adds one map pixel at radar image coordinates (x, y) to the tie points within a step. */
  private static void add(double[][] sums, int columns, int rows, int step, double x, double y,
      double lat, double lon) {
    int i0 = (int) Math.floor((x - 0.5) / step);
    int j0 = (int) Math.floor((y - 0.5) / step);
    for (int j = Math.max(0, j0); j <= Math.min(rows - 1, j0 + 1); j++) {
      double dy = (y - (0.5 + (double) j * step)) / step;
      for (int i = Math.max(0, i0); i <= Math.min(columns - 1, i0 + 1); i++) {
        double dx = (x - (0.5 + (double) i * step)) / step;
        double w = (1 - Math.abs(dx)) * (1 - Math.abs(dy));
        if (!(w > 0)) {
          continue;
        }
        double[] s = sums[j * columns + i];
        s[0] += w;
        s[1] += w * dx;
        s[2] += w * dy;
        s[3] += w * dx * dx;
        s[4] += w * dx * dy;
        s[5] += w * dy * dy;
        s[6] += w * lat;
        s[7] += w * lat * dx;
        s[8] += w * lat * dy;
        s[9] += w * lon;
        s[10] += w * lon * dx;
        s[11] += w * lon * dy;
      }
    }
  }

  /**
   * The planes {lat, dlat/dx, dlat/dy, lon, dlon/dx, dlon/dy} (per step) of one tie point's sums,
   * or null when too few map pixels, or pixels on one line, fall near it.
   */
  private static double[] solve(double[] s) {
    if (!(s[0] >= MIN_WEIGHT)) {
      return null;
    }
    DMatrix3x3 normal = new DMatrix3x3(s[0], s[1], s[2], s[1], s[3], s[4], s[2], s[4], s[5]);
    DMatrix3x3 inverse = new DMatrix3x3();
    // a tie point whose pixels lie on a line (the table's edge) has no plane of its own
    if (Math.abs(CommonOps_DDF3.det(normal)) < 1e-9 * s[0] * s[0] * s[0]
        || !CommonOps_DDF3.invert(normal, inverse)) {
      return null;
    }
    double[] plane = new double[6];
    for (int k = 0; k < 3; k++) {
      plane[k] = inverse.get(k, 0) * s[6] + inverse.get(k, 1) * s[7] + inverse.get(k, 2) * s[8];
      plane[3 + k] = inverse.get(k, 0) * s[9] + inverse.get(k, 1) * s[10] + inverse.get(k, 2) * s[11];
    }
    return plane;
  }

  /**
   * Gives each tie point without a plane the mean of its fitted neighbours' planes carried to it,
   * ring after ring, until every one has one. Modified: planes.
   */
  private static void fillFromNeighbours(double[][] planes, int columns, int rows) {
    boolean missing = true;
    while (missing) {
      missing = false;
      double[][] next = planes.clone();
      for (int j = 0; j < rows; j++) {
        for (int i = 0; i < columns; i++) {
          if (planes[j * columns + i] != null) {
            continue;
          }
          double[] mean = new double[6];
          int n = 0;
          for (int dj = -1; dj <= 1; dj++) {
            for (int di = -1; di <= 1; di++) {
              int ni = i + di;
              int nj = j + dj;
              if (ni < 0 || nj < 0 || ni >= columns || nj >= rows
                  || planes[nj * columns + ni] == null) {
                continue;
              }
              double[] p = planes[nj * columns + ni];
              // the neighbour's plane at this tie point: one step away per unit of di, dj
              mean[0] += p[0] - di * p[1] - dj * p[2];
              mean[3] += p[3] - di * p[4] - dj * p[5];
              for (int k : new int[] {1, 2, 4, 5}) {
                mean[k] += p[k];
              }
              n++;
            }
          }
          if (n == 0) {
            missing = true;
            continue;
          }
          for (int k = 0; k < 6; k++) {
            mean[k] /= n;
          }
          next[j * columns + i] = mean;
        }
      }
      System.arraycopy(next, 0, planes, 0, planes.length);
    }
  }
}
