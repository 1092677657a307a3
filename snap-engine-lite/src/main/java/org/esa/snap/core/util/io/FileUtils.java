package org.esa.snap.core.util.io;

import java.io.File;

/**
 * SNAP's file utilities, the member its DIMAP writer names its header with: one rule, shared by
 * the writer and every place that must know the name the writer will give a file.
 */
public class FileUtils {

  /**
   * {@code path} if it ends in {@code extension} (in that case only), else {@code path} with one
   * trailing dot dropped and {@code extension} appended: {@code x} and {@code x.} give
   * {@code x.dim}, {@code x.DIM} gives {@code x.DIM.dim}.
   *
   * @throws IllegalArgumentException if either string is null or empty
   */
  public static String ensureExtension(String path, String extension) {
    requireNonEmpty("path", path);
    requireNonEmpty("extension", extension);
    if (path.endsWith(extension)) {
      return path;
    }
    String stem = path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    return stem + extension;
  }

  /** {@link #ensureExtension(String, String)} on the file's path; the file itself when it has the extension. */
  public static File ensureExtension(File file, String extension) {
    if (file == null) {
      throw new IllegalArgumentException("[file] is null");
    }
    String path = file.getPath();
    return path.endsWith(extension) ? file : new File(ensureExtension(path, extension));
  }

  private static void requireNonEmpty(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("[" + name + "] is null or empty");
    }
  }
}
