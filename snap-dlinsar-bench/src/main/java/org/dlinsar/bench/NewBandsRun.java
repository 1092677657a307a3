package org.dlinsar.bench;

import com.bc.ceres.core.ProgressMonitor;
import java.io.File;
import java.util.Locale;
import java.util.Map;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.util.ProductUtils;

/**
 * The chain of {@code graphs/gradient-stack.xml} (Read, DL-Mask OTSU, Phase-Gradient-Stack,
 * Write) writing only the bands it adds ({@code mask_*}, {@code grad_*}) with the product's
 * metadata and geocoding, not the source bands it carries: what a graph with a band subset
 * before its Write does. {@code bench/engine.sh} times it as one process, as it times the graph.
 *
 * <p>Usage: {@code NewBandsRun stack.dim target.dim}; {@code -Dsnap.parallelism=N} sets the
 * thread count, as {@code -q} does. Prints the seconds spent reading the header and building
 * the chain (setup, one thread) and computing and writing the tiles (the parallel part).
 */
public final class NewBandsRun {

  private NewBandsRun() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NewBandsRun stack.dim target.dim");
    }
    long start = System.nanoTime();
    Product source = ProductIO.readProduct(new File(args[0]));
    Product mask = GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), source);
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(), mask);
    Product target = new Product(gradient.getName(), gradient.getProductType(), gradient.getSceneRasterWidth(),
        gradient.getSceneRasterHeight());
    ProductUtils.copyProductNodes(gradient, target);
    for (Band band : gradient.getBands()) {
      String name = band.getName();
      if (name.startsWith("mask_") || name.startsWith("grad_")) {
        ProductUtils.copyBand(name, gradient, target, true);
      }
    }
    long write = System.nanoTime();
    GPF.writeProduct(target, new File(args[1]), "BEAM-DIMAP", false, ProgressMonitor.NULL);
    long end = System.nanoTime();
    System.out.printf(Locale.ROOT, "setup %.3f s, compute and write %.3f s%n", (write - start) / 1e9, (end - write) / 1e9);
    target.dispose();
    gradient.dispose();
    mask.dispose();
    source.dispose();
  }
}
