package org.dlinsar.spark;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.dlinsar.lite.cli.RunOutcome;
import org.dlinsar.lite.cli.StopSignals;

/**
 * A {@code dlinsar-spark} run stopped by Ctrl-C or SIGTERM, once its networks have stopped
 * ({@link org.dlinsar.cli.NetworksStopFirst}), cancels its Spark jobs and waits for the driver
 * to leave the run as a failed run does (the tile folder removed, the files beside the product
 * restored), then says so in one line. The signal's handler runs in a thread of its own: without
 * the wait, the JVM would exit under the driver and leave the run's tile folder behind.
 */
final class JobsStopFirst implements RunOutcome {

  /** How long the driver may take to leave work that is no Spark job (a driver step's own). */
  private static final long DRIVER_SECONDS = 10;

  private final PrintStream err;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile JavaSparkContext spark;

  /** @param err where the line of a stopped run goes */
  JobsStopFirst(PrintStream err) {
    this.err = err;
  }

  /** The run's jobs go to {@code spark} from now on. */
  void jobsOn(JavaSparkContext spark) {
    this.spark = spark;
  }

  /** The driver has left the run: what a failed run removes is removed. */
  void ended() {
    ended.countDown();
  }

  @Override
  public void stopping() {
    JavaSparkContext jobs = spark;
    if (jobs != null) {
      try {
        jobs.cancelAllJobs();
      } catch (IllegalStateException e) {
        // the context stopped meanwhile: the driver is leaving the run already
      }
      try {
        ended.await(DRIVER_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    err.println("dlinsar-spark: stopped (exit status " + StopSignals.stoppedWith() + ")");
  }
}
