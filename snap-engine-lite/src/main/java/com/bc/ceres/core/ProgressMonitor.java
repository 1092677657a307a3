package com.bc.ceres.core;

/**
 * Receives progress of a long task: a task of {@code totalWork} ticks is begun, worked on and done.
 *
 * <p>Implementations need not be thread-safe unless they say so; {@link
 * SubProgressMonitor#createSynchronized} gives one that is.
 */
public interface ProgressMonitor {

  /** A monitor that ignores all progress and is never cancelled. */
  ProgressMonitor NULL = new NullProgressMonitor();

  /** The {@code totalWork} to pass to {@link #beginTask} when the amount of work is not known. */
  int UNKNOWN = -1;

  /** Starts the main task named {@code taskName}, which will take {@code totalWork} ticks. */
  void beginTask(String taskName, int totalWork);

  /** Marks the task as finished; remaining ticks count as worked. */
  void done();

  /** Adds {@code work} ticks (may be fractional) to the work done. */
  void internalWorked(double work);

  /** Whether someone asked the task to stop. */
  boolean isCanceled();

  /** Asks the task to stop ({@code true}) or clears that request. */
  void setCanceled(boolean canceled);

  /** Renames the main task. */
  void setTaskName(String taskName);

  /** Names the current step of the main task. */
  void setSubTaskName(String subTaskName);

  /** Adds {@code work} whole ticks to the work done. */
  void worked(int work);
}
