package org.dlinsar.spark;

import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.dlinsar.parts.PartHeap;
import org.dlinsar.parts.Parts;

/**
 * The Java heap of one Spark executor and the tasks it runs at once, as Spark derives them from
 * its configuration: what the parts of a driver step must fit ({@link Parts#checkFits}), each
 * task holding one. On a cluster an executor's heap is {@code spark.executor.memory} (1g by
 * default, MiB without a unit) and it runs {@code spark.executor.cores} (1 by default on YARN
 * and Kubernetes, see {@link #executorCores}) / {@code spark.task.cpus} (1) tasks; in local
 * mode ({@code local}, {@code local[N]}, {@code local[*]}, with or without failures) the executor
 * is the driver's JVM, with N threads.
 */
final class ExecutorHeap {

  private static final Logger LOG = Logger.getLogger(ExecutorHeap.class.getName());
  private static final long MIB = 1L << 20;
  private static boolean warnedOfCores;
  /** Spark's own forms of a local master: local[N] or local[*], then maybe the failures. */
  private static final Pattern LOCAL = Pattern.compile("local\\[([0-9]+|\\*)(?:\\s*,\\s*([0-9]+))?\\]");

  private ExecutorHeap() {
  }

  /** Whether {@code master} runs its executor in the driver's JVM (local, local[N], local[*, F]). */
  static boolean isLocal(String master) {
    String trimmed = master.trim();
    return trimmed.equals("local") || LOCAL.matcher(trimmed).matches();
  }

  /** This run's executors: a local master's in this JVM. */
  static PartHeap of(SparkConf conf) {
    return of(conf, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param driverHeapBytes the driver's Java heap (local mode's executor)
   * @param driverCores the driver's cores (what local[*] runs)
   */
  static PartHeap of(SparkConf conf, long driverHeapBytes, int driverCores) {
    String master = conf.get("spark.master", "local[*]").trim();
    int taskCpus = Math.max(1, conf.getInt("spark.task.cpus", 1));
    Matcher local = LOCAL.matcher(master);
    if (master.equals("local") || local.matches()) {
      int threads = master.equals("local") ? 1 : local.group(1).equals("*") ? driverCores
          : Integer.parseInt(local.group(1));
      String failures = master.equals("local") || local.group(2) == null ? "" : "," + local.group(2);
      return new PartHeap("the driver, local mode's executor (a task each),", driverHeapBytes,
          Math.max(1, threads / taskCpus), (all, one, fitting) -> String.format(Locale.ROOT,
              "give the driver at least -Xmx%s (bin/dlinsar-spark: JAVA_OPTS=-Xmx%s; spark-submit:"
                  + " --driver-memory %s)%s", all, all, all, fewer(fitting, one, "-Xmx",
                  "--master local[" + Math.max(1, fitting) + failures + "], or ", threads)));
    }
    long heap = conf.getSizeAsMb("spark.executor.memory", "1g") * MIB;
    int cores = Math.max(1, executorCores(conf, master));
    return new PartHeap("a Spark executor (a task each)", heap, Math.max(1, cores / taskCpus),
        (all, one, fitting) -> String.format(Locale.ROOT, "give spark.executor.memory at least %s"
            + " (--executor-memory %s)%s", all, all, fewer(fitting, one, "", "", cores)));
  }

  /**
   * An executor's cores: {@code spark.executor.cores}; unset, 1 on YARN and Kubernetes, but every
   * core of its worker on a standalone cluster, which the driver cannot know before executors run:
   * {@code spark.cores.max}, the application's cores, bounds them where set; else 1, with one
   * warning that the check may pass tasks that will not fit.
   */
  private static int executorCores(SparkConf conf, String master) {
    if (conf.contains("spark.executor.cores") || !master.startsWith("spark://")) {
      return conf.getInt("spark.executor.cores", 1);
    }
    if (conf.contains("spark.cores.max")) {
      return conf.getInt("spark.cores.max", 1);
    }
    if (!warnedOfCores) {
      warnedOfCores = true;
      LOG.warning("spark.executor.cores is not set: on a standalone cluster an executor runs a task on every"
          + " core of its worker, which the driver cannot know, so each executor's heap is checked for one task"
          + " at once; set spark.executor.cores (--executor-cores) or spark.cores.max (--total-executor-cores)"
          + " to have it checked for as many as it runs");
    }
    return 1;
  }

  /**
   * The other way out: fewer tasks at once, by as many cores per task that no more than
   * {@code fitting} share one of {@code slots}; one at a time, with the heap it needs, when not
   * even one fits.
   */
  private static String fewer(long fitting, String heapForOne, String option, String local, int slots) {
    if (fitting >= 1) {
      return String.format(Locale.ROOT, ", or at most %d task%s at once per executor (%sspark.task.cpus=%d)",
          fitting, fitting == 1 ? "" : "s", local, slots / (fitting + 1) + 1);
    }
    return slots == 1 ? "" : String.format(Locale.ROOT, ", or %s%s with one task at once per executor"
        + " (%sspark.task.cpus=%d)", option, heapForOne, local, slots);
  }
}
