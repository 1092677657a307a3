package org.dlinsar.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
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
 *
 * <p>A driver step's own work (Local-SBAS {@code FULL}'s blocks, DL-Unwrap's regions) is no Spark
 * job and cannot be cancelled: the handler waits for it a while only, then removes the run's work
 * folder itself, since the driver, still in its step, would remove it only after the JVM has
 * halted. The work folder is made through {@link #workFolder}, which makes none once the stop has
 * begun.
 */
final class JobsStopFirst implements RunOutcome {

  /** How long the driver may take to leave work that is no Spark job (a driver step's own). */
  private static final Duration DRIVER_WAIT = Duration.ofSeconds(10);

  /** Makes the run's work folder. */
  interface WorkFolderMaker {
    TileFiles make() throws IOException;
  }

  private final PrintStream err;
  private final Duration driverWait;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile JavaSparkContext spark;
  /** Guarded by this: the stop has begun, and the work folder the run made (null: none yet). */
  private boolean stopping;
  private TileFiles work;

  /** @param err where the line of a stopped run goes */
  JobsStopFirst(PrintStream err) {
    this(err, DRIVER_WAIT);
  }

  /** @param driverWait how long a stop waits for the driver to leave the run (a test's is short) */
  JobsStopFirst(PrintStream err, Duration driverWait) {
    this.err = err;
    this.driverWait = driverWait;
  }

  /** The run's jobs go to {@code spark} from now on. */
  void jobsOn(JavaSparkContext spark) {
    this.spark = spark;
  }

  /**
   * Makes the run's work folder, which a stop removes if the driver has not left the run in time.
   *
   * @throws IOException when the run is being stopped (nothing is made: the JVM is exiting, and a
   *     folder made now would stay), or from {@code maker}
   */
  synchronized TileFiles workFolder(WorkFolderMaker maker) throws IOException {
    if (stopping) {
      throw new IOException("the run is being stopped: no work folder is made");
    }
    work = maker.make();
    return work;
  }

  /** The driver has left the run: what a failed run removes is removed. */
  void ended() {
    ended.countDown();
  }

  @Override
  public void stopping() {
    TileFiles made;
    synchronized (this) {
      stopping = true;
      made = work;
    }
    JavaSparkContext jobs = spark;
    if (jobs != null) {
      try {
        jobs.cancelAllJobs();
      } catch (IllegalStateException e) {
        // the context stopped meanwhile: the driver is leaving the run already
      }
    }
    if (jobs != null || made != null) {
      try {
        ended.await(driverWait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (made != null) {
      // gone already when the driver left the run; else it is still in a step of its own
      try {
        made.delete();
      } catch (IOException e) {
        err.println("dlinsar-spark: could not remove the work folder " + made.path() + ": " + e.getMessage());
      }
    }
    err.println("dlinsar-spark: stopped (exit status " + StopSignals.stoppedWith() + ")");
  }
}
