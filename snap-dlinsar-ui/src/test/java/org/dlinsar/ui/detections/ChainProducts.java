package org.dlinsar.ui.detections;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;

/** Runs the detection-first chain (as graphs/detection-first.xml does) on the landslide test stack. */
final class ChainProducts {

  static final Path STACK = Path.of(System.getProperty("dlinsar.root", ".."), "test-products/landslides-256.dim");

  private ChainProducts() {
  }

  /** DL-Detect's product: detections, no Local-SBAS. */
  static Product detected() throws IOException {
    Product stack = ProductIO.readProduct(STACK.toFile());
    Product mask = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack);
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(), mask);
    return GPF.createProduct("DL-Detect", Map.of("mode", "LANDSLIDE", "method", "CLASSICAL", "minSlope", 10.0), gradient);
  }

  /** Local-SBAS's product after DL-Detect, its time-series CSV written to {@code csv}. */
  static Product withTimeSeries(Path csv) throws IOException {
    return GPF.createProduct("Local-SBAS", Map.of("timeSeriesFile", csv.toFile()), detected());
  }
}
