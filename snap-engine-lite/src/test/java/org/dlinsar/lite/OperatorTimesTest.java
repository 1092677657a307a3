package org.dlinsar.lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorTimesTest {

  @Test
  void aStageIsBookedItsOwnCpuTimeNotTheTimeOfTheTilesItPulls() throws InterruptedException {
    OperatorTimes.reset();
    try (OperatorTimes.Frame downstream = OperatorTimes.enter("downstream-test")) {
      spin(30);
      try (OperatorTimes.Frame upstream = OperatorTimes.enter("upstream-test")) {
        spin(120);
        Thread.sleep(200); // waiting costs no CPU
      }
    }
    Map<String, Double> seconds = OperatorTimes.seconds();
    double downstream = seconds.get("downstream-test");
    double upstream = seconds.get("upstream-test");
    assertTrue(upstream >= 0.10 && upstream < 0.3, "upstream " + upstream);
    assertTrue(downstream >= 0.02 && downstream < upstream, "downstream " + downstream + " must exclude upstream's " + upstream);
    OperatorTimes.reset();
    assertEquals(Map.of(), OperatorTimes.seconds());
  }

  /** Busy for about {@code millis} of this thread's CPU time. */
  private static void spin(long millis) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
    double x = 0;
    while (threads.getCurrentThreadCpuTime() < end) {
      x += Math.sqrt(x + 1);
    }
    assertTrue(x > 0);
  }
}
