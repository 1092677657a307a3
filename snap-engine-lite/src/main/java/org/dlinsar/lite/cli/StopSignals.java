package org.dlinsar.lite.cli;

import java.util.List;
import org.dlinsar.lite.dimap.RunTargets;
import sun.misc.Signal;

/**
 * Ctrl-C (INT), SIGTERM and SIGHUP end a run as the JVM would (exit status 128 + the signal's
 * number, shutdown hooks run: staged products are cleaned up), but in order: first every
 * {@link RunOutcome} releases what must not be freed under a running thread and puts back the
 * files the run replaced, then the run's targets are freed for other runs (their lock files
 * go; a writer thread still running puts no product in place after that), then the JVM exits. The JVM runs its
 * shutdown hooks concurrently, and ONNX Runtime's own hook frees its native environment while a
 * network may still be running in it, which crashed the JVM (exit 134, a crash log in the working
 * folder) when a run was stopped during inference. The launcher installs it, and so does
 * {@code dlinsar-spark}'s driver.
 */
public final class StopSignals {

  private static volatile int stoppedWith;

  private StopSignals() {}

  /** Takes over the stop signals this platform has; those the JVM keeps (-Xrs) stay its own. */
  public static void install(List<RunOutcome> outcomes) {
    for (String name : new String[] {"INT", "TERM", "HUP"}) {
      try {
        Signal.handle(new Signal(name), signal -> stop(signal, outcomes));
      } catch (IllegalArgumentException e) {
        // not a signal of this platform, or one the JVM was told to leave alone
      }
    }
  }

  /** The exit status of a run stopped by a signal, 0 while none came. */
  public static int stoppedWith() {
    return stoppedWith;
  }

  /**
   * Exits the JVM with {@code status}; once a signal came, waits for its handler to exit instead.
   * A run whose threads fail because it is stopping (its networks closed, its jobs cancelled) must
   * not exit while the handler still waits for a network: the JVM's shutdown hooks would run
   * under it.
   */
  public static void exit(int status) {
    synchronized (StopSignals.class) {
      System.exit(stoppedWith != 0 ? stoppedWith : status);
    }
  }

  private static synchronized void stop(Signal signal, List<RunOutcome> outcomes) {
    stoppedWith = 128 + signal.getNumber();
    for (RunOutcome outcome : outcomes) {
      try {
        outcome.stopping();
      } catch (RuntimeException e) {
        // the exit below matters more than what one module could not release
      }
    }
    // threads of the run go on until the JVM halts: none puts a product in place from now on
    RunTargets.closeForExit(false);
    System.exit(stoppedWith);
  }
}
