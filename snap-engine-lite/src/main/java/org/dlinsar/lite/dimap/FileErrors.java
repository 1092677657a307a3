package org.dlinsar.lite.dimap;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.dlinsar.lite.FileFaults;

/**
 * One-line messages for failed file operations of the DIMAP reader and writer: "cannot write
 * &lt;file&gt;: permission denied" instead of what the JDK says.
 *
 * <p>NIO's {@link FileSystemException}s carry the path as their whole message ("Error:
 * /data/x.img" says nothing), and the native file errors say what but not which file ("File
 * too large"); both are put into words here.
 */
final class FileErrors {

  /** What the OS says when a write passes the process's file size limit or the file system's. */
  private static final String FILE_TOO_LARGE = "File too large";

  private FileErrors() {
  }

  /**
   * An exception saying "cannot {@code verb} {@code file}: {@link #reason reason}", with
   * {@code cause} as its cause.
   *
   * @param verb what was attempted, "read" or "write"
   */
  static IOException cannot(String verb, Path file, IOException cause) {
    return new IOException("cannot " + verb + " " + file + ": " + reason(file, cause), cause);
  }

  /**
   * What went wrong in words, for a message that already names {@code file}: "permission
   * denied", "no such file or folder", "not a folder" ({@link FileFaults}); the file the failure is about is
   * named too when it is another one (a temporary beside the target, say).
   */
  static String reason(Path file, IOException e) {
    if (!(e instanceof FileSystemException fse)) {
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        return e.getClass().getSimpleName();
      }
      return FILE_TOO_LARGE.equals(message.strip())
          ? "file too large (over the file size limit of this process, see ulimit -f, or of the file system)"
          : message.strip();
    }
    String failed = fse.getFile();
    return failed == null || isSameFile(file, failed) ? FileFaults.inWords(fse) : FileFaults.withFile(fse);
  }

  private static boolean isSameFile(Path file, String failed) {
    try {
      return file != null && file.toAbsolutePath().normalize().equals(Paths.get(failed).toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      // a path this file system cannot parse is not ours
      return false;
    }
  }

  /**
   * Checks that {@code file} is a regular file; the message says what it is instead.
   *
   * @param what what the file holds, for the message ("ENVI header of band 'x'")
   * @throws FileNotFoundException "{@code what} not found: {@code file}" if nothing is there
   * @throws IOException naming {@code file} if it is a directory or no regular file
   */
  static void requireFile(Path file, String what) throws IOException {
    if (Files.isRegularFile(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, expected the " + what);
    }
    if (Files.exists(file)) {
      throw new IOException(file + " is not a regular file, expected the " + what);
    }
    throw new FileNotFoundException(what + " not found: " + file);
  }
}
