package org.dlinsar.spark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of another scheme than this machine's, for tests: {@code rooted:///a/b} is
 * the file {@code a/b} under the folder {@code fs.rooted.root} names. Code that took such a URI
 * for a local path (dropping the scheme) would look for {@code /a/b} and fail, as it would on HDFS
 * or an object store.
 */
public class RootedFileSystem extends RawLocalFileSystem {

  static final String SCHEME = "rooted";
  static final String ROOT = "fs.rooted.root";
  private File root;

  @Override
  public void initialize(URI uri, Configuration conf) throws IOException {
    super.initialize(uri, conf);
    String folder = conf.get(ROOT);
    if (folder == null) {
      throw new IOException(ROOT + " is not set");
    }
    root = new File(folder);
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  protected Path getInitialWorkingDirectory() {
    return new Path(SCHEME + ":///");
  }

  @Override
  public Path getWorkingDirectory() {
    return new Path(SCHEME + ":///");
  }

  @Override
  public File pathToFile(Path path) {
    checkPath(path);
    return new File(root, path.toUri().getPath());
  }
}
