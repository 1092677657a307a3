package org.dlinsar.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.spark.SparkConf;
import org.apache.spark.util.SerializableConfiguration;
import org.dlinsar.files.HiddenNames;
import scala.Tuple2;

/**
 * The file systems a job reads and writes, through Hadoop's FileSystem API with the job's Hadoop
 * configuration ({@code spark.hadoop.*}, the cluster's site files): a plain path or a
 * {@code file:} URI is this machine's (a shared file system every node mounts), any other URI
 * ({@code hdfs://}, {@code s3a://}, {@code abfs://}, {@code gs://}) is the file system Hadoop has
 * for its scheme, the connector's jars on the class path. Serialisable: tasks open the same file
 * systems with the same configuration.
 */
final class ClusterFiles implements Serializable {

  static {
    // executors open tile files through this class: before their first stream
    HadoopThreadStatistics.off();
  }

  private static final long serialVersionUID = 1L;
  private final SerializableConfiguration configuration;

  private ClusterFiles(Configuration configuration) {
    this.configuration = new SerializableConfiguration(configuration);
  }

  /** Hadoop's configuration from the site files on the class path and Spark's {@code spark.hadoop.*}. */
  static ClusterFiles of(SparkConf spark) {
    Configuration configuration = new Configuration();
    for (Tuple2<String, String> entry : spark.getAllWithPrefix("spark.hadoop.")) {
      configuration.set(entry._1(), entry._2());
    }
    return new ClusterFiles(configuration);
  }

