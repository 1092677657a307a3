package com.bc.ceres.core;

/**
 * Serializes every call to the monitor it wraps, so that worker threads may share it.
 */
final class SynchronizedProgressMonitor extends ProgressMonitorWrapper {

  SynchronizedProgressMonitor(ProgressMonitor monitor) {
    super(monitor);
  }

  @Override
  public synchronized void beginTask(String taskName, int totalWork) {
    super.beginTask(taskName, totalWork);
  }

  @Override
  public synchronized void done() {
    super.done();
  }

  @Override
  public synchronized void internalWorked(double work) {
    super.internalWorked(work);
  }

  @Override
  public synchronized boolean isCanceled() {
    return super.isCanceled();
  }

  @Override
  public synchronized void setCanceled(boolean canceled) {
    super.setCanceled(canceled);
  }

  @Override
  public synchronized void setTaskName(String taskName) {
    super.setTaskName(taskName);
  }

  @Override
  public synchronized void setSubTaskName(String subTaskName) {
    super.setSubTaskName(subTaskName);
  }

  @Override
  public synchronized void worked(int work) {
    super.worked(work);
  }
}
