package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets a launcher's run writes (bin/dlinsar, dlinsar-spark), each locked
 * ({@link TargetLock}) from its first check ({@link DimapTarget#prepare}) to the run's end, after
 * the files written beside it are kept or restored: a second run on a target is refused for as
 * long as the first can still change anything of it. Outside a run (SNAP's engine in a program)
 * each write locks its target only while it writes. Process-wide: one run at a time.
 */
public final class RunTargets {

  /** Told before the run puts a product in place. */
  @FunctionalInterface
  public interface Placing {
    /**
     * A new product is about to take the place of {@code dimFile} (absolute), replacing what is
     * there: the files beside it that belong to the old product go with it.
     *
     * @throws IOException naming the file that could not be moved: the product is not placed
     */
    void placing(Path dimFile) throws IOException;

    /**
     * The renames of the product {@link #placing} was told of are over: it is in place, or its
     * commit failed and the old product is back. Told once after each placing that returned, so
     * that a stop can wait for a product being placed: it and its side files are one unit.
     */
    default void placed(Path dimFile, boolean inPlace) {}
  }

  /** A product being put in place ({@link #placing}): told when its renames are over. */
  @FunctionalInterface
  interface Placement {
    void ended(boolean inPlace);
  }

  /** Header file -> its lock; null while no run is open. */
  private static Map<Path, TargetLock> held;
  private static Placing placing;
  /** The folders the run made for its targets, outermost first. */
  private static List<Path> madeFolders;
  /**
   * The run's targets were freed as the JVM exits (a stop, a failure in a launcher's JVM) while
   * its threads may still write: no product is placed until the next {@link #open}.
   */
  private static boolean closedForExit;

  private RunTargets() {}

  /**
   * A run starts: from now on each target checked or written stays locked until {@link #close},
   * and {@code placing} is told of each product before it is put in place.
   */
  public static synchronized void open(Placing placing) {
    close(true);
    closedForExit = false;
    held = new LinkedHashMap<>();
    RunTargets.placing = placing;
    madeFolders = new ArrayList<>();
  }

  /**
   * The run has ended and its files are settled: its targets are free for other runs, and a run
   * that failed removes the folders it made for them that are still empty.
   */
  public static synchronized void close(boolean succeeded) {
    if (held == null) {
      return;
    }
    held.values().forEach(TargetLock::release);
    if (!succeeded) {
      for (int i = madeFolders.size() - 1; i >= 0; i--) {
        deleteIfEmpty(madeFolders.get(i));
      }
    }
    held = null;
    placing = null;
    madeFolders = null;
  }

  /**
   * As {@link #close}, when the JVM exits next while threads of the run may still be writing:
   * a commit of theirs would otherwise be taken for one outside a run and put its product in place
   * beside the side files just put back, on a target other runs may now take. Refused instead.
   */
  public static synchronized void closeForExit(boolean succeeded) {
    if (held != null) {
      closedForExit = true;
    }
    close(succeeded);
  }

  /** While a run is open, notes the folders from {@code folder} up to {@code existing} (not included) as made by it. */
  static synchronized void madeFolders(Path folder, Path existing) {
    if (madeFolders == null) {
      return;
    }
    List<Path> made = new ArrayList<>();
    for (Path f = folder; f != null && !f.equals(existing); f = f.getParent()) {
      made.add(0, f);
    }
    madeFolders.addAll(made);
  }

  private static void deleteIfEmpty(Path folder) {
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // not empty (another run's files, or this run's kept ones), or gone: it stays
    }
  }

  /**
   * Before a write of the open run renames its product into place; nothing outside a run. The
   * placement returned is ended, in a finally, once the renames are over.
   */
  static Placement placing(DimapTarget target) throws IOException {
    Placing told;
    synchronized (RunTargets.class) {
      if (closedForExit) {
        throw new IOException("the run is being stopped: " + target.dimFile() + " is left as it was");
      }
      told = held == null ? null : placing;
    }
    if (told == null) {
      return inPlace -> { };
    }
    told.placing(target.dimFile());
    return inPlace -> told.placed(target.dimFile(), inPlace);
  }

  /**
   * While a run is open, locks {@code target} for the rest of the run, once.
   *
   * @return whether the open run holds it; false when no run is open
   * @throws IOException when another run holds it
   */
  static synchronized boolean holdForRun(DimapTarget target) throws IOException {
    if (held == null) {
      return false;
    }
    if (!held.containsKey(target.dimFile())) {
      held.put(target.dimFile(), TargetLock.take(target));
    }
    return true;
  }
}
