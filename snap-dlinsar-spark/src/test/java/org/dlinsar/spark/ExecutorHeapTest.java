package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.dlinsar.lite.LogCapture;
import org.dlinsar.parts.PartHeap;
import org.junit.jupiter.api.Test;

/**
 * An executor's heap and tasks at once as Spark derives them from its configuration, and what a
 * refusal says to give ({@link ExecutorHeap}).
 */
class ExecutorHeapTest {

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private static PartHeap of(String master, String... settings) {
    SparkConf conf = new SparkConf(false).setMaster(master);
    for (int k = 0; k < settings.length; k += 2) {
      conf.set(settings[k], settings[k + 1]);
    }
    return ExecutorHeap.of(conf, 3 * GIB, 16);
  }

  /**
   * On a cluster: spark.executor.memory (1g by default, MiB without a unit), and
   * spark.executor.cores / spark.task.cpus tasks (1 and 1 by default). The reviewer's 128 x 128
   * patch (141 MiB, -Xmx768m alone, -Xmx3g for four): four tasks of an executor of 1g hold one,
   * so fewer cores per task, or the memory for four.
   */
  @Test
  void anExecutorHasItsMemoryAndRunsItsCoresOverTheTaskCpus() {
    PartHeap executor = of("yarn", "spark.executor.cores", "4");
    assertEquals(GIB, executor.bytes());
    assertEquals(4, executor.atOnce());
    assertEquals("a Spark executor (a task each)", executor.holder());
    assertEquals("give spark.executor.memory at least 3g (--executor-memory 3g), or at most 1 task at"
        + " once per executor (spark.task.cpus=3)", executor.remedy().toGive("3g", "768m", 1));
    assertEquals("give spark.executor.memory at least 3g (--executor-memory 3g), or 768m with one task"
        + " at once per executor (spark.task.cpus=4)", executor.remedy().toGive("3g", "768m", 0));

    assertEquals(2, of("yarn", "spark.executor.cores", "4", "spark.task.cpus", "2").atOnce());
    PartHeap defaults = of("yarn");
    assertEquals(GIB, defaults.bytes());
    assertEquals(1, defaults.atOnce());
    assertEquals("give spark.executor.memory at least 768m (--executor-memory 768m)",
        defaults.remedy().toGive("768m", "768m", 0), "one task: only memory helps");
    assertEquals(2048 * MIB, of("k8s://host", "spark.executor.memory", "2048").bytes());
    assertEquals(6 * GIB, of("yarn", "spark.executor.memory", "6g").bytes());
    // 10 cores, 3 fit: 3 cores per task leave 3
    assertEquals("give spark.executor.memory at least 9g (--executor-memory 9g), or at most 3 tasks at"
        + " once per executor (spark.task.cpus=3)",
        of("yarn", "spark.executor.cores", "10").remedy().toGive("9g", "1g", 3));
  }

  /**
   * A standalone cluster's executor takes every core of its worker unless spark.executor.cores
   * says otherwise (Spark's configuration page); the check took 1, and sixteen tasks of a 16-core
   * worker ran out of the heap it had passed for one. spark.cores.max bounds them where set;
   * neither set, one warning says the check is for one task.
   */
  @Test
  void aStandaloneExecutorRunsATaskOnEveryCoreOfItsWorker() {
    assertEquals(4, of("spark://master:7077", "spark.executor.cores", "4").atOnce());
    assertEquals(8, of("spark://master:7077", "spark.cores.max", "16", "spark.task.cpus", "2").atOnce());
    try (LogCapture log = LogCapture.warnings()) {
      assertEquals(1, of("spark://master:7077").atOnce());
      assertEquals(1, of("spark://master:7077").atOnce());
      assertEquals(1, log.messages().stream().filter(m -> m.startsWith("spark.executor.cores is not set")).count(),
          log.messages().toString());
    }
    assertEquals(1, of("k8s://host").atOnce(), "1 by default on Kubernetes and YARN");
  }

  /** In local mode the executor is the driver's JVM: its heap, and N threads (local[*]: its cores). */
  @Test
  void inLocalModeTheExecutorIsTheDriversJvmWithItsThreads() {
    PartHeap local = of("local[*,4]", "spark.executor.memory", "64g");
    assertEquals(3 * GIB, local.bytes(), "spark.executor.memory does not apply");
    assertEquals(16, local.atOnce());
    assertEquals("the driver, local mode's executor (a task each),", local.holder());
    assertEquals("give the driver at least -Xmx12g (bin/dlinsar-spark: JAVA_OPTS=-Xmx12g; spark-submit:"
        + " --driver-memory 12g), or at most 5 tasks at once per executor (--master local[5,4], or"
        + " spark.task.cpus=3)", local.remedy().toGive("12g", "768m", 5));
    assertEquals(2, of("local[2]").atOnce());
    assertEquals(1, of("local").atOnce());
    assertEquals(2, of("local[4, 2]", "spark.task.cpus", "2").atOnce());
    assertEquals("give the driver at least -Xmx3g (bin/dlinsar-spark: JAVA_OPTS=-Xmx3g; spark-submit:"
        + " --driver-memory 3g), or -Xmx768m with one task at once per executor (--master local[1],"
        + " or spark.task.cpus=4)", of("local[4]").remedy().toGive("3g", "768m", 0));
  }
}
