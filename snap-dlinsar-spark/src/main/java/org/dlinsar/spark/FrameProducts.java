package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkFiles;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.OperatorException;

/**
 * The input products an executor has opened, each read once per JVM: every task of the executor
 * takes its tile from the same product (its header parsed once, its band files opened once and
 * read concurrently) instead of parsing a header of hundreds of bands per task. A product on
 * another file system is read where it is ({@link MountedProduct}), its headers copied into
 * Spark's folder for this application.
 */
final class FrameProducts {

  private static final Map<String, Product> OPEN = new ConcurrentHashMap<>();

  private FrameProducts() {
  }

  /**
   * The product at {@code location} (a path or URI), opened on first use by the graph's
   * {@code read} node, as bin/dlinsar opens it (its Processing_Graph node, named and parametered
   * as the graph gives it, comes with the product); never disposed while the JVM runs.
   *
   * @throws UncheckedIOException naming the location if it cannot be read
   */
  static Product of(String location, ClusterFiles files, TileGraph.Step read) {
    URI remote = ClusterFiles.remote(location);
    String key = remote != null ? remote.toString() : ClusterFiles.localFile(location).getAbsolutePath();
    return OPEN.computeIfAbsent(key + "\n" + read, k -> {
      try {
        File header = remote == null ? new File(key) : mount(new Path(remote), files);
        Map<String, Object> parameters = new HashMap<>(read.parameters());
        parameters.put("file", header.getPath());
        Product product = TileGraph.operator(read, parameters, null).getTargetProduct();
        // as the graph gives it, though a local one is read absolute (DriverPaths)
        GraphRecord.setParameter(product, read.id(), "file",
            read.parameters().getOrDefault("file", location));
        return product;
      } catch (IOException | OperatorException e) {
        throw new UncheckedIOException("cannot read " + key + ": " + e.getMessage(),
            e instanceof IOException io ? io : new IOException(e.getMessage(), e));
      }
    });
  }

  private static File mount(Path dim, ClusterFiles files) throws IOException {
    java.nio.file.Path folder = Files.createTempDirectory(java.nio.file.Path.of(SparkFiles.getRootDirectory()),
        "mounted-");
    return MountedProduct.mount(dim, files.fileSystem(dim), folder);
  }
}
