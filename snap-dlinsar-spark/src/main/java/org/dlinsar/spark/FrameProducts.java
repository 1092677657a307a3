package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;

/**
 * The input products an executor has opened, each read once per JVM: every task of the executor
 * takes its tile from the same product (its header parsed once, its band files opened once and
 * read concurrently) instead of parsing a header of hundreds of bands per task.
 */
final class FrameProducts {

  private static final Map<File, Product> OPEN = new ConcurrentHashMap<>();

  private FrameProducts() {
  }

  /**
   * The product in {@code file}, opened on first use; never disposed while the JVM runs.
   *
   * @throws UncheckedIOException naming the file if it cannot be read
   */
  static Product of(File file) {
    return OPEN.computeIfAbsent(file.getAbsoluteFile(), f -> {
      try {
        Product product = ProductIO.readProduct(f);
        if (product == null) {
          throw new IOException("no reader for " + f);
        }
        return product;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
      }
    });
  }
}
