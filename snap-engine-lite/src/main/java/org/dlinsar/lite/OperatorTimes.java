package org.dlinsar.lite;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time each operator spends in its own {@code initialize()}, {@code computeTile} and
 * {@code computeTileStack}, without the upstream tiles it pulls meanwhile on the same thread: in a
 * graph the stages run interleaved, tile by tile, so a stage's share can only be measured this
 * way. CPU, not wall time, so that a thread waiting for another's tile books nothing; summed over
 * threads; reading source bands counts for the operator that reads them. Work an operator hands to
 * threads of its own is not seen here (it shows in the process's CPU time, not in these).
 */
public final class OperatorTimes {

  private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private OperatorTimes() {}

  /** Starts timing {@code alias} on this thread until the frame is closed; nested frames pause it. */
  public static Frame enter(String alias) {
    Frame frame = new Frame(alias, cpuNanos());
    FRAMES.get().push(frame);
    return frame;
  }

  /** CPU seconds per operator alias since the last {@link #reset()}, in the order first timed. */
  public static Map<String, Double> seconds() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    NANOS.forEach((alias, nanos) -> seconds.put(alias, nanos.sum() / 1e9));
    return seconds;
  }

  public static void reset() {
    NANOS.clear();
  }

  /** This thread's CPU time; its wall clock where the JVM cannot measure CPU time. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** One timed call; closing it books its own time and hands its whole time to the caller's frame. */
  public static final class Frame implements AutoCloseable {
    private final String alias;
    private final long start;
    private long nestedNanos;

    private Frame(String alias, long start) {
      this.alias = alias;
      this.start = start;
    }

    @Override
    public void close() {
      long whole = cpuNanos() - start;
      Deque<Frame> frames = FRAMES.get();
      frames.remove(this);
      NANOS.computeIfAbsent(alias, a -> new LongAdder()).add(whole - nestedNanos);
      Frame caller = frames.peek();
      if (caller != null) {
        caller.nestedNanos += whole;
      }
    }
  }
}
