package org.dlinsar.spark;

import org.apache.hadoop.conf.Configuration;

/**
 * Turns off Hadoop's per-thread I/O statistics for this JVM, before any Hadoop stream is opened.
 * Closing a local file's stream adds its statistics to the thread's (Hadoop 3.4.1,
 * EvaluatingStatisticsMap.entrySet, HADOOP-19712) through a parallel stream taken under a
 * monitor; closed from the tile loops, which run on the same fork-join pool, it deadlocked: a
 * CI run of DlinsarSparkTest hung with every pool thread parked in that close. Hadoop reads the
 * switch once, from the first Configuration it makes for it, so the switch is a default resource
 * of every Configuration of the JVM; nothing of this plugin reads those statistics.
 */
final class HadoopThreadStatistics {

  private static final String DEFAULTS = "org/dlinsar/spark/hadoop-defaults.xml";

  static {
    Configuration.addDefaultResource(DEFAULTS);
  }

  private HadoopThreadStatistics() {}

  /** Loads this class, and with it the default, if that has not happened yet. */
  static void off() {
    // the static initialiser does the work, once
  }
}
