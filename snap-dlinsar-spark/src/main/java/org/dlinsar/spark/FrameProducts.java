package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkFiles;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.Product;

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
   * The product at {@code location} (a path or URI), opened on first use; never disposed while
   * the JVM runs.
   *
   * @throws UncheckedIOException naming the location if it cannot be read
   */
  static Product of(String location, ClusterFiles files) {
    URI remote = ClusterFiles.remote(location);
    String key = remote != null ? remote.toString() : ClusterFiles.localFile(location).getAbsolutePath();
    return OPEN.computeIfAbsent(key, k -> {
      try {
        File header = remote == null ? new File(k) : mount(new Path(remote), files);
        Product product = ProductIO.readProduct(header);
        if (product == null) {
          throw new IOException("no reader for " + k);
        }
        return product;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + k + ": " + e.getMessage(), e);
      }
    });
  }

  private static File mount(Path dim, ClusterFiles files) throws IOException {
    java.nio.file.Path folder = Files.createTempDirectory(java.nio.file.Path.of(SparkFiles.getRootDirectory()),
        "mounted-");
    return MountedProduct.mount(dim, files.fileSystem(dim), folder);
  }
}
