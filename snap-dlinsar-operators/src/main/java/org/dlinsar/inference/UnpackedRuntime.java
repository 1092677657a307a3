package org.dlinsar.inference;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.dlinsar.files.RunOwnedTemp;

/**
 * The folder ONNX Runtime unpacks its native libraries into. ONNX Runtime 1.29 marks the folder
 * for deletion at exit before the libraries in it, so the JVM's exit finds it full and leaves it:
 * one empty {@code onnxruntime-java*} folder in java.io.tmpdir per run, which a centre running
 * gpt every few minutes piles up by the hundred thousand. It stays in use while the JVM runs (a
 * CUDA provider is unpacked into it when a session first asks for one), so it is removed by a
 * shutdown hook, which runs before the JVM's deletions at exit. Linux and macOS let loaded
 * libraries' files go.
 *
 * <p>A run killed outright (SIGKILL, the out-of-memory killer) runs no hook and leaves its folder,
 * 28 MB of libraries. So the folder gets a mark naming this process ({@code
 * .dlinsar-owner-<pid>-}), and the next run that loads ONNX Runtime deletes the marked folders
 * beside its own whose process has ended. Unmarked folders (another program's, or a run's from
 * before the mark) are never touched, nor is a folder a link leads to ({@link #remove}). Windows
 * keeps a loaded library's file until its process has ended, so there every run leaves its folder
 * (the libraries, 28 MB, in %TEMP%): no hook, but the mark, so that the next run clears it and at
 * most the last run's folder stays.
 *
 * <p>The hook also deletes this process's {@code mat-debug-<pid>.log} when it is empty: the debug
 * log of ONNX Runtime's telemetry uploader, which 1.29 creates in $TMPDIR, or /tmp, whenever the
 * library loads without ORT_DISABLE_TELEMETRY=1 in the environment (bin/dlinsar sets it).
 */
final class UnpackedRuntime {

  /** The start of the mark's name, before the owner's process id. */
  static final String MARK = ".dlinsar-owner-";
  private static final String FOLDER_PREFIX = "onnxruntime-java";
  private static final Logger LOG = Logger.getLogger(UnpackedRuntime.class.getName());
  private static boolean hooked;

  private UnpackedRuntime() {}

  /** Has this JVM's folder removed at exit, once; call after ONNX Runtime's environment loaded. */
  static void removeAtExit() {
    removeAtExit(!System.getProperty("os.name", "").startsWith("Windows"));
  }

  /**
   * @param librariesGoAtExit whether the system lets a loaded library's file be deleted while its
   *     process runs (not Windows): only then is the folder removed by this JVM's shutdown hook
   */
  static synchronized void removeAtExit(boolean librariesGoAtExit) {
    if (hooked) {
      return;
    }
    hooked = true;
    Path folder = folder();
    if (folder != null) {
      removeKilledRunsFolders(folder.toAbsolutePath().getParent());
      mark(folder);
    }
    if (!librariesGoAtExit) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (folder != null) {
        remove(folder);
      }
      removeEmptyTelemetryLog();
    }, "dlinsar-onnxruntime-folder"));
  }

  private static void mark(Path folder) {
    try {
      Files.createTempFile(folder, RunOwnedTemp.prefix(MARK), "");
    } catch (IOException e) {
      // unmarked, the folder is only left if this run is killed, as before marks
    }
  }

  /** Deletes the marked ONNX Runtime folders in {@code tmp} whose run has ended. */
  private static void removeKilledRunsFolders(Path tmp) {
    try (Stream<Path> folders = Files.list(tmp)) {
      for (Path folder : folders.filter(UnpackedRuntime::ofEndedRun).toList()) {
        remove(folder);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
          LOG.warning("cannot delete " + folder + ", ONNX Runtime's libraries unpacked by a run that"
              + " ended without deleting them");
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temporary folder that cannot be listed: a killed run's folder stays, as before
    }
  }

  /** Whether {@code folder} is an ONNX Runtime folder whose mark names a process that ended. */
  private static boolean ofEndedRun(Path folder) {
    if (!folder.getFileName().toString().startsWith(FOLDER_PREFIX)
        || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> RunOwnedTemp.owner(file.getFileName().toString(), MARK))
          .anyMatch(RunOwnedTemp::ended);
    } catch (IOException | RuntimeException e) {
      // another user's folder, or one going away: not ours to clear
      return false;
    }
  }

  /**
   * Deletes the folder's files (links as links) and then the folder; what fails is left. The
   * folder is opened without following a link, and its files deleted through that open folder: in
   * a shared temporary folder another user could otherwise swap a killed run's folder, once
   * checked, for a link to a folder of ours, whose files would then be deleted.
   */
  static void remove(Path folder) {
    Path parent = folder.toAbsolutePath().getParent();
    Path name = folder.getFileName();
    try (DirectoryStream<Path> around = Files.newDirectoryStream(parent)) {
      if (!(around instanceof SecureDirectoryStream<Path> secure)) {
        removeByPath(folder); // a system without openat: macOS keeps a temporary folder per user
        return;
      }
      try (SecureDirectoryStream<Path> files = secure.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
        List<Path> names = new ArrayList<>();
        files.forEach(file -> names.add(file.getFileName()));
        for (Path file : names) {
          files.deleteFile(file);
        }
      }
      secure.deleteDirectory(name);
    } catch (IOException | RuntimeException e) {
      // left to ONNX Runtime's own deletion at exit, as without this class
    }
  }

  private static void removeByPath(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }

  /** This process's telemetry debug log, in $TMPDIR or /tmp, if ONNX Runtime left it empty. */
  private static void removeEmptyTelemetryLog() {
    String name = "mat-debug-" + ProcessHandle.current().pid() + ".log";
    String tmpdir = System.getenv("TMPDIR");
    for (String folder : new String[] {tmpdir == null || tmpdir.isBlank() ? "/tmp" : tmpdir, "/tmp"}) {
      Path log = Path.of(folder, name);
      try {
        if (Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS) && Files.size(log) == 0) {
          Files.deleteIfExists(log);
        }
      } catch (IOException | RuntimeException e) {
        // a log of the runtime's, not ours: left where it cannot be deleted
      }
    }
  }

  /** The folder ONNX Runtime made for this JVM, or null where it made none or hides it. */
  private static Path folder() {
    try {
      Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      field.setAccessible(true);
      return (Path) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another ONNX Runtime version: its own cleanup stands
      return null;
    }
  }
}
