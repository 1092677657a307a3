package com.bc.ceres.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NullProgressMonitorTest {

  @Test
  void remembersCancellationAndNothingElse() {
    NullProgressMonitor monitor = new NullProgressMonitor();
    monitor.beginTask("task", 10);
    monitor.worked(3);
    assertFalse(monitor.isCanceled());

    monitor.setCanceled(true);

    assertTrue(monitor.isCanceled());
  }

  @Test
  void wrapperOfNullForwardsToTheNullMonitor() {
    ProgressMonitorWrapper wrapper = new ProgressMonitorWrapper(null) {
    };

    assertSame(ProgressMonitor.NULL, wrapper.getWrappedProgressMonitor());
  }
}
