package org.dlinsar.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Each acquisition's perpendicular baseline for an imported stack from GAMMA's baseline files of
 * its pairs: the {@code base_perp} tables ({@code <ref>-<sec>*bperp.par}, {@link GammaBperpTable})
 * where there are any, else the baseline vectors ({@code <ref>-<sec>*base.par}, {@link
 * GammaBaselineVector}) with the first date's MLI geometry.
 *
 * <p>The files lie beside the interferograms or in a {@code geometry} folder in their folder or its
 * parent (PyRate's layout); the MLI parameter file ({@code *<yyyymmdd>*mli.par} of the first date)
 * there or in a {@code headers} folder. Each pair's baseline is taken where the stack lies in the
 * radar frame: at the range sample and line that the one GAMMA lookup table ({@code *.lt}, map to
 * radar, on the stack's grid, found in those places) gives the stack's centre pixel, or at the
 * centre of a stack in radar geometry; without either (or with two tables), at the frame's centre (said in the import metadata:
 * over a crop far from it, the baseline errs by up to 15 % and the DEM error's scale more). The
 * dates' baselines to the first date are the least-squares solution of the pairs' (secondary less
 * reference, as SNAP's), which needs the pairs with a file to link every date; R sin(incidence)
 * there is the MLI's ({@link GammaSlantGeometry}).
 */
final class GammaBaselines {

  /** Half the window of the lookup table read around the stack's centre, pixels. */
  private static final int HALF_WINDOW = 4;

  private GammaBaselines() {}

  /** A pair's perpendicular baseline at (line, range sample) of the MLI's frame. */
  private interface PairBaseline {
    double at(GammaSlantGeometry geometry, double line, double range);
  }

  /** A file of a pair read into its baseline. */
  private interface Reader {
    PairBaseline read(Path file) throws IOException;
  }

  /**
   * The baselines of {@code stack}, or why there are none: no baseline files, dates they leave
   * unlinked, no MLI parameter file.
   *
   * @throws IOException naming a baseline or parameter file that is there but cannot be read
   */
  static FoundInFiles<ImportedBaselines> of(ImportedStack stack) throws IOException {
    Path folder = stack.pairs().get(0).phase().toAbsolutePath().getParent();
    List<Path> places = GammaGeometryFiles.places(stack);
    String kind = "base_perp tables";
    Map<Pair, PairBaseline> pairs = pairFiles(stack, places, "bperp.par", file -> {
      GammaBperpTable table = GammaBperpTable.read(file);
      return (geometry, line, range) -> table.bperpAt(line, range);
    });
    if (pairs.isEmpty()) {
      kind = "baseline files";
      pairs = pairFiles(stack, places, "base.par", file -> GammaBaselineVector.read(file)::bperpAt);
    }
    if (pairs.isEmpty()) {
      return FoundInFiles.none("no GAMMA base_perp table (<ref>-<sec>*bperp.par) or baseline file"
          + " (<ref>-<sec>*base.par) of the pairs in " + folder + " or a geometry folder beside it");
    }
    List<LocalDate> dates = ImportedBaselines.datesOf(stack.pairs());
    Optional<Path> mli = GammaGeometryFiles.firstDateMli(stack, places);
    if (mli.isEmpty()) {
      return FoundInFiles.none("no MLI parameter file (*mli.par) of " + dates.get(0) + " beside the"
          + " interferograms or in a headers folder, for the slant geometry");
    }
    GammaSlantGeometry geometry;
    try {
      geometry = GammaSlantGeometry.read(mli.get());
    } catch (IOException e) {
      // as the incidence and the acquisition times take it: no baselines, the stack imported
      return FoundInFiles.none(e.getMessage());
    }
    Position at = position(stack, places).orElseGet(() -> new Position(geometry.lines() / 2,
        geometry.width() / 2, "the frame's centre: no lookup table locates the stack"));
    List<Pair> linked = List.copyOf(pairs.keySet());
    double[] pairMetres = new double[linked.size()];
    for (int k = 0; k < pairMetres.length; k++) {
      pairMetres[k] = pairs.get(linked.get(k)).at(geometry, at.line, at.range);
    }
    double[] metres = solve(dates, linked, pairMetres);
    if (metres == null) {
      return FoundInFiles.none(linked.size() + " GAMMA " + kind + " of the " + stack.pairs().size()
          + " pairs leave some of the " + dates.size() + " dates unlinked");
    }
    String note = String.format(Locale.ROOT, "GAMMA %s of %d of %d pairs, at line %.1f, range sample %.1f (%s);"
        + " pairs agree within %.2f m RMS; slant geometry from %s", kind, linked.size(), stack.pairs().size(),
        at.line, at.range, at.origin, misclosure(dates, linked, pairMetres, metres), FolderFiles.recorded(mli.get()));
    return FoundInFiles.of(new ImportedBaselines(dates, metres, geometry.rangeTimesSinIncidence(at.range),
        note));
  }

  /**
   * The stack's pairs' files named {@code <ref>-<sec>...<suffix>} in {@code places}, read, each as
   * the later date's baseline less the earlier's whichever date its name gives first; the first of
   * a pair wins.
   */
  private static Map<Pair, PairBaseline> pairFiles(ImportedStack stack, List<Path> places, String suffix,
      Reader reader) throws IOException {
    Map<Pair, PairBaseline> found = new LinkedHashMap<>();
    for (Path place : places) {
      for (Path file : FolderFiles.named(place, name -> name.endsWith(suffix))) {
        String name = file.getFileName().toString();
        Optional<Pair> pair = PairFileName.inside(name);
        if (pair.isPresent() && !found.containsKey(pair.get())
            && stack.pairs().stream().anyMatch(p -> p.pair().equals(pair.get()))) {
          PairBaseline read = reader.read(file);
          // GAMMA's baseline is the second image's less the first's, in the name's order: a file named
          // later date first (a reference mid-series) holds the earlier date's less the later's
          found.put(pair.get(), PairFileName.namesLaterFirst(name)
              ? (geometry, line, range) -> -read.at(geometry, line, range) : read);
        }
      }
    }
    return found;
  }

  /** Where in the radar frame the baselines are read, and what said so. */
  private record Position(double line, double range, String origin) {}

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
    List<Path> tables = GammaGeometryFiles.lookupTables(stack, places);
    // two of the grid's size (a w x h table and an h x w one) are neither taken, as LookupIncidence does
    if (tables.size() == 1) {
      Path table = tables.get(0);
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
