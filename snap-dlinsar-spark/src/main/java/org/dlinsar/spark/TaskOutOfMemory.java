package org.dlinsar.spark;

import org.dlinsar.lite.cli.OutOfMemory;

/**
 * A task that ran out of Java heap in local mode, where the executor is the driver's JVM: Spark
 * would end the whole process for it (exit status 52, its stack traces, the files beside the
 * product not put back); as this ordinary failure the run ends as any failed run does, in one
 * line that says which heap to raise, as bin/dlinsar's does. On a cluster the executor is left
 * to die and Spark runs the task again elsewhere, as it does for any fatal error there.
 */
final class TaskOutOfMemory extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param where the task's part of the frame, or null
   * @param maxHeapBytes the driver's Java heap ({@link Runtime#maxMemory()})
   */
  TaskOutOfMemory(String where, long maxHeapBytes) {
    super(message(where, maxHeapBytes));
  }

  static String message(String where, long maxHeapBytes) {
    long gib = OutOfMemory.suggestedGib(maxHeapBytes);
    return "out of memory in a task" + (where == null ? "" : " (" + where + ")") + ": local mode runs its tasks in"
        + " the driver, whose Java heap is limited to " + OutOfMemory.heapSize(maxHeapBytes) + "; give it more"
        + " with JAVA_OPTS=-Xmx" + gib + "g (spark-submit: --driver-memory " + gib + "g), or run fewer tasks at"
        + " once (--master local[N] with a smaller N)";
  }
}
