package com.bc.ceres.core;

/**
 * A progress monitor that forwards every call to another one; subclasses change what they need.
 */
public abstract class ProgressMonitorWrapper implements ProgressMonitor {

  private final ProgressMonitor wrapped;

  /** @param monitor the monitor to forward to; {@code null} means {@link ProgressMonitor#NULL} */
  protected ProgressMonitorWrapper(ProgressMonitor monitor) {
    this.wrapped = monitor != null ? monitor : ProgressMonitor.NULL;
  }

  /** The monitor calls are forwarded to, never null. */
  public ProgressMonitor getWrappedProgressMonitor() {
    return wrapped;
  }

  @Override
  public void beginTask(String taskName, int totalWork) {
    wrapped.beginTask(taskName, totalWork);
  }

  @Override
  public void done() {
    wrapped.done();
  }

  @Override
  public void internalWorked(double work) {
    wrapped.internalWorked(work);
  }

  @Override
  public boolean isCanceled() {
    return wrapped.isCanceled();
  }

  @Override
  public void setCanceled(boolean canceled) {
    wrapped.setCanceled(canceled);
  }

  @Override
  public void setTaskName(String taskName) {
    wrapped.setTaskName(taskName);
  }

  @Override
  public void setSubTaskName(String subTaskName) {
    wrapped.setSubTaskName(subTaskName);
  }

  @Override
  public void worked(int work) {
    wrapped.worked(work);
  }
}
