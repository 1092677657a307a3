package org.dlinsar.lite;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * What to do when a run passes the process's limit of open files: "Too many open files" names
 * neither the limit nor the remedy. A stack is read and written band file by band file, as SNAP's
 * DIMAP reader and writer do, so a run holds about 4 files open per interferogram (its phase,
 * quadrature and coherence read, its mask or gradient written), and Local-SBAS with {@code -t},
 * which carries every band to its target, about 8: a 1000-interferogram stack needs 4000 to 8000,
 * past the 1024 many systems give a shell.
 */
public final class OpenFileLimit {

  /** What the OS says when the process's limit is reached (EMFILE), in the JDK's words. */
  private static final String PROCESS_LIMIT = "too many open files";
  /** ENFILE: the whole system's table is full, which no ulimit of this process mends. */
  private static final String SYSTEM_LIMIT = "too many open files in system";

  private OpenFileLimit() {}

  /** Whether {@code e} or one of its causes says the process ran out of open files. */
  public static boolean isCauseOf(Throwable e) {
    return Causes.any(e, t -> says(t.getMessage()));
  }

  /** Whether {@code message} says the process ran out of open files. */
  public static boolean says(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains(PROCESS_LIMIT) && !lower.contains(SYSTEM_LIMIT);
  }

  /**
   * "raise the limit of open files (1024 for this process) with ulimit -n before the run ...":
   * the remedy, with this process's limit where the JVM tells it.
   */
  public static String remedy() {
    long limit = limitHere();
    return "raise the limit of open files" + (limit > 0 ? " (" + limit + " for this process)" : "")
        + " with ulimit -n before the run, e.g. ulimit -n 8192: a stack needs about 4 open files per"
        + " interferogram, 8 for Local-SBAS with -t, which carries every band";
  }

  /** The most files this process may have open, or -1 where the JVM does not say. */
  private static long limitHere() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
  }
}
