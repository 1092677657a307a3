package com.bc.ceres.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SubProgressMonitorTest {

  private final RecordingProgressMonitor parent = new RecordingProgressMonitor();

  @Test
  void scalesSubTaskTicksOntoTheParentShare() {
    parent.beginTask("main", 100);
    ProgressMonitor sub = new SubProgressMonitor(parent, 40);

    sub.beginTask("sub", 8);
    sub.worked(2);

    assertEquals(10.0, parent.worked, 1e-12);
    assertEquals("main", parent.taskName, "the sub-task must not rename the parent task");
  }

  @Test
  void doneHandsTheParentTheUnreportedRestOfItsShare() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 40);
    sub.beginTask("sub", 8);
    sub.worked(3);

    sub.done();

    assertEquals(40.0, parent.worked, 1e-12);
  }

  @Test
  void neverReportsMoreThanItsShare() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 10);
    sub.beginTask("sub", 4);

    sub.worked(7);
    sub.done();

    assertEquals(10.0, parent.worked, 1e-12);
  }

  @Test
  void nestedBeginTasksCountOnce() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 10);
    sub.beginTask("outer", 2);
    sub.beginTask("inner", 1000);
    sub.worked(1);
    sub.done();

    assertEquals(5.0, parent.worked, 1e-12, "the inner total must not change the scale");
    sub.done();
    assertEquals(10.0, parent.worked, 1e-12);
  }

  @Test
  void unknownTotalReportsOnlyAtDone() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 6);
    sub.beginTask("sub", ProgressMonitor.UNKNOWN);
    sub.worked(5);
    assertEquals(0.0, parent.worked, 1e-12);

    sub.done();
    assertEquals(6.0, parent.worked, 1e-12);
  }

  @Test
  void twoSubMonitorsFillTheParentTask() {
    parent.beginTask("main", 10);
    for (ProgressMonitor sub : List.of(SubProgressMonitor.create(parent, 3), SubProgressMonitor.create(parent, 7))) {
      sub.beginTask("part", 5);
      for (int i = 0; i < 5; i++) {
        sub.worked(1);
      }
      sub.done();
    }

    assertEquals(10.0, parent.worked, 1e-9);
  }

  @Test
  void prependsTheSubTaskNameToLabelsWhenAsked() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 1, SubProgressMonitor.PREPEND_MAIN_LABEL_TO_SUBTASK);
    sub.beginTask("Writing", 1);

    sub.setSubTaskName("band a");

    assertEquals(List.of("Writing band a"), parent.subTaskNames);
  }

  @Test
  void suppressesSubTaskLabelsWhenAsked() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 1, SubProgressMonitor.SUPPRESS_SUBTASK_LABEL);
    sub.beginTask("Writing", 1);

    sub.setSubTaskName("band a");
    sub.done();

    assertEquals(List.of(), parent.subTaskNames);
  }

  @Test
  void cancellationIsThatOfTheParent() {
    ProgressMonitor sub = new SubProgressMonitor(parent, 1);

    sub.setCanceled(true);

    assertTrue(parent.isCanceled());
  }

  @Test
  void createOnTheNullMonitorGivesTheNullMonitor() {
    assertSame(ProgressMonitor.NULL, SubProgressMonitor.create(ProgressMonitor.NULL, 5));
    assertSame(ProgressMonitor.NULL, SubProgressMonitor.createSynchronized(ProgressMonitor.NULL, 5));
  }

  @Test
  void synchronizedSubMonitorLosesNoTicksUnderConcurrentWork() throws Exception {
    ProgressMonitor sub = SubProgressMonitor.createSynchronized(parent, 1000);
    int threads = 8;
    int ticksPerThread = 5000;
    sub.beginTask("parallel", threads * ticksPerThread * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < ticksPerThread; i++) {
            sub.worked(1);
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }

    assertEquals(500.0, parent.worked, 1e-6, "half the sub-task's ticks are half of its 1000 parent ticks");
  }
}
