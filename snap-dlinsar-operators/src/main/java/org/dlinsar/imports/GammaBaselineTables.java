package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dlinsar.ifg.Pair;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;

/**
 * Each acquisition's perpendicular baseline for an imported stack from the GAMMA {@code base_perp}
 * tables of its pairs ({@link GammaBperpTable}).
 *
 * <p>The tables lie beside the interferograms or in a {@code geometry} folder in their folder or
 * its parent (PyRate's layout). Each is read where the stack lies in the radar frame: at the
 * range sample and line that a GAMMA lookup table ({@code *.lt}, map to radar, on the stack's
 * grid, found in those places) gives the stack's centre pixel, or at the centre of a stack in radar
 * geometry; without either, at the frame's centre (said in the import metadata: over a crop
 * far from it, the baseline errs by up to 15 % and the DEM error's scale more). The dates'
 * baselines to the first date are the least-squares solution of the pairs' (secondary less
 * reference, as SNAP's), which needs the pairs with a table to link every date.
 *
 * <p>R sin(incidence) there comes from the first date's MLI parameter file ({@code near_range_slc},
 * {@code range_pixel_spacing}, {@code sar_to_earth_center}, {@code earth_radius_below_sensor})
 * and the table's look angle: sin(incidence) = sin(look) x sar_to_earth_center /
 * earth_radius_below_sensor (a spherical earth).
 */
final class GammaBaselineTables {

  private static final String GEOMETRY = "geometry";
  private static final String HEADERS = "headers";
  private static final String[] MLI_KEYS = {"near_range_slc", "range_pixel_spacing", "sar_to_earth_center",
      "earth_radius_below_sensor"};
  /** Half the window of the lookup table read around the stack's centre, pixels. */
  private static final int HALF_WINDOW = 4;

  private GammaBaselineTables() {}

  /**
   * The baselines of {@code stack}, or why there are none: no tables, dates they leave unlinked,
   * no MLI parameter file.
   *
   * @throws IOException naming a table or parameter file that is there but cannot be read
   */
  static ImportedBaselines.Found of(ImportedStack stack) throws IOException {
    Path folder = stack.pairs().get(0).phase().toAbsolutePath().getParent();
    List<Path> places = places(folder);
    Map<Pair, GammaBperpTable> tables = new LinkedHashMap<>();
    for (Path place : places) {
      for (Path file : FolderFiles.named(place, name -> name.endsWith("bperp.par"))) {
        Optional<Pair> pair = PairFileName.inside(file.getFileName().toString());
        if (pair.isPresent() && !tables.containsKey(pair.get())
            && stack.pairs().stream().anyMatch(p -> p.pair().equals(pair.get()))) {
          tables.put(pair.get(), GammaBperpTable.read(file));
        }
      }
    }
    if (tables.isEmpty()) {
      return ImportedBaselines.Found.none("no GAMMA base_perp table (<ref>-<sec>_*bperp.par) of the pairs in " + folder
          + " or a geometry folder beside it");
    }
    List<LocalDate> dates = ImportedBaselines.datesOf(stack);
    Optional<Path> mli = mliPar(places, dates.get(0));
    if (mli.isEmpty()) {
      return ImportedBaselines.Found.none("no MLI parameter file (*mli.par) of " + dates.get(0) + " beside the interferograms"
          + " or in a headers folder, for the slant range");
    }
    GammaBperpTable any = tables.values().iterator().next();
    Position at = position(stack, places).orElseGet(() -> Position.centre(any));
    double[] pairMetres = new double[tables.size()];
    int k = 0;
    for (GammaBperpTable table : tables.values()) {
      pairMetres[k++] = table.bperpAt(at.line, at.range);
    }
    double[] metres = solve(dates, List.copyOf(tables.keySet()), pairMetres);
    if (metres == null) {
      return ImportedBaselines.Found.none(tables.size() + " base_perp tables of the " + stack.pairs().size()
          + " pairs leave some of the " + dates.size() + " dates unlinked");
    }
    Map<String, String> keys = GammaPar.values(mli.get());
    double[] v = new double[MLI_KEYS.length];
    for (int i = 0; i < v.length; i++) {
      String text = keys.get(MLI_KEYS[i]);
      try {
        v[i] = text == null ? Double.NaN : Double.parseDouble(text);
      } catch (NumberFormatException e) {
        v[i] = Double.NaN;
      }
      if (!(v[i] > 0)) {
        return ImportedBaselines.Found.none(mli.get() + " gives no " + MLI_KEYS[i]);
      }
    }
    double range = v[0] + at.range * v[1];
    double sinIncidence = Math.sin(Math.toRadians(any.lookAt(at.line, at.range))) * v[2] / v[3];
    double misclosure = misclosure(dates, List.copyOf(tables.keySet()), pairMetres, metres);
    String note = String.format(Locale.ROOT, "GAMMA base_perp tables of %d of %d pairs, at line %.1f,"
        + " range sample %.1f (%s); pairs agree within %.2f m RMS; slant range and look angle from %s",
        tables.size(), stack.pairs().size(), at.line, at.range, at.origin, misclosure, FolderFiles.recorded(mli.get()));
    return ImportedBaselines.Found.of(new ImportedBaselines(dates, metres, range * sinIncidence, note));
  }

