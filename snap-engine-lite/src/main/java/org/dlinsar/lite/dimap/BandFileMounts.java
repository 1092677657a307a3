package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local folders whose band files are read elsewhere: a product on another file system (HDFS, an
 * object store) is read from a local copy of its headers, its band samples by position from where
 * they are, never copied whole. The reader opens and sizes a band file under a mounted folder
 * through its mount, every other file on the local disk.
 */
public final class BandFileMounts {

  /** Where the band files of a mounted folder are read. */
  public interface Source {

    /**
     * The size of the file at {@code relative} ('/'-separated, under the mounted folder) in bytes.
     *
     * @throws FileNotFoundException naming the file where it is, if there is none
     */
    long size(String relative) throws IOException;

    /** A read-only channel on the file at {@code relative}, read by position by many threads. */
    FileChannel open(String relative) throws IOException;

    /** The file at {@code relative} named where it is, for messages (a URI). */
    String name(String relative);
  }

  private static final Map<Path, Source> MOUNTS = new ConcurrentHashMap<>();

  private BandFileMounts() {
  }

  /** Band files under {@code folder} are read from {@code source} from now on. */
  public static void mount(Path folder, Source source) {
    MOUNTS.put(key(folder), source);
  }

  /** Band files under {@code folder} are local files again. */
  public static void unmount(Path folder) {
    MOUNTS.remove(key(folder));
  }

  /** A read channel on {@code file}: through its mount, or the local file. */
  static FileChannel open(Path file) throws IOException {
    Mounted mounted = find(file);
    return mounted == null ? FileChannel.open(file, StandardOpenOption.READ)
        : mounted.source().open(mounted.relative());
  }

  /** The size of band file {@code file}, which must be a regular file (or a mounted one). */
  static long size(Path file, String what) throws IOException {
    Mounted mounted = find(file);
    if (mounted != null) {
      return mounted.source().size(mounted.relative());
    }
    FileErrors.requireFile(file, what);
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw FileErrors.cannot("read", file, e);
    }
  }

  /** {@code file} as messages name it: where its mount reads it, or the path. */
  static String name(Path file) {
    Mounted mounted = find(file);
    return mounted == null ? file.toString() : mounted.source().name(mounted.relative());
  }

  private record Mounted(Source source, String relative) {}

  private static Mounted find(Path file) {
    if (MOUNTS.isEmpty()) {
      return null;
    }
    Path absolute = key(file);
    for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent()) {
      Source source = MOUNTS.get(folder);
      if (source != null) {
        return new Mounted(source, folder.relativize(absolute).toString().replace(File.separatorChar, '/'));
      }
    }
    return null;
  }

  private static Path key(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
