package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells other runs that a write is alive: an OS lock on the write's lock file
 * ({@code .<name>.dim.lock-<token>}), held from before the write stages anything until it has
 * committed or discarded, and the file deleted last. A run sweeps a write's leftovers only when it
 * can take this lock or the file is gone; the OS releases the lock when a process ends, even a
 * killed one.
 *
 * <p>Why a lock and not file times (e.g. "older than this process"): a run that started earlier
 * and is still computing has staged files older than ours, and would lose them.
 *
 * <p>POSIX locks belong to the process, and closing any channel of a file releases all of them,
 * so this JVM never opens a lock file twice: the ones it holds are listed in {@link #IN_USE}.
 */
final class StagingLock {

  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private StagingLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Creates and locks the lock file of a new write.
   *
   * @return the lock, or null if that name is taken: the caller tries another token
   * @throws IOException if the file cannot be created (folder not writable)
   */
  static StagingLock create(Path file) throws IOException {
    if (!IN_USE.add(file)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      // A sweeping run may take and delete the new file before we lock it: then start again.
      if (lockedOrUnlockable(channel) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return new StagingLock(file, channel);
      }
    } catch (FileAlreadyExistsException e) {
      // another write's token: the caller tries another
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      IN_USE.remove(file);
      throw e;
    }
    closeQuietly(channel);
    IN_USE.remove(file);
    return null;
  }

  /**
   * Takes the lock of a write found on disk, to sweep its leftovers.
   *
   * @return the lock, or null while the write is alive, or when that cannot be told (a file
   *     system without locks, a lock file of another user)
   */
  static StagingLock take(Path file) {
    if (!IN_USE.add(file)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
      if (channel.tryLock() != null) {
        return new StagingLock(file, channel);
      }
    } catch (NoSuchFileException e) {
      // A write deletes its lock file last: without it, nothing of that write is alive.
      return new StagingLock(file, null);
    } catch (IOException e) {
      // cannot tell whether the write is alive: leave its files
    }
    closeQuietly(channel);
    IN_USE.remove(file);
    return null;
  }

  /** Deletes the lock file, then releases the lock, so no other run can take it in between. */
  void release() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      closeQuietly(channel);
      IN_USE.remove(file);
    }
  }

  /** On a file system without locks the file alone marks the write alive: runs that cannot lock skip it. */
  private static boolean lockedOrUnlockable(FileChannel channel) {
    try {
      return channel.tryLock() != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // closing releases the lock; nothing else to do
    }
  }
}
