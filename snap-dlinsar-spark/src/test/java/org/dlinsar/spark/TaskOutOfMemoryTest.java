package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A task that runs out of Java heap in local mode, where its executor is the driver's JVM, fails
 * as an ordinary task does (Spark would end the process with status 52), in words that say which
 * heap to raise; on a cluster the error is left to Spark, which replaces the executor.
 */
class TaskOutOfMemoryTest {

  private static final TaskOutcome.Work<Boolean> EXHAUSTS_THE_HEAP = () -> {
    throw new OutOfMemoryError("Java heap space");
  };

  @Test
  void inLocalModeItIsAnOrdinaryFailureSayingWhichHeapToRaise() {
    TaskOutOfMemory e = assertThrows(TaskOutOfMemory.class,
        () -> TaskOutcome.of("tile 3, pixels 0,96 to 96,192", EXHAUSTS_THE_HEAP, true));

    assertNull(e.getCause(), "no OutOfMemoryError beneath: Spark would take it for a fatal one");
    assertTrue(e.getMessage().startsWith("out of memory in a task (tile 3, pixels 0,96 to 96,192): local mode runs"
        + " its tasks in the driver, whose Java heap is limited to "), e.getMessage());
    assertTrue(e.getMessage().contains("; give it more with JAVA_OPTS=-Xmx") && e.getMessage().contains("--master local[N]"),
        e.getMessage());
  }

  @Test
  void onAClusterSparkMeetsTheErrorItself() {
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> TaskOutcome.of(null, EXHAUSTS_THE_HEAP, false));
    assertEquals("Java heap space", e.getMessage());
  }

  @Test
  void theMessageNamesTheHeapAndTwiceIt() {
    assertEquals("out of memory in a task: local mode runs its tasks in the driver, whose Java heap is limited to"
        + " 512 MiB; give it more with JAVA_OPTS=-Xmx2g (spark-submit: --driver-memory 2g), or run fewer tasks at"
        + " once (--master local[N] with a smaller N)", TaskOutOfMemory.message(null, 512L << 20));
  }

  @Test
  void aDriverTooSmallForSparkToStartIsToldThisLaunchersOption() {
    // Spark's advice names spark-submit's --driver-memory, which bin/dlinsar-spark does not take
    assertEquals("[INVALID_DRIVER_MEMORY] System memory 314572800 must be at least 471859200; bin/dlinsar-spark:"
        + " give its JVM more heap, e.g. JAVA_OPTS=-Xmx1g",
        DlinsarSpark.withOurOption("[INVALID_DRIVER_MEMORY] System memory 314572800 must be at least 471859200."));
    assertEquals("tile 2 always fails", DlinsarSpark.withOurOption("tile 2 always fails"));
  }
}
