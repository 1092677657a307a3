package org.dlinsar.bench;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;

/**
 * A Read -> Write copy of a BEAM-DIMAP product, several times in one JVM: the last pass is the
 * engine's IO without the JVM's start and warm-up, which {@code bench/engine.sh} prints beside
 * the whole-process copy and {@code cp -r}. The copy of a pass is deleted before the next.
 *
 * <p>Usage: {@code CopyPasses source.dim target_folder passes}. Prints "last pass X s".
 */
public final class CopyPasses {

  private CopyPasses() {
  }

  public static void main(String[] args) throws Exception {
    File source = new File(args[0]);
    Path folder = Path.of(args[1]);
    int passes = Integer.parseInt(args[2]);
    double seconds = 0;
    for (int pass = 0; pass < passes; pass++) {
      Path target = folder.resolve("pass" + pass + ".dim");
      long start = System.nanoTime();
      Product product = ProductIO.readProduct(source);
      ProductIO.writeProduct(product, target.toFile(), "BEAM-DIMAP", false, ProgressMonitor.NULL);
      product.dispose();
      seconds = (System.nanoTime() - start) / 1e9;
      delete(target);
      delete(folder.resolve("pass" + pass + ".data"));
    }
    System.out.printf(Locale.ROOT, "last pass %.3f s%n", seconds);
  }

  private static void delete(Path path) throws Exception {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
