package org.dlinsar.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Writes a file under a hidden temporary name beside it ({@code .<name>.tmp<pid>-...}, its own
 * per write, {@link RunOwnedTemp}; {@code .<name>} shortened for a long name, {@link HiddenNames}) and renames it when complete, atomically where the file system
 * can: a reader never sees half a file, a failed write leaves neither the temporary nor a changed
 * target behind, and two writers of one file never touch each other's temporary. What a killed
 * run left is deleted by the next write of that file. In a launcher's run the {@link RunJournal}
 * keeps what it replaces until the run has succeeded.
 */
public final class StagedFile {

  private static final Logger LOG = Logger.getLogger(StagedFile.class.getName());
  private static final String TMP = ".tmp";

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code file}, which does not exist yet. */
    void writeTo(Path file) throws IOException;
  }

  private StagedFile() {}

  /**
   * @param target the file written; its folder is made when missing
   * @param what what the file is, for the error ("detections file", "report")
   * @throws IOException one line naming {@code what} and the file, with the cause
   */
  public static void write(Path target, String what, Content content) throws IOException {
    String kind = HiddenNames.stem(target.getFileName().toString(), TMP.length() + RunOwnedTemp.UNIQUE_BYTES) + TMP;
    Path tmp = target.resolveSibling(RunOwnedTemp.uniqueName(kind));
    try {
      Path folder = target.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
        RunOwnedTemp.sweepFiles(folder, kind, "", LOG);
      }
      content.writeTo(tmp);
      RunJournal.replacing(target);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("cannot write " + what + " " + target + ": " + e.getMessage(), e);
    }
  }

  /** As {@link #write(Path, String, Content)} for UTF-8 text. */
  public static void writeText(Path target, String what, String text) throws IOException {
    write(target, what, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
  }
}
