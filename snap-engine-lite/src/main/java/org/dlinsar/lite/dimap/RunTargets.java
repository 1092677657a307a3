package org.dlinsar.lite.dimap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The targets a launcher's run writes (bin/dlinsar, dlinsar-spark), each locked
 * ({@link TargetLock}) from its first check ({@link DimapTarget#prepare}) to the run's end, after
 * the files written beside it are kept or restored: a second run on a target is refused for as
 * long as the first can still change anything of it. Outside a run (SNAP's engine in a program)
 * each write locks its target only while it writes. Process-wide: one run at a time.
 */
public final class RunTargets {

  /** Header file -> its lock; null while no run is open. */
  private static Map<Path, TargetLock> held;

  private RunTargets() {}

  /** A run starts: from now on each target checked or written stays locked until {@link #close}. */
  public static synchronized void open() {
    close();
    held = new LinkedHashMap<>();
  }

  /** The run has ended and its files are settled: its targets are free for other runs. */
  public static synchronized void close() {
    if (held == null) {
      return;
    }
    held.values().forEach(TargetLock::release);
    held = null;
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
