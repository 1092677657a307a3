package com.bc.ceres.core;

import java.util.ArrayList;
import java.util.List;

/** Records what a task reports: total work, work done, task and sub-task names. */
final class RecordingProgressMonitor implements ProgressMonitor {

  int totalWork;
  double worked;
  int doneCalls;
  boolean canceled;
  String taskName;
  final List<String> subTaskNames = new ArrayList<>();

  @Override
  public void beginTask(String name, int total) {
    taskName = name;
    totalWork = total;
  }

  @Override
  public void done() {
    doneCalls++;
  }

  @Override
  public void internalWorked(double work) {
    worked += work;
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public void setCanceled(boolean value) {
    canceled = value;
  }

  @Override
  public void setTaskName(String name) {
    taskName = name;
  }

  @Override
  public void setSubTaskName(String name) {
    subTaskNames.add(name);
  }

  @Override
  public void worked(int work) {
    internalWorked(work);
  }
}