  /**
   * The URI of {@code location} when it names another file system than this machine's; null for a
   * plain path or a {@code file:} URI.
   */
  static URI remote(String location) {
    // a scheme of two letters or more: "C:" is a Windows drive, not a URI
    if (!location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      return null;
    }
    try {
      URI uri = new URI(location);
      return "file".equalsIgnoreCase(uri.getScheme()) ? null : uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + location + "' is neither a path nor a URI: " + e.getMessage(), e);
    }
  }

  /** {@code location}, a plain path or a {@code file:} URI, as a file. */
  static File localFile(String location) {
    return location.regionMatches(true, 0, "file:", 0, 5) ? new File(URI.create(location)) : new File(location);
  }

  /** {@code location} as a Hadoop path, a local one absolute. */
  static Path path(String location) {
    URI uri = remote(location);
    return uri != null ? new Path(uri) : new Path(localFile(location).getAbsoluteFile().toURI());
  }

  /** No connector for a location's scheme on the class path: the jars are missing, not the data. */
  static final class NoConnector extends IOException {

    private static final long serialVersionUID = 1L;

    NoConnector(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The file system of {@code path}; for this machine's files the raw one, without the checksum
   * files Hadoop's local file system writes beside each file.
   *
   * @throws IOException saying which connector jars to add when Hadoop has no file system for the
   *     scheme (none named, or one named in Hadoop's defaults whose class is not there: s3a://)
   */
  FileSystem fileSystem(Path path) throws IOException {
    FileSystem fs;
    try {
      fs = path.getFileSystem(configuration.value());
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof UnsupportedFileSystemException || e.getCause() instanceof ClassNotFoundException)) {
        throw e;
      }
      throw new NoConnector("Hadoop has no file system for '" + path.toUri().getScheme() + "://' on the class path;"
          + " add its connector's jars (hadoop-aws and the AWS SDK bundle for s3a://, hadoop-azure for abfs://,"
          + " ...) with DLINSAR_SPARK_JARS or spark-submit's --jars", e);
    }
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }

  /**
   * Copies what {@code folder} (local) holds, hidden names aside, into {@code target}, replacing entries of the same
   * names, headers ({@code *.dim}) last: everything is uploaded under temporary names first, then
   * renamed into place, what each replaces moved aside until all are in place, so a failed upload
   * leaves the target as it was and a product appears only whole (a rename is atomic on HDFS;
   * object stores copy, and can fail half way).
   *
   * <p>A temporary name must be free: a file, folder or link found at one was not made by this
   * upload (its name is random), so the upload fails naming it and leaves it alone, rather than
   * writing through it (Hadoop's local file system follows a dangling link when it creates a file).
   */
  void upload(java.nio.file.Path folder, Path target, Collection<String> belonging) throws IOException {
    upload(folder, target, UUID.randomUUID().toString(), belonging);
  }

  /** As below, with no files that belong to the upload besides those {@code folder} holds. */
  void upload(java.nio.file.Path folder, Path target, String id) throws IOException {
    upload(folder, target, id, List.of());
  }

  /**
   * As above, the temporaries named with {@code id} (a test plants a link at one).
   *
   * @param belonging names of files in {@code target} that belong to what is uploaded (a product's
   *     side files, its detections and time series): one that {@code folder} does not hold is an
   *     older run's, moved aside before anything is renamed into place and removed with the rest
   *     of what is replaced, as bin/dlinsar's journal takes them away with the product they
   *     belonged to
   */
  void upload(java.nio.file.Path folder, Path target, String id, Collection<String> belonging)
      throws IOException {
    FileSystem fs = fileSystem(target);
    fs.mkdirs(target);
    List<java.nio.file.Path> entries;
    try (Stream<java.nio.file.Path> list = Files.list(folder)) {
      // hidden names are the run's own (the target's lock file, temporaries), never outputs
      entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(Comparator.comparing((java.nio.file.Path p) -> p.toString().endsWith(".dim"))
          .thenComparing(java.nio.file.Path::getFileName)).toList();
    }
    List<Path> staged = new ArrayList<>();
    // each entry renamed into place, with where what it replaced was moved aside (null: nothing)
    List<Path[]> placed = new ArrayList<>();
    List<String> names = entries.stream().map(e -> e.getFileName().toString()).toList();
    try {
      for (java.nio.file.Path entry : entries) {
        staged.add(free(fs, target, entry.getFileName().toString(), "." + id + ".tmp"));
        fs.copyFromLocalFile(false, false, new Path(entry.toUri()), staged.get(staged.size() - 1));
      }
      for (String name : belonging) {
        Path stale = new Path(target, name);
        if (!names.contains(name) && occupied(fs, stale)) {
          Path aside = free(fs, target, name, "." + id + ".old");
          if (!fs.rename(stale, aside)) {
            throw new IOException("cannot move " + stale + " aside with the product it belonged to");
          }
          placed.add(new Path[] {stale, aside});
        }
      }
      for (int i = 0; i < entries.size(); i++) {
        String name = entries.get(i).getFileName().toString();
        Path destination = new Path(target, name);
        Path aside = null;
        if (occupied(fs, destination)) {
          aside = free(fs, target, name, "." + id + ".old");
          if (!fs.rename(destination, aside)) {
            throw new IOException("cannot move " + destination + " aside to replace it");
          }
        }
        placed.add(new Path[] {destination, aside});
        if (!fs.rename(staged.get(i), destination)) {
          throw new IOException("cannot rename " + staged.get(i) + " to " + destination);
        }
      }
    } catch (IOException e) {
      String notRestored = putBack(fs, placed);
      // only the temporaries this upload made: what it found at a taken name is not its own
      for (Path temporary : staged) {
        fs.delete(temporary, true);
      }
      throw new IOException("cannot write to " + target + ": " + e.getMessage() + notRestored, e);
    }
    for (Path[] entry : placed) {
      if (entry[1] != null) {
        fs.delete(entry[1], true);
      }
    }
  }

  /**
   * A temporary name for {@code name} in {@code target}, hidden, with {@code suffix}; it must be
   * free: a file, folder or link found there was not made by this upload (its name is random), so
   * the upload fails naming it and leaves it alone.
   */
  private static Path free(FileSystem fs, Path target, String name, String suffix) throws IOException {
    Path temporary = new Path(target, HiddenNames.stem(name, suffix.length()) + suffix);
    if (occupied(fs, temporary)) {
      throw new IOException("its temporary name " + temporary.getName() + " is already taken by a file, folder"
          + " or link that this upload did not make; it is left alone (is someone else writing in " + target
          + "?)");
    }
    return temporary;
  }

  /**
   * Undoes {@code placed}, last first: what was renamed into place goes, what it replaced comes
   * back, so a failed upload leaves the target as it found it (an object store's rename is a copy
   * that can fail half way). Returns "" or what could not be put back, for the message.
   */
  private static String putBack(FileSystem fs, List<Path[]> placed) {
    StringBuilder notRestored = new StringBuilder();
    for (int i = placed.size() - 1; i >= 0; i--) {
      Path destination = placed.get(i)[0];
      Path aside = placed.get(i)[1];
      try {
        if (occupied(fs, destination)) {
          fs.delete(destination, true);
        }
        if (aside != null && !fs.rename(aside, destination)) {
          throw new IOException("rename failed");
        }
      } catch (IOException e) {
        notRestored.append("; what was at ").append(destination).append(" could not be put back")
            .append(aside != null ? " from " + aside : "");
      }
    }
    return notRestored.toString();
  }

  /** Whether anything is at {@code path}, a link included, dangling or not, and not followed. */
  static boolean occupied(FileSystem fs, Path path) throws IOException {
    if (fs instanceof RawLocalFileSystem local) {
      // its exists() follows a link, and a dangling one reads as nothing there
      return Files.exists(local.pathToFile(path).toPath(), LinkOption.NOFOLLOW_LINKS);
    }
    try {
      fs.getFileLinkStatus(path);
      return true;
    } catch (FileNotFoundException e) {
      return false;
    }
  }
}
