package org.dlinsar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed amount of arithmetic split over N threads, nothing shared: the speed-up the machine
 * gives a perfectly parallel job right now. {@code bench/engine.sh} prints it beside the
 * engine's -q 1 / -q 2 figures, since on a shared machine other processes take cores.
 *
 * <p>Usage: {@code CpuScaling threads}.
 */
public final class CpuScaling {

  /** Square roots in all; about a second of one core. */
  private static final long WORK = 600_000_000L;

  private CpuScaling() {
  }

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Double>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long from = WORK * t / threads;
        long to = WORK * (t + 1) / threads;
        parts.add(pool.submit(() -> {
          double sum = 0;
          for (long i = from; i < to; i++) {
            sum += Math.sqrt(i);
          }
          return sum;
        }));
      }
      double sum = 0;
      for (Future<Double> part : parts) {
        sum += part.get();
      }
      // printed so that the loop is not optimised away
      System.out.println("sum " + sum);
    } finally {
      pool.shutdown();
    }
  }
}
