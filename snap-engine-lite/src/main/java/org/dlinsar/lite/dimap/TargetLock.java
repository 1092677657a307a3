package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one run writing a target: an OS lock on the hidden file {@code .<name>.dim.lock} beside it.
 * A product and the files written beside it are one unit, so a second run that wants the target
 * while the first holds it is refused at once, rather than mixing its files with the first's.
 *
 * <p>The OS drops the lock when its process ends, a killed one included: a lock file a killed run
 * left is simply locked by the next run. The holder deletes the file before it unlocks, so a run
 * that opened the file just then may lock a file that is gone: a lock counts only while the file
 * at the name is the one locked, else the run tries again.
 *
 * <p>POSIX locks belong to the process, and closing any channel of a file drops them all, so this
 * JVM opens a target's lock file only while it does not hold it ({@link #IN_USE}).
 */
final class TargetLock {

  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();
  private static final int ATTEMPTS = 10;
  private static final String LOCK = ".lock";

  private final Path file;
  /** The file as {@link #IN_USE} knows it ({@link #inUseKey}). */
  private final Path key;
  private final FileChannel channel;

  private TargetLock(Path file, Path key, FileChannel channel) {
    this.file = file;
    this.key = key;
    this.channel = channel;
  }

  /** {@code .<name>.dim.lock} beside the target's header ({@link HiddenNames}: shortened for a long name). */
  static Path fileOf(DimapTarget target) {
    Path dim = target.dimFile();
    return dim.resolveSibling(HiddenNames.stem(dim.getFileName().toString(), LOCK.length()) + LOCK);
  }

  /**
   * Locks {@code target} for this process; its folder must exist.
   *
   * @throws IOException one line naming the target when another run holds it (another process,
   *     or another write of this JVM), or when the lock file cannot be created
   */
  static TargetLock take(DimapTarget target) throws IOException {
    Path file = fileOf(target);
    Path key = inUseKey(file);
    if (!IN_USE.add(key)) {
      throw busy(target);
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Object before = identity(file);
        if (before == null) {
          create(file);
          continue;
        }
        FileChannel channel;
        try {
          channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
          continue; // its holder deleted it just now
        }
        boolean locked;
        try {
          locked = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
          // this JVM holds it under a spelling inUseKey could not tell apart
          locked = false;
        } catch (IOException e) {
          // a file system without locks: the run goes on unguarded, as before there were locks
          return new TargetLock(file, key, channel);
        }
        if (!locked) {
          channel.close();
          throw busy(target);
        }
        if (before.equals(identity(file))) {
          return new TargetLock(file, key, channel);
        }
        channel.close(); // the holder before us deleted it as we opened it: lock the new one
      }
      throw busy(target);
    } catch (FileSystemException e) {
      // no such folder, permission denied, a read-only file system: said of the target
      IN_USE.remove(key);
      throw FileErrors.cannot("write", target.dimFile(), e);
    } catch (IOException | RuntimeException e) {
      IN_USE.remove(key);
      throw e;
    }
  }

  /**
   * The lock file under its folder's real path: one target spelled two ways ({@code out/./p.dim},
   * a link to {@code out/}) is one lock file, which this JVM must not open twice (closing either
   * channel would drop the process's lock). As given where the folder cannot be resolved.
   */
  private static Path inUseKey(Path file) {
    try {
      return file.getParent().toRealPath().resolve(file.getFileName());
    } catch (IOException e) {
      return file.normalize();
    }
  }

  /** Deletes the lock file, then unlocks, so that no run locks a file about to go. */
  void release() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a lock file left behind blocks nobody: the next run locks it
    }
    try {
      channel.close();
    } catch (IOException e) {
      // closing unlocks; nothing else to do
    }
    IN_USE.remove(key);
  }

  private static IOException busy(DimapTarget target) {
    return new IOException("Cannot write " + target.dimFile() + ": another run is writing it (it holds "
        + fileOf(target).getFileName() + "); wait for it to end or choose another target");
  }

  private static void create(Path file) throws IOException {
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // another run made it first: lock that one
    }
  }

  /** What tells this file from a later one of the same name; null when there is none. */
  private static Object identity(Path file) throws IOException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
