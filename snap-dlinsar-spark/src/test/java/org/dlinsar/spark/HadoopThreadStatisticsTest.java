package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.hadoop.fs.statistics.IOStatisticsContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Hadoop's per-thread I/O statistics, whose aggregation on closing a stream deadlocked the tile
 * loops' fork-join pool (HADOOP-19712), are off once the runner's file access is loaded.
 */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class HadoopThreadStatisticsTest {

  @Test
  void theRunnersFileAccessTurnsThreadStatisticsOff() {
    HadoopThreadStatistics.off();
    assertFalse(IOStatisticsContext.enabled(), "Hadoop's thread-level I/O statistics");
  }
}
