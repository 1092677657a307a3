package org.dlinsar.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A temporary file an operator keeps what it computed in, to read it back instead of computing it
 * again or holding it in memory. Created on the first write in java.io.tmpdir, named after this
 * process ({@code <kind><pid>-*.bin}): the first spill of a kind in a run deletes those that runs
 * since killed could not ({@link RunOwnedTemp}); deleted on {@link #close}, or when the JVM shuts
 * down first ({@link ExitDeletions}). A failing disk turns the file off with one warning: reads
 * and writes then return false, and the operator does without it. Thread-safe: a {@link
 * RandomAccessFile} read and written under this object's lock, since an interrupted caller (a
 * cancelled task, a pool's shutdownNow) would close an interruptible FileChannel for every thread
 * and so turn the spill off for good.
 */
public final class SpillFile implements Closeable {

  private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();

  private final String kind;
  private final String name;
  private final String without;
  private final Logger log;
  private RandomAccessFile file;
  private Path path;
  private volatile boolean off;

  /**
   * @param kind the start of the file's name, before the owner's process id
   * @param name what the file is to its operator, for messages ("DL-Mask: its tile file")
   * @param without what the operator does once the file fails, for the warning
   */
  public SpillFile(String kind, String name, String without, Logger log) {
    this.kind = kind;
    this.name = name;
    this.without = without;
    this.log = log;
  }

  /** False once closed or failed: nothing is written or read any more. */
  public boolean isOn() {
    return !off;
  }

  /** Writes {@code length} bytes of {@code bytes} at {@code position}; false when the file is off or fails. */
  public synchronized boolean write(long position, byte[] bytes, int length) {
    try {
      RandomAccessFile open = open();
      open.seek(position);
      open.write(bytes, 0, length);
      return true;
    } catch (IOException e) {
      turnOff(e);
      return false;
    }
  }

  /** Reads {@code bytes.length} bytes at {@code position}; false when the file is off or fails. */
  public synchronized boolean read(long position, byte[] bytes) {
    try {
      RandomAccessFile open = open();
      open.seek(position);
      open.readFully(bytes);
      return true;
    } catch (IOException e) {
      turnOff(e);
      return false;
    }
  }

  /** Deletes the file. */
  @Override
  public synchronized void close() {
    off = true;
    try {
      if (file != null) {
        file.close();
      }
      if (path != null) {
        Files.deleteIfExists(path);
        ExitDeletions.JVM.forget(path);
      }
    } catch (IOException e) {
      log.warning(name + " " + path + " could not be deleted: " + e.getMessage());
    }
  }

  private RandomAccessFile open() throws IOException {
    if (off) {
      throw new IOException("closed");
    }
    if (file == null) {
      if (SWEPT.add(kind)) {
        RunOwnedTemp.sweepFiles(Path.of(System.getProperty("java.io.tmpdir")), kind, ".bin", log);
      }
      path = ExitDeletions.JVM.createFile(() -> Files.createTempFile(RunOwnedTemp.prefix(kind), ".bin"));
      file = new RandomAccessFile(path.toFile(), "rw");
    }
    return file;
  }

  private void turnOff(IOException e) { // under the lock: one warning when two calls fail at once
    if (!off) {
      off = true;
      log.warning(name + " " + path + " failed (" + e.getMessage() + "); " + without);
    }
  }
}
