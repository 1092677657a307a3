package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dlinsar.files.RunOwnedTemp;
import org.dlinsar.sim.SimulatedProducts;
import org.dlinsar.sim.TrainingScenes;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;

/**
 * A service that runs the chain's networks through GPF.createProduct again and again in one JVM and
 * disposes the products, as SNAP's API asks, holds no more after ten runs than after the first:
 * DL-Mask's tile files (one per run, open and on disk until the JVM ended while disposing a product
 * did not dispose its operator), open files and threads.
 */
class RunsInOneJvmTest {

  private static final int RUNS = 10;

  @Test
  void disposedRunsLeaveNoTileFilesOpenFilesOrThreadsBehind() throws Exception {
    List<String> spillsBefore = maskTileFiles();
    int filesAfterFirst = 0;
    int threadsAfterFirst = 0;
    for (int run = 1; run <= RUNS; run++) {
      runChain(run);
      assertEquals(spillsBefore, maskTileFiles(), "DL-Mask's tile files after run " + run);
      if (run == 1) {
        filesAfterFirst = openFiles();
        threadsAfterFirst = Thread.activeCount();
      }
    }
    // a little room for what the JVM opens or starts on its own meanwhile
    assertTrue(openFiles() <= filesAfterFirst + 2, "open files: " + filesAfterFirst + " after the first run, "
        + openFiles() + " after " + RUNS);
    assertTrue(Thread.activeCount() <= threadsAfterFirst + 2, "threads: " + threadsAfterFirst
        + " after the first run, " + Thread.activeCount() + " after " + RUNS);
  }

  /** DL-Mask by its network, the gradient stack and DL-Detect's network, read and disposed. */
  private static void runChain(long seed) throws IOException {
    List<Product> products = new ArrayList<>();
    try {
      Product stack = add(products, SimulatedProducts.stack(TrainingScenes.scene(seed, 64)));
      Product mask = add(products, GPF.createProduct("DL-Mask", Map.of("method", "DL", "provider", "CPU"), stack));
      Product gradients = add(products, GPF.createProduct("Phase-Gradient-Stack", GPF.NO_PARAMS, mask));
      Product detected = add(products, GPF.createProduct("DL-Detect",
          Map.of("mode", "LANDSLIDE", "method", "DL", "provider", "CPU"), gradients));
      detected.getBand("detection_id").readRasterDataFully();
    } finally {
      for (int i = products.size() - 1; i >= 0; i--) {
        products.get(i).dispose();
      }
    }
  }

  private static Product add(List<Product> products, Product product) {
    products.add(product);
    return product;
  }

  private static List<String> maskTileFiles() throws IOException {
    String prefix = RunOwnedTemp.prefix("dlinsar-mask-tiles-");
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
    }
  }

  /** The process's open file descriptors where Linux lists them, else 0 (not checked). */
  private static int openFiles() {
    String[] fds = new File("/proc/self/fd").list();
    return fds != null ? fds.length : 0;
  }
}