  /** Where in the radar frame the tables are read, and what said so. */
  private record Position(double line, double range, String origin) {
    static Position centre(GammaBperpTable table) {
      double[] c = table.centre();
      return new Position(c[0], c[1], "the frame's centre: no lookup table locates the stack");
    }
  }

  /** The folder, and the geometry and headers folders in it or its parent. */
  private static List<Path> places(Path folder) {
    List<Path> places = new ArrayList<>(List.of(folder));
    Path parent = folder.getParent();
    for (Path above : parent == null ? List.of(folder) : List.of(folder, parent)) {
      for (String name : List.of(GEOMETRY, HEADERS)) {
        Path child = above.resolve(name);
        if (Files.isDirectory(child) && !places.contains(child)) {
          places.add(child);
        }
      }
    }
    return places;
  }

  /** The first date's MLI parameter file, {@code *<yyyymmdd>*mli.par}, in those places. */
  private static Optional<Path> mliPar(List<Path> places, LocalDate first) throws IOException {
    String day = first.format(DateTimeFormatter.BASIC_ISO_DATE);
    for (Path place : places) {
      List<Path> found = FolderFiles.named(place, name -> name.contains(day) && name.endsWith("mli.par"));
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The stack's centre in the radar frame: in radar geometry (a GAMMA stack without a map grid)
   * its centre pixel, else the mean of the valid samples of a lookup table on its grid around it.
   */
  private static Optional<Position> position(ImportedStack stack, List<Path> places) throws IOException {
    int cx = stack.width() / 2;
    int cy = stack.height() / 2;
    if (stack instanceof GammaStack gamma && gamma.map() == null) {
      return Optional.of(new Position(cy, cx, "the stack's centre, in radar geometry"));
    }
    long bytes = 8L * stack.width() * stack.height();
    for (Path place : places) {
      for (Path table : FolderFiles.named(place, name -> name.endsWith(".lt"))) {
        if (Files.size(table) != bytes) {
          continue;
        }
        int x0 = Math.max(0, cx - HALF_WINDOW);
        int y0 = Math.max(0, cy - HALF_WINDOW);
        int w = Math.min(stack.width() - x0, 2 * HALF_WINDOW + 1);
        int h = Math.min(stack.height() - y0, 2 * HALF_WINDOW + 1);
        float[] samples = BigEndianRaster.read(table, stack.width(), 2, x0, y0, w, h);
        double range = 0;
        double line = 0;
        int n = 0;
        for (int i = 0; i < w * h; i++) {
          if (samples[2 * i] > 0 && samples[2 * i + 1] > 0) {
            range += samples[2 * i];
            line += samples[2 * i + 1];
            n++;
          }
        }
        if (n > 0) {
          return Optional.of(new Position(line / n, range / n, "the stack's centre by "
              + FolderFiles.recorded(table)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Each date's baseline to the first, least squares over the pairs (secondary less reference);
   * null where the pairs leave a date unlinked to the first.
   */
  private static double[] solve(List<LocalDate> dates, List<Pair> pairs, double[] pairMetres) {
    int n = dates.size();
    DMatrixRMaj a = new DMatrixRMaj(pairs.size(), n - 1);
    DMatrixRMaj y = new DMatrixRMaj(pairs.size(), 1);
    for (int k = 0; k < pairs.size(); k++) {
      int r = dates.indexOf(pairs.get(k).reference());
      int s = dates.indexOf(pairs.get(k).secondary());
      if (r > 0) {
        a.set(k, r - 1, -1);
      }
      if (s > 0) {
        a.set(k, s - 1, 1);
      }
      y.set(k, 0, pairMetres[k]);
    }
    if (pairs.size() < n - 1 || MatrixFeatures_DDRM.rank(a) < n - 1) {
      return null;
    }
    DMatrixRMaj x = new DMatrixRMaj(n - 1, 1);
    CommonOps_DDRM.solve(a, y, x);
    double[] metres = new double[n];
    for (int d = 1; d < n; d++) {
      metres[d] = x.get(d - 1, 0);
    }
    return metres;
  }

  /** RMS of the pairs' baselines less the dates' differences, metres. */
  private static double misclosure(List<LocalDate> dates, List<Pair> pairs, double[] pairMetres, double[] metres) {
    double sum = 0;
    for (int k = 0; k < pairs.size(); k++) {
      double e = pairMetres[k] - (metres[dates.indexOf(pairs.get(k).secondary())]
          - metres[dates.indexOf(pairs.get(k).reference())]);
      sum += e * e;
    }
    return Math.sqrt(sum / pairs.size());
  }
}
