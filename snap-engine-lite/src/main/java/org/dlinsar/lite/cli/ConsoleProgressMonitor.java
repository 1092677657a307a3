package org.dlinsar.lite.cli;

import com.bc.ceres.core.ProgressMonitor;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress for a terminal, in plain lines: the task name when it begins, a line at every tenth
 * of the work ("Writing product: 30%"), and the time elapsed since the task began when all the
 * work is done (a task that stops early, on an error, ends without that line). A graph's monitor
 * ({@link #forGraphs}) names its task with its first work instead: the graph's task begins before
 * its operators are set up, as SNAP's does, and a graph refused then prints its error alone.
 * Sub-tasks (nested {@code beginTask} calls on this monitor) only add to the work of the outer
 * task. Thread-safe: tiles report their work from several threads.
 */
public final class ConsoleProgressMonitor implements ProgressMonitor {

  private static final int STEPS = 10;

  private final PrintStream out;
  private final LongSupplier nanoClock;
  private final boolean namedWithFirstWork;
  private String taskName = "";
  private double totalWork;
  private double work;
  private int stepsPrinted;
  private int depth;
  private boolean announced;
  private long startNanos;
  private volatile boolean canceled;

  /** @param out where lines go, usually standard error */
  public ConsoleProgressMonitor(PrintStream out) {
    this(out, System::nanoTime, false);
  }

  /**
   * @param nanoClock the clock for the elapsed time, in nanoseconds
   * @param namedWithFirstWork whether the task's name waits for its first work
   */
  ConsoleProgressMonitor(PrintStream out, LongSupplier nanoClock, boolean namedWithFirstWork) {
    this.out = out;
    this.nanoClock = nanoClock;
    this.namedWithFirstWork = namedWithFirstWork;
  }

  /**
   * A monitor for a graph run: the task's name is printed with its first work, so that a graph
   * refused while its operators are set up prints nothing but its error; the elapsed time still
   * counts from the task's beginning, the operators' set-up included.
   */
  public static ConsoleProgressMonitor forGraphs(PrintStream out) {
    return new ConsoleProgressMonitor(out, System::nanoTime, true);
  }

  @Override
  public synchronized void beginTask(String name, int totalWork) {
    if (depth++ > 0) {
      return;
    }
    this.taskName = name == null ? "" : name;
    this.totalWork = totalWork;
    this.work = 0;
    this.stepsPrinted = 0;
    this.announced = false;
    this.startNanos = nanoClock.getAsLong();
    if (!namedWithFirstWork) {
      announce();
    }
  }

  private void announce() {
    if (!announced) {
      announced = true;
      out.println(taskName + "...");
    }
  }

  @Override
  public synchronized void done() {
    if (depth == 0 || --depth > 0) {
      return;
    }
    if (totalWork > 0 && work < totalWork - 1e-9) {
      return; // stopped early by a failure or cancellation: the error says what happened
    }
    double seconds = (nanoClock.getAsLong() - startNanos) / 1e9;
    announce();
    out.println(taskName + ": done in " + elapsed(seconds));
  }

  @Override
  public synchronized void internalWorked(double amount) {
    if (depth == 0 || totalWork <= 0) {
      return;
    }
    work += amount;
    announce();
    int steps = (int) Math.min(STEPS, Math.floor(work / totalWork * STEPS + 1e-9));
    while (stepsPrinted < steps) {
      stepsPrinted++;
      out.println(taskName + ": " + stepsPrinted * (100 / STEPS) + "%");
    }
  }

  @Override
  public void worked(int amount) {
    internalWorked(amount);
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public void setCanceled(boolean canceled) {
    this.canceled = canceled;
  }

  @Override
  public synchronized void setTaskName(String name) {
    this.taskName = name == null ? "" : name;
  }

  @Override
  public void setSubTaskName(String name) {
    // Sub-task names change per tile; printing them would flood the terminal.
  }

  static String elapsed(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long minutes = (long) (seconds / 60);
    return String.format(Locale.ROOT, "%d min %.1f s", minutes, seconds - 60 * minutes);
  }
}
