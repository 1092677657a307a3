package org.esa.snap.core.gpf.graph;

import com.bc.ceres.core.ProgressMonitor;
import com.bc.ceres.core.ProgressMonitorWrapper;

/**
 * Passes progress through and records whether a task was begun, so that the graph processor can
 * account for the share of an operator that reported no work (a {@code Read}, say).
 */
final class WorkTracker extends ProgressMonitorWrapper {

  private volatile boolean begun;

  WorkTracker(ProgressMonitor monitor) {
    super(monitor);
  }

  @Override
  public void beginTask(String taskName, int totalWork) {
    begun = true;
    super.beginTask(taskName, totalWork);
  }

  boolean isBegun() {
    return begun;
  }
}
