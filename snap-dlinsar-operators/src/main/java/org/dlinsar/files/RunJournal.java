package org.dlinsar.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The files a headless run wrote through {@link StagedFile}, each with the one it replaced, so
 * that a run that fails leaves them as it found them. A product is staged and takes its place only
 * once written whole, but the files beside it (detections, time series) are written as soon as
 * they are known: without the journal a run that failed writing its product would leave the old
 * product beside new detections. Kept only between {@link #open()} and {@link #keep()} or
 * {@link #rollBack()} (the launchers' runs; inside SNAP, as with gpt, files stay as written).
 * Process-wide: one run at a time. Thread-safe.
 */
public final class RunJournal {

  private static final Logger LOG = Logger.getLogger(RunJournal.class.getName());
  private static final String PREVIOUS = ".previous";

  /** Written file -> the previous version kept aside, or null when there was none. */
  private static Map<Path, Path> entries;
  private static Thread rollBackOnExit;
  /**
   * The run was stopped (a signal, the JVM's exit) and rolled back, while its threads may go on
   * until the JVM halts: nothing more is replaced or put in place until the next {@link #open()}.
   */
  private static boolean stopped;
  /**
   * The products between {@link #placingProduct} and {@link #placedProduct}: their old side files
   * are aside and their renames may be under way, so a stop waits for them.
   */
  private static final Set<Path> beingPlaced = new HashSet<>();

  private RunJournal() {}

  /**
   * From now on remembers each file written and keeps the version it replaces aside, as
   * {@code .<name>.previous<pid>-...}, a name of this run's own ({@link RunOwnedTemp}; {@code .<name>} shortened for a long name,
   * {@link HiddenNames}); a JVM
   * that exits before {@link #keep()} rolls back.
   */
  public static synchronized void open() {
    entries = new LinkedHashMap<>();
    stopped = false;
    beingPlaced.clear();
    rollBackOnExit = new Thread(RunJournal::stop, "dlinsar-run-journal");
    Runtime.getRuntime().addShutdownHook(rollBackOnExit);
  }

  /** The run succeeded: its files stay and the versions they replaced go. */
  public static synchronized void keep() {
    if (entries == null) {
      return;
    }
    keepSoFar();
    close();
  }

  /**
   * A product is in place with the files written beside it so far (a command that writes several
   * products in turn): those stay whatever comes after; the journal goes on with later files.
   */
  public static synchronized void keepSoFar() {
    if (entries == null) {
      return;
    }
    for (Path previous : entries.values()) {
      if (previous != null) {
        delete(previous);
      }
    }
    entries.clear();
  }

  /** The run failed: its files go and the versions they replaced come back. */
  public static synchronized void rollBack() {
    if (entries == null) {
      return;
    }
    entries.forEach((file, previous) -> {
      try {
        if (previous != null) {
          Files.move(previous, file, StandardCopyOption.REPLACE_EXISTING);
        } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          // there was none before; a write that failed (a name too long, say) left none either
          Files.delete(file);
        }
      } catch (IOException e) {
        LOG.warning("could not restore " + file + " as it was before the failed run: " + StagedFile.inWords(e));
      }
    });
    close();
  }

  /**
   * The run is stopped (Ctrl-C, SIGTERM, the JVM's exit, a failure the launcher's JVM exits on)
   * while its threads may still be writing:
   * rolled back as a failed run is, and from now on a write that would replace or add a file, or
   * put a product in place beside the files just put back, fails instead. Nothing is refused
   * outside a run (no journal open: inside SNAP).
   */
  public static synchronized void stop() {
    if (entries == null) {
      return;
    }
    // refused from now on; a product whose renames may be under way ends first, so that it and
    // the files beside it are either both old or both new
    stopped = true;
    awaitPlacings();
    rollBack();
  }

  private static void awaitPlacings() {
    boolean interrupted = false;
    while (!beingPlaced.isEmpty()) {
      try {
        RunJournal.class.wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A run is about to put a new product in place as {@code dimFile}: the files beside it named
   * after it ({@link SideFiles}) that this run did not write belong to the old product and go
   * with it, kept aside as a replaced file is (back if the run fails). Without an open journal
   * (inside SNAP, as with gpt) they stay. Each placing that returns is followed by
   * {@link #placedProduct}; a stop waits for it.
   *
   * @throws IOException naming the file that could not be moved aside
   */
  public static synchronized void placingProduct(Path dimFile) throws IOException {
    refuseOnceStopped(dimFile);
    if (entries == null) {
      return;
    }
    Path product = key(dimFile);
    for (Path file : SideFiles.of(product)) {
      if (!entries.containsKey(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("cannot put the product " + dimFile + " in place: " + file + " is a folder, not a"
              + " file of the product it replaces; it is left alone, so move it away or choose another target");
        }
        try {
          replacing(file);
        } catch (IOException e) {
          throw new IOException("cannot move " + file + " away with the product it belongs to: " + e, e);
        }
      }
    }
    beingPlaced.add(product);
  }

  /**
   * The renames of the product announced by {@link #placingProduct} are over: when it is in
   * place, the files this run wrote beside it stay with it whatever comes after (a failure, a
   * stop), and those of the old product it took away are gone; when its commit failed (the old
   * product is back) they stay in the journal, put back with the rest if the run fails.
   */
  public static synchronized void placedProduct(Path dimFile, boolean inPlace) {
    Path product = key(dimFile);
    if (beingPlaced.remove(product)) {
      RunJournal.class.notifyAll();
    }
    if (!inPlace || entries == null) {
      return;
    }
    for (Path file : SideFiles.of(product)) {
      if (entries.containsKey(file)) {
        Path previous = entries.remove(file);
        if (previous != null) {
          delete(previous);
        }
      }
    }
  }

  /**
   * Renames {@code written} to {@code target}, replacing what is there, atomically where the file
   * system can; while a journal is open, the version replaced is first kept aside. Under the
   * journal's lock, so that a stop's roll-back comes wholly before (the rename is refused) or
   * after (it is undone), never between the keeping aside and the rename.
   */
  static synchronized void rename(Path written, Path target) throws IOException {
    replacing(target);
    try {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Called before {@code file} is replaced by a new version: while a journal is open, the first
   * time in the run, moves the version there aside.
   */
  private static void replacing(Path given) throws IOException {
    refuseOnceStopped(given);
    Path file = key(given);
    if (entries == null || entries.containsKey(file)) {
      return;
    }
    Path previous = null;
    if (Files.exists(file)) {
      previous = backupOf(file);
      Files.move(file, previous);
    }
    entries.put(file, previous);
  }

  /**
   * {@code file} in its folder's real path: one file however spelled ({@code out/./d.dim},
   * {@code x/../out}, a link to {@code out/}), so that the side files a run wrote are known as its
   * own when the product is placed under another spelling. As given, made absolute and normal,
   * where the folder cannot be resolved.
   */
  private static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.getParent().toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      return absolute;
    }
  }

  /** Refuses to replace or add {@code file} once the run is stopped ({@link #stop()}). */
  static synchronized void refuseOnceStopped(Path file) throws IOException {
    if (stopped) {
      throw new IOException("the run is being stopped: " + file + " is left as it was");
    }
  }

  /** Whether a journal is open: a failed run puts back what it replaced. */
  static synchronized boolean keeping() {
    return entries != null;
  }

  /**
   * Where the version of {@code file} this run replaces is kept: a name no other run takes, so
   * that a run never moves over or deletes another's backup. Never swept: a killed run's backup
   * is the user's previous file.
   */
  static Path backupOf(Path file) {
    String kind = HiddenNames.stem(file.getFileName().toString(), PREVIOUS.length() + RunOwnedTemp.UNIQUE_BYTES)
        + PREVIOUS;
    return file.resolveSibling(RunOwnedTemp.uniqueName(kind));
  }

  private static void close() {
    entries = null;
    if (rollBackOnExit != null && Thread.currentThread() != rollBackOnExit) {
      try {
        Runtime.getRuntime().removeShutdownHook(rollBackOnExit);
      } catch (IllegalStateException e) {
        // the JVM is exiting: the hook runs or ran
      }
    }
    rollBackOnExit = null;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning("could not delete " + file + ": " + StagedFile.inWords(e));
    }
  }
}
