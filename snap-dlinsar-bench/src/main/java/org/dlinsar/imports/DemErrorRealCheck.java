package org.dlinsar.imports;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlinsar.ifg.BandNames;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/**
 * Local-SBAS's DEM-error fit on a real stack against PyRate's: PyRate's Mexico City crop imported
 * as a user would (its GeoTIFFs, the GAMMA base_perp tables and lookup table in {@code geometry/},
 * the MLI parameter files in {@code headers/}), DL-Mask OTSU, Local-SBAS {@code scope=FULL}, and
 * the {@code dem_error} band against PyRate's own estimate of the same crop ({@code
 * tests/test_data/cropA/dem_error_result/dem_error.tif} of github.com/GeoscienceAustralia/PyRate,
 * its dem_error step after its reference-phase step). Both are referenced differently (ours to the
 * frame's stable ground, PyRate's to each interferogram's median), so each is taken less its median
 * before they are compared. In package org.dlinsar.imports of the bench module to reach the
 * package-private readers.
 *
 * <p>Usage: {@code bench/java.sh org.dlinsar.imports.DemErrorRealCheck path/to/mexico_city_s1_pyrate
 * path/to/pyrate/dem_error.tif}
 */
public final class DemErrorRealCheck {

  private DemErrorRealCheck() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    Product stack = ImportedStacks.product(PlainGeoTiffs.scan(folder.resolve("geotiffs"), 0), "mexico");
    System.out.println("baselines: " + stack.getMetadataRoot().getElement(ImportedStackOp.IMPORT_METADATA)
        .getAttributeString("baselines"));
    Map<String, Object> mask = new HashMap<>();
    mask.put("method", "OTSU");
    Map<String, Object> sbas = new HashMap<>();
    sbas.put("scope", "FULL");
    Product result = GPF.createProduct("Local-SBAS", sbas, GPF.createProduct("DL-Mask", mask, stack));
    int w = result.getSceneRasterWidth();
    int h = result.getSceneRasterHeight();
    float[] ours = read(result.getBand(BandNames.DEM_ERROR), w, h);
    float[] theirs = GeoTiffRaster.read(Path.of(args[1]), new Rectangle(0, 0, w, h));
    List<double[]> both = new ArrayList<>();
    for (int i = 0; i < ours.length; i++) {
      if (Float.isFinite(ours[i]) && Float.isFinite(theirs[i]) && theirs[i] != 0) {
        both.add(new double[] {ours[i], theirs[i]});
      }
    }
    double oursMedian = median(both, 0);
    double theirsMedian = median(both, 1);
    double sx = 0;
    double sy = 0;
    double sxy = 0;
    List<double[]> differences = new ArrayList<>();
    for (double[] p : both) {
      double x = p[1] - theirsMedian;
      double y = p[0] - oursMedian;
      sx += x * x;
      sy += y * y;
      sxy += x * y;
      differences.add(new double[] {Math.abs(y - x), Math.abs(x), Math.abs(y)});
    }
    System.out.printf(Locale.ROOT, "%d of %d pixels with both: dem_error less its median (ours %.2f m,"
        + " PyRate's %.2f m): correlation %.3f, ours = %.3f x PyRate's (least squares), median |ours -"
        + " PyRate's| %.2f m, median |PyRate's| %.2f m, median |ours| %.2f m%n", both.size(), ours.length,
        oursMedian, theirsMedian, sxy / Math.sqrt(sx * sy), sxy / sx, median(differences, 0),
        median(differences, 1), median(differences, 2));
  }

  private static float[] read(Band band, int w, int h) throws java.io.IOException {
    float[] values = new float[w * h];
    band.readPixels(0, 0, w, h, values);
    return values;
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }
}
