package com.bc.ceres.core;

/**
 * A progress monitor that shows nothing; it only remembers whether it was cancelled.
 */
public class NullProgressMonitor implements ProgressMonitor {

  private volatile boolean canceled;

  /** Creates a monitor that is not cancelled. */
  public NullProgressMonitor() {
  }

  @Override
  public void beginTask(String taskName, int totalWork) {
    // Nothing is displayed.
  }

  @Override
  public void done() {
    // Nothing is displayed.
  }

  @Override
  public void internalWorked(double work) {
    // Nothing is displayed.
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
  public void setTaskName(String taskName) {
    // Nothing is displayed.
  }

  @Override
  public void setSubTaskName(String subTaskName) {
    // Nothing is displayed.
  }

  @Override
  public void worked(int work) {
    // Nothing is displayed.
  }
}
