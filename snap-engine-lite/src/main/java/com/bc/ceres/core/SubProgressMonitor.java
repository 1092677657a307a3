package com.bc.ceres.core;

/**
 * A monitor for a sub-task that takes a fixed number of its parent's ticks.
 *
 * <p>The sub-task's own {@code beginTask(name, total)} is scaled onto the parent: each of its
 * ticks is worth {@code parentTicks / total} parent ticks, and {@link #done()} hands the parent
 * whatever of its share was not yet reported. The sub-task's name is not passed to the parent
 * (its {@code beginTask} does not restart the parent); sub-task labels are, subject to the style.
 * Nested {@code beginTask}/{@code done} pairs on one sub-monitor count only once.
 */
public class SubProgressMonitor extends ProgressMonitorWrapper {

  /** Style bit: do not pass {@link #setSubTaskName} labels on to the parent. */
  public static final int SUPPRESS_SUBTASK_LABEL = 2;

  /** Style bit: prefix sub-task labels with this sub-monitor's task name. */
  public static final int PREPEND_MAIN_LABEL_TO_SUBTASK = 4;

  private final int parentTicks;
  private final int style;
  private double scale;
  private double sentToParent;
  private int nestedBeginTasks;
  private String mainTaskLabel;

  /**
   * A sub-monitor of {@code ticks} parent ticks, or {@link ProgressMonitor#NULL} itself when the
   * parent is {@code NULL} (nothing to report to).
   */
  public static ProgressMonitor create(ProgressMonitor monitor, int ticks) {
    if (monitor == null || monitor == ProgressMonitor.NULL) {
      return ProgressMonitor.NULL;
    }
    return new SubProgressMonitor(monitor, ticks);
  }

  /**
   * As {@link #create}, but the returned monitor may be called from several threads at once:
   * every call is serialized on the returned monitor.
   */
  public static ProgressMonitor createSynchronized(ProgressMonitor monitor, int ticks) {
    if (monitor == null || monitor == ProgressMonitor.NULL) {
      return ProgressMonitor.NULL;
    }
    return new SynchronizedProgressMonitor(new SubProgressMonitor(monitor, ticks));
  }

  /** A sub-monitor that takes {@code ticks} ticks of {@code monitor}. */
  public SubProgressMonitor(ProgressMonitor monitor, int ticks) {
    this(monitor, ticks, 0);
  }

  /**
   * @param style a sum of {@link #SUPPRESS_SUBTASK_LABEL} and {@link #PREPEND_MAIN_LABEL_TO_SUBTASK}, or 0
   */
  public SubProgressMonitor(ProgressMonitor monitor, int ticks, int style) {
    super(monitor);
    this.parentTicks = Math.max(ticks, 0);
    this.style = style;
  }

  /** Starts the sub-task: {@code totalWork} of its ticks make up the parent ticks it was given. */
  @Override
  public void beginTask(String taskName, int totalWork) {
    nestedBeginTasks++;
    if (nestedBeginTasks > 1) {
      return;
    }
    scale = totalWork <= 0 ? 0.0 : (double) parentTicks / (double) totalWork;
    sentToParent = 0.0;
    if ((style & PREPEND_MAIN_LABEL_TO_SUBTASK) != 0) {
      mainTaskLabel = taskName;
    }
  }

  /** Finishes the sub-task; the parent receives the rest of the ticks it was given. */
  @Override
  public void done() {
    if (nestedBeginTasks == 0 || --nestedBeginTasks > 0) {
      return;
    }
    double remaining = parentTicks - sentToParent;
    if (remaining > 0) {
      super.internalWorked(remaining);
    }
    sentToParent = parentTicks;
    if ((style & SUPPRESS_SUBTASK_LABEL) == 0) {
      super.setSubTaskName("");
    }
  }

  /** Reports {@code work} sub-task ticks, scaled to parent ticks, never beyond the share. */
  @Override
  public void internalWorked(double work) {
    if (work <= 0.0) {
      return;
    }
    double parentWork = Math.min(scale * work, parentTicks - sentToParent);
    if (parentWork > 0) {
      super.internalWorked(parentWork);
      sentToParent += parentWork;
    }
  }

  @Override
  public void setSubTaskName(String subTaskName) {
    if ((style & SUPPRESS_SUBTASK_LABEL) != 0) {
      return;
    }
    String label = subTaskName;
    if ((style & PREPEND_MAIN_LABEL_TO_SUBTASK) != 0 && mainTaskLabel != null && !mainTaskLabel.isEmpty()) {
      label = mainTaskLabel + ' ' + subTaskName;
    }
    super.setSubTaskName(label);
  }

  @Override
  public void worked(int work) {
    internalWorked(work);
  }
}
