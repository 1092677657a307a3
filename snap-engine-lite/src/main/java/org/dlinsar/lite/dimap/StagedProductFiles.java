package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The header and data folder of a product being written, under hidden names beside their
 * targets ({@link StagingNames}), until {@link #commit} renames them into place (replacing a
 * previous product of that name) or {@link #discard} deletes them.
 *
 * <p>While staged, the write holds its {@link StagingLock}, so other runs leave its files alone,
 * and its target is locked ({@link TargetLock}: by the write, or by the run for its whole life),
 * and a JVM shutdown hook discards them when the run is stopped with SIGTERM or SIGINT (Ctrl-C).
 * The hook waits for a commit in progress, so a product is never left half replaced.
 *
 * <p>Both are created new (mkdir, O_EXCL): a file, folder or link that someone put at their random
 * names beforehand, in a folder others can write, is refused, neither followed nor written into,
 * and left alone by {@link #discard}.
 */
final class StagedProductFiles {

  /** Writer threads may still create band files while the JVM shuts down: delete again a few times. */
  private static final int SHUTDOWN_DELETE_ATTEMPTS = 20;

  private final DimapTarget target;
  private final StagingNames names;
  private final StagingLock lock;
  /** The write's own lock on the target outside a run; null when the run holds it ({@link RunTargets}). */
  private final TargetLock targetLock;
  private final Thread shutdownHook;
  private boolean finished;
  /** Whether this write made the temporary data folder and header: only those are its to delete. */
  private boolean dataCreated;
  private boolean dimCreated;

  private StagedProductFiles(DimapTarget target, StagingNames names, StagingLock lock, TargetLock targetLock) {
    this.target = target;
    this.names = names;
    this.lock = lock;
    this.targetLock = targetLock;
    this.shutdownHook = new Thread(this::discardOnShutdown, "discard staged " + target.dimFile().getFileName());
  }

  /**
   * Starts a write of {@code target}: locks the target unless the open run holds it
   * ({@link RunTargets}), takes a staging lock under a fresh token and registers the shutdown
   * hook. Nothing else is created yet; {@link #createDataFolder} does.
   *
   * @throws IOException naming the target if another run is writing it, a lock file cannot be
   *     created or the JVM is shutting down
   */
  static StagedProductFiles stage(DimapTarget target) throws IOException {
    TargetLock targetLock = RunTargets.holdForRun(target) ? null : TargetLock.take(target);
    try {
      for (int attempt = 0; attempt < 10; attempt++) {
        StagingNames names = StagingNames.fresh(target);
        StagingLock lock;
        try {
          lock = StagingLock.create(names.lockFile());
        } catch (IOException e) {
          throw FileErrors.cannot("write", target.dimFile(), e);
        }
        if (lock != null) {
          StagedProductFiles staged = new StagedProductFiles(target, names, lock, targetLock);
          staged.registerShutdownHook();
          return staged;
        }
      }
      throw new IOException("Cannot write " + target + ": no free name to stage it beside the target");
    } catch (IOException | RuntimeException e) {
      releaseTarget(targetLock);
      throw e;
    }
  }

  private void registerShutdownHook() throws IOException {
    try {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      lock.release();
      throw new IOException("Cannot write " + target + ": the JVM is shutting down", e);
    }
  }

  private static void releaseTarget(TargetLock targetLock) {
    if (targetLock != null) {
      targetLock.release();
    }
  }

  /** The temporary header file, created by {@link #createDimFile}. */
  Path dimFile() {
    return names.dimStaged();
  }

  /** The temporary data folder, created by {@link #createDataFolder}. */
  Path dataFolder() {
    return names.dataStaged();
  }

  /**
   * Creates the temporary data folder, new.
   *
   * @throws IOException one line naming the target, and the temporary name if it was taken
   */
  synchronized void createDataFolder() throws IOException {
    requireNotDiscarded();
    try {
      Files.createDirectory(names.dataStaged());
    } catch (FileAlreadyExistsException e) {
      throw taken(names.dataStaged(), e);
    } catch (IOException e) {
      throw FileErrors.cannot("write", target.dimFile(), e);
    }
    dataCreated = true;
  }

  /**
   * Creates the temporary header file, new, and opens it for writing.
   *
   * @throws IOException one line naming the target, and the temporary name if it was taken
   */
  synchronized OutputStream createDimFile() throws IOException {
    requireNotDiscarded();
    OutputStream out;
    try {
      out = Files.newOutputStream(names.dimStaged(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw taken(names.dimStaged(), e);
    } catch (IOException e) {
      throw FileErrors.cannot("write", target.dimFile(), e);
    }
    dimCreated = true;
    return out;
  }

  /**
   * Once the shutdown hook discarded the write, a writer thread still running must create nothing:
   * the JVM may halt before its own discard, and what it made would be left behind.
   */
  private void requireNotDiscarded() throws IOException {
    if (finished) {
      throw new IOException("Cannot write " + target + ": the write was discarded as the JVM shuts down");
    }
  }

  private IOException taken(Path staged, FileAlreadyExistsException e) {
    return new IOException("cannot write " + target.dimFile() + ": its temporary name " + staged.getFileName()
        + " is already taken by a file, folder or link that this write did not make; it is left alone"
        + " (is someone else writing in " + staged.getParent() + "?)", e);
  }

  /**
   * Renames the temporary header and folder to their targets. What is at the target is checked
   * again first ({@link DimapTarget#checkReplaceable}): it may have changed while the product
   * was computed. A previous product is first moved aside and deleted only once both renames
   * succeeded; if a rename fails, the previous product is put back.
   *
   * @throws IOException naming the path in the way, or the file that could not be moved
   */
  synchronized void commit() throws IOException {
    requireNotDiscarded();
    target.checkReplaceable();
    // the old product's side files go with it, so that none is left beside the new one; the run
    // is told when the renames are over, and a stop waits for that
    RunTargets.Placement placement = RunTargets.placing(target);
    boolean inPlace = false;
    try {
      rename();
      inPlace = true;
    } finally {
      placement.ended(inPlace);
    }
    FileTrees.delete(names.dimAside());
    FileTrees.delete(names.dataAside());
    finish();
  }

  /** Renames the staged product into place; if a rename fails, the previous product is put back. */
  private void rename() throws IOException {
    Path dimTarget = target.dimFile();
    Path dataTarget = target.dataFolder();
    boolean dimMoved = moveIfExists(dimTarget, names.dimAside());
    boolean dataMoved = false;
    boolean dataPlaced = false;
    try {
      dataMoved = moveIfExists(dataTarget, names.dataAside());
      Files.move(names.dataStaged(), dataTarget);
      dataPlaced = true;
      Files.move(names.dimStaged(), dimTarget);
    } catch (IOException e) {
      if (dataPlaced) {
        // the new data folder must not outlive a failed commit, with or without an old one
        try {
          FileTrees.delete(dataTarget);
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      restore(dataTarget, names.dataAside(), dataMoved, e);
      restore(dimTarget, names.dimAside(), dimMoved, e);
      throw new IOException("cannot move the written product into place as " + dimTarget + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the temporary header and folder; failures are added to {@code failure} as suppressed. */
  synchronized void discard(Throwable failure) {
    try {
      deleteCreated();
      finish();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** The shutdown hook: discards what is staged unless the write has ended; package-private for its test. */
  synchronized void discardOnShutdown() {
    if (finished) {
      return;
    }
    // first: a writer thread still running creates nothing from now on, even if a delete fails
    finished = true;
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          deleteCreated();
          break;
        } catch (DirectoryNotEmptyException e) {
          if (attempt == SHUTDOWN_DELETE_ATTEMPTS) {
            throw e;
          }
          pause();
        }
      }
      lock.release();
      releaseTarget(targetLock);
    } catch (IOException e) {
      // The JVM is exiting; what is left is swept by the next run that writes this target.
      System.err.println("Warning: cannot delete the unfinished " + names.dataStaged() + ": " + e.getMessage());
    }
  }

  /** Deletes the temporary folder and header if this write made them: what was there before is not its own. */
  private void deleteCreated() throws IOException {
    if (dataCreated) {
      FileTrees.delete(names.dataStaged());
    }
    if (dimCreated) {
      FileTrees.delete(names.dimStaged());
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the write: nothing of it is staged any more. */
  private void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook finds the write finished
    }
    try {
      lock.release();
    } finally {
      releaseTarget(targetLock);
    }
  }

  private static boolean moveIfExists(Path from, Path to) throws IOException {
    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.move(from, to);
    return true;
  }

  private static void restore(Path target, Path aside, boolean wasMoved, IOException failure) {
    if (!wasMoved) {
      return;
    }
    try {
      Files.move(aside, target);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
