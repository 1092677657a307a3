package org.dlinsar.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dlinsar.lite.dimap.BandFileMounts;

/**
 * A BEAM-DIMAP product on another file system (HDFS, an object store), read where it is: its
 * header, the ENVI headers and the small files beside the band files (tie-point grids, vector
 * data) are copied into a local folder, which the engine's reader opens; the band files, the
 * stack's bulk, are read by position from where they are ({@link BandFileMounts}), each task
 * reading only its tile's rows.
 */
final class MountedProduct {

  private MountedProduct() {
  }

  /**
   * Copies the headers of the product {@code dim} into {@code folder} and mounts its band files.
   *
   * @return the local header to read
   * @throws FileNotFoundException naming {@code dim} if there is no such file
   */
  static File mount(Path dim, FileSystem fs, java.nio.file.Path folder) throws IOException {
    String base = dim.getName().replaceFirst("(?i)\\.dim$", "");
    java.nio.file.Path header = folder.resolve(dim.getName());
    copy(fs, dim, header);
    Path data = new Path(dim.getParent(), base + ".data");
    java.nio.file.Path localData = folder.resolve(base + ".data");
    if (fs.exists(data)) {
      copyHeaders(fs, data, localData, true);
    }
    BandFileMounts.mount(localData, new Source(fs, data));
    return header.toFile();
  }

  /** Copies what {@code remote} holds but its band files ({@code *.img} at the top). */
  private static void copyHeaders(FileSystem fs, Path remote, java.nio.file.Path local, boolean top)
      throws IOException {
    Files.createDirectories(local);
    for (FileStatus status : fs.listStatus(remote)) {
      // the child named from the folder asked for, not the status's path (a connector may qualify it otherwise)
      String name = status.getPath().getName();
      Path child = new Path(remote, name);
      if (status.isDirectory()) {
        copyHeaders(fs, child, local.resolve(name), false);
      } else if (!(top && name.endsWith(".img"))) {
        copy(fs, child, local.resolve(name));
      }
    }
  }

  private static void copy(FileSystem fs, Path remote, java.nio.file.Path local) throws IOException {
    try (InputStream in = fs.open(remote)) {
      Files.copy(in, local);
    }
  }

  /**
   * The band files of a product's data folder on a Hadoop file system. A file's size is asked of
   * the file system once per JVM (the reader sizes a band file, then opens it): inputs do not
   * change while a job reads them.
   */
  private static final class Source implements BandFileMounts.Source {

    private final FileSystem fs;
    private final Path data;
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();

    Source(FileSystem fs, Path data) {
      this.fs = fs;
      this.data = data;
    }

    @Override
    public long size(String relative) throws IOException {
      Long known = sizes.get(relative);
      if (known != null) {
        return known;
      }
      Path file = new Path(data, relative);
      long size;
      try {
        size = fs.getFileStatus(file).getLen();
      } catch (FileNotFoundException e) {
        throw new FileNotFoundException("band file not found: " + file);
      }
      sizes.put(relative, size);
      return size;
    }

    @Override
    public FileChannel open(String relative) throws IOException {
      return new HadoopReadChannel(fs.open(new Path(data, relative)), size(relative));
    }

    @Override
    public String name(String relative) {
      return new Path(data, relative).toString();
    }
  }
}
