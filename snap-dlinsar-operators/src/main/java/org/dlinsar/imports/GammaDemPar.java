package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A GAMMA DEM/map parameter file ({@code .dem_par}) and the lon/lat grid it gives: the grid that
 * geocoded GAMMA products ({@code geocode_back} output, {@code *_utm.unw}) and lookup tables lie
 * on. GAMMA's corner is the centre of the upper-left pixel, and the posts are the steps between
 * pixel centres (post_lat negative).
 *
 * @param file the parameter file
 * @param grid its grid
 */
public record GammaDemPar(Path file, GeoTiffGrid grid) {

  private static final List<String> KEYS =
      List.of("width", "nlines", "corner_lat", "corner_lon", "post_lat", "post_lon");

  /** Whether {@code name} is a DEM parameter file's: {@code *.dem_par}, {@code *dem.par}. */
  static boolean isDemPar(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("dem_par") || lower.endsWith("dem.par");
  }

  /**
   * The DEM parameter files of {@code folder} whose grid {@code fits} accepts, sorted by name;
   * files that are no readable EQA grid are passed over.
   */
  static List<GammaDemPar> fitting(Path folder, Predicate<GeoTiffGrid> fits) throws IOException {
    List<GammaDemPar> found = new ArrayList<>();
    for (Path file : FolderFiles.named(folder, GammaDemPar::isDemPar)) {
      try {
        GammaDemPar map = read(file);
        if (fits.test(map.grid())) {
          found.add(map);
        }
      } catch (IOException e) {
        // not a grid anything could lie on
      }
    }
    return found;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException one line naming the file when it cannot be read, lacks a key of the grid,
   *     or is on a projection other than EQA (lon/lat)
   */
  public static GammaDemPar read(Path file) throws IOException {
    Map<String, String> values = GammaPar.values(file);
    String projection = values.getOrDefault("DEM_projection", "EQA");
    if (!projection.equalsIgnoreCase("EQA")) {
      throw new IOException(file + ": DEM_projection " + projection + "; only EQA (a lon/lat"
          + " grid) is read, geocode the interferograms to EQA");
    }
    double[] v = new double[KEYS.size()];
    for (int k = 0; k < v.length; k++) {
      String text = values.get(KEYS.get(k));
      try {
        v[k] = Double.parseDouble(text == null ? "" : text);
      } catch (NumberFormatException e) {
        throw new IOException(file + ": no number for " + KEYS.get(k) + " (a DEM parameter file"
            + " gives " + String.join(", ", KEYS) + ")", e);
      }
    }
    if (!(v[0] >= 1) || !(v[1] >= 1) || v[4] == 0 || v[5] == 0) {
      throw new IOException(file + ": width " + v[0] + ", nlines " + v[1] + ", post_lat " + v[4]
          + ", post_lon " + v[5] + " do not make a grid");
    }
    return new GammaDemPar(file, new GeoTiffGrid((int) v[0], (int) v[1], v[3], v[2], v[5], v[4]));
  }
}
