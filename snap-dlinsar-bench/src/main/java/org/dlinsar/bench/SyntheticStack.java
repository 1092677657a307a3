package org.dlinsar.bench;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferFloat;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/**
 * Writes an interferogram stack of a given size for throughput runs: unit-modulus interferograms
 * with a pseudo-random phase and coherence, computed tile by tile while writing, so the size is
 * limited by disk, not memory. The values only need to be realistic in volume, not in physics.
 */
final class SyntheticStack {

  private static final DateTimeFormatter BAND_DATE = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);

  private SyntheticStack() {
  }

  /** Writes {@code interferograms} 12-day pairs of {@code width} x {@code height} to {@code file}. */
  static void write(File file, int width, int height, int interferograms) throws IOException {
    Product product = new Product("bench_stack", "InSAR Stack", width, height);
    LocalDate first = LocalDate.of(2020, 1, 3);
    for (int k = 0; k < interferograms; k++) {
      String pair = "VV_" + BAND_DATE.format(first.plusDays(12L * k)) + "_"
          + BAND_DATE.format(first.plusDays(12L * (k + 1)));
      add(product, "i_ifg_" + pair, "real", k, 0);
      add(product, "q_ifg_" + pair, "imaginary", k, 1);
      add(product, "coh_" + pair, "coherence", k, 2);
    }
    ProductIO.writeProduct(product, file, ProductIO.DEFAULT_FORMAT_NAME, false, ProgressMonitor.NULL);
    product.dispose();
  }

  private static void add(Product product, String name, String unit, int ifg, int component) {
    Band band = product.addBand(name, ProductData.TYPE_FLOAT32);
    band.setUnit(unit);
    band.setSourceImage(new PseudoRandomImage(product.getSceneRasterWidth(), product.getSceneRasterHeight(), ifg, component));
  }

  /** Component 0/1: cos/sin of a pseudo-random phase; 2: a coherence in [0.2, 1). */
  private static final class PseudoRandomImage extends RasterImage {
    private final int ifg;
    private final int component;

    PseudoRandomImage(int width, int height, int ifg, int component) {
      super(DataBuffer.TYPE_FLOAT, width, height, 512, 512);
      this.ifg = ifg;
      this.component = component;
    }

    @Override
    protected void computeRect(WritableRaster target) {
      float[] data = ((DataBufferFloat) target.getDataBuffer()).getData();
      int x0 = target.getMinX();
      int y0 = target.getMinY();
      int w = target.getWidth();
      for (int i = 0; i < data.length; i++) {
        double u = hash(x0 + i % w, y0 + i / w, ifg);
        double phase = 2 * Math.PI * u;
        data[i] = (float) (component == 0 ? Math.cos(phase) : component == 1 ? Math.sin(phase) : 0.2 + 0.8 * u);
      }
    }

    private static double hash(int x, int y, int k) {
      long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL ^ k * 0x165667B19E3779F9L;
      h ^= h >>> 31;
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
      return (h >>> 11) * 0x1.0p-53;
    }
  }
}
