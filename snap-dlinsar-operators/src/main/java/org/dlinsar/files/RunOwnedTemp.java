package org.dlinsar.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Temporary files named after the process that made them ({@code <kind><pid>-...}), so that a
 * later run can clear what a killed one left in java.io.tmpdir: a SIGKILL, a crash or the
 * kernel's out-of-memory killer runs neither shutdown hooks nor deleteOnExit, and a DL-Mask spill
 * of a large stack is gigabytes.
 *
 * <p>Only what belongs to a process that no longer runs is cleared; a live process's files, this
 * JVM's included, are never touched. A dead run's process id taken by a new process keeps its
 * files until that one ends too: late, never wrong. Process ids are those of one boot and one
 * process-id namespace, which the name carries too ({@code <kind><pid>-<namespace>-}): a folder
 * that containers or hosts share is swept only of this namespace's runs (a container's process
 * 10431 is not this machine's).
 */
public final class RunOwnedTemp {

  /**
   * The most bytes {@link #uniqueName} adds to its kind: a process id of up to 19 digits, the
   * namespace token (8 hex digits or "host"), the random part and two dashes.
   */
  public static final int UNIQUE_BYTES = 19 + 1 + 8 + 1 + 8;

  private static final long THIS_RUN = ProcessHandle.current().pid();
  private static final String NAMESPACE = namespace();

  private RunOwnedTemp() {}

  /** {@code <kind><pid>-<namespace>-}: the start of a temporary name owned by this process. */
  public static String prefix(String kind) {
    return kind + THIS_RUN + "-" + NAMESPACE + "-";
  }

  /**
   * {@link #prefix} and a random part: a name of this process that no other write takes, for a
   * temporary or a backup beside the file it stands for.
   */
  public static String uniqueName(String kind) {
    return prefix(kind) + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The process that owns {@code name}, a name made by {@link #prefix} in this process-id
   * namespace; -1 when it is no such name (a name of another program, of another namespace, or
   * of a version that did not name its owner).
   */
  public static long owner(String name, String kind) {
    if (!name.startsWith(kind)) {
      return -1;
    }
    int dash = name.indexOf('-', kind.length());
    if (dash <= kind.length() || dash - kind.length() > 18
        || !name.startsWith(NAMESPACE + "-", dash + 1)) {
      return -1;
    }
    String digits = name.substring(kind.length(), dash);
    return digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : -1;
  }

  /**
   * This boot's and process-id namespace's token (Linux: a hash of the boot id and the inode of
   * /proc/self/ns/pid); "host" where the system has neither.
   */
  private static String namespace() {
    try {
      String boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
      String pidNamespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
      return Integer.toHexString((boot + pidNamespace).hashCode());
    } catch (IOException | RuntimeException e) {
      return "host";
    }
  }

  /** The token {@link #prefix} puts after the process id (tests). */
  static String namespaceToken() {
    return NAMESPACE;
  }

  /** Whether process {@code pid}, not this one, has ended. */
  public static boolean ended(long pid) {
    return pid > 0 && pid != THIS_RUN && ProcessHandle.of(pid).isEmpty();
  }

  /**
   * Deletes the regular files {@code <kind><pid>-*<suffix>} in {@code folder} whose process has
   * ended; one that cannot be deleted is logged and left, as it stops nothing.
   *
   * @return how many were deleted
   */
  public static int sweepFiles(Path folder, String kind, String suffix, Logger log) {
    int deleted = 0;
    // a filter, not a glob: kinds hold the user's file names, where [ ] { } would be a glob's syntax
    DirectoryStream.Filter<Path> named = file -> {
      String name = file.getFileName().toString();
      return name.startsWith(kind) && name.endsWith(suffix);
    };
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, named)) {
      for (Path file : files) {
        if (ended(owner(file.getFileName().toString(), kind))
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && deleteQuietly(file, log)) {
          deleted++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temporary folder that cannot be listed: the new file's own creation will say so
    }
    return deleted;
  }

  private static boolean deleteQuietly(Path file, Logger log) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warning("cannot delete " + file + ", left by a run that ended: " + e.getMessage());
      return false;
    }
  }
}
